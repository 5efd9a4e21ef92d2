import { connectAllowed, narrowConnect } from '../../security/connect-policy';
import type { TrackingAdapter, TrackingContext } from '../tracking-adapter';
import type { TrackingSnapshot } from '../tracking-events';
import type { Cmi5Launch } from '../tracking-mode';
import { createStatementQueue, indexedDbQueueStore, type QueueOptions, type QueueStore, type QueuedStatement, type StatementQueue } from '../xapi/statement-queue';
import { statementIds } from '../xapi/xapi-ids';
import { eventStatement, type StatementScope } from '../xapi/xapi-statement';
import { actorOf, authToken, readLaunchData, type LaunchData } from './cmi5-launch';
import { cmi5Keys, completedStatement, failedStatement, initializedStatement, passedStatement, terminatedStatement } from './cmi5-statements';

export const SESSION_ID_EXTENSION = 'https://w3id.org/xapi/cmi5/context/extensions/sessionid';

export interface Cmi5Dependencies {
  fetch?: typeof fetch;
  /** Keeps the auth token and the session's start for a reload in the same launch. */
  storage?: Pick<Storage, 'getItem' | 'setItem'>;
  now?: () => Date;
  store?: (scope: string) => Promise<QueueStore>;
  queue?: Partial<Pick<QueueOptions, 'random' | 'timers' | 'events'>>;
}

function sessionStore(): Storage | undefined {
  try {
    return window.sessionStorage;
  } catch {
    return undefined;
  }
}

/** The origins of the launch's LRS endpoint and fetch URL, or undefined when one is not http(s). */
function launchOrigins(launch: Cmi5Launch): string[] | undefined {
  try {
    const urls = [new URL(launch.endpoint), new URL(launch.fetch)];
    return urls.every((url) => url.protocol === 'https:' || url.protocol === 'http:') ? urls.map((url) => url.origin) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The AU side of a cmi5 launch: one AU for the whole course. Fetches the auth token once, reads
 * LMS.LaunchData, sends initialized, then every lesson, answer and attempt as cmi5 allowed
 * statements (the context template merged, no cmi5 category), completed when every lesson is
 * completed and passed when the assessment is passed (Normal mode only), failed at the end of a
 * session whose assessment attempts failed, and terminated last. The LaunchData's masteryScore, when
 * given, becomes the course's pass mark for everything the LMS is told.
 */
export function createCmi5Adapter(
  launch: Cmi5Launch,
  context: TrackingContext,
  deps: Cmi5Dependencies = {},
): TrackingAdapter & { returnUrl: () => string | undefined } {
  const fetcher = deps.fetch ?? ((...args: Parameters<typeof fetch>) => fetch(...args));
  const storage = deps.storage ?? sessionStore();
  const now = deps.now ?? (() => new Date());

  let launchData: LaunchData | undefined;
  let queue: StatementQueue | undefined;
  let scope: StatementScope | undefined;
  let session = '';
  let sessionStart = '';
  let latest: TrackingSnapshot | undefined;
  let ended = false;

  const fail = (code: 'unauthorized' | 'unreachable' | 'rejected' | 'blocked', detail: string) => {
    context.report({ phase: 'error', pending: 0, code, detail });
    return undefined;
  };

  const judged = () => launchData?.launchMode === 'Normal';
  /** Allowed statements come after initialized in time too (cmi5 orders a session by timestamp). */
  const afterStart = () => new Date(Date.parse(sessionStart) + 1).toISOString();
  const notBefore = (at: string) => (at > afterStart() ? at : afterStart());

  const enqueue = (items: QueuedStatement[]) => {
    if (queue && items.length) void queue.enqueue(items).catch(() => undefined);
  };

  /** Everything new in the latest snapshot, built now so that terminated can only come after it. */
  const process = () => {
    if (!queue || !scope || !latest || ended) return;
    const known = queue.has;
    const snapshot = latest;
    const items: QueuedStatement[] = [];
    for (const event of snapshot.events) {
      if (!known(event.key)) items.push({ key: event.key, statement: eventStatement(event, snapshot, scope, context, notBefore(event.at)) });
    }
    if (judged()) {
      const completed = known(cmi5Keys.completed) ? undefined : completedStatement(snapshot, scope, context, afterStart());
      if (completed) items.push({ key: cmi5Keys.completed, statement: completed });
      const passed = known(cmi5Keys.passed) ? undefined : passedStatement(snapshot, scope, context, afterStart(), launchData?.masteryScore);
      if (passed) items.push({ key: cmi5Keys.passed, statement: passed });
    }
    enqueue(items);
  };

  return {
    mode: 'cmi5',
    returnUrl: () => launchData?.returnURL,
    start: async () => {
      const actor = actorOf(launch);
      if (!actor) { fail('rejected', 'The launch\'s actor is not an Agent with an account.'); return; }
      const origins = launchOrigins(launch);
      if (!origins) { fail('rejected', 'The launch\'s endpoint or fetch URL is not an http(s) address.'); return; }
      const refused = origins.find((origin) => !connectAllowed(origin));
      if (refused) { fail('blocked', refused); return; }
      // From now on the page talks to the LMS it was launched from and to nothing else.
      narrowConnect(origins);
      const token = await authToken(launch, fetcher, storage);
      if (!token.ok) { fail(token.code, token.detail); return; }
      const authorization = `Basic ${token.token}`;
      const read = await readLaunchData(launch, authorization, fetcher);
      if (!read.ok) { fail(read.code, read.detail); return; }
      launchData = read.data;
      // The LMS's mastery score replaces the course's pass mark in every status and event it is told of.
      if (launchData.masteryScore !== undefined) context.course.passMark = Math.round(launchData.masteryScore * 10_000) / 100;

      const sessionValue = launchData.contextTemplate.extensions?.[SESSION_ID_EXTENSION];
      session = typeof sessionValue === 'string' ? sessionValue : launch.registration;
      const startKey = `cf-cmi5-session:${session}`;
      sessionStart = storage?.getItem(startKey) ?? now().toISOString();
      try {
        storage?.setItem(startKey, sessionStart);
      } catch {
        // a reload will count the session from then
      }

      scope = {
        courseIri: launch.activityId,
        actor,
        registration: launch.registration,
        idOf: statementIds(launch.activityId, actor.account.name, launch.registration),
        contextTemplate: launchData.contextTemplate,
      };
      const endpoint = launch.endpoint.endsWith('/') ? launch.endpoint : `${launch.endpoint}/`;
      queue = createStatementQueue({
        endpoint,
        authorization: () => authorization,
        store: () => (deps.store ?? indexedDbQueueStore)(`${endpoint}|${launch.activityId}|${launch.registration}`),
        report: context.report,
        fetch: fetcher,
        ...deps.queue,
      });
      await queue.ready;
      if (queue.has(cmi5Keys.terminated(session))) {
        // This session already ended (the page was closed or reloaded): the LMS takes no more statements in it.
        ended = true;
        context.report({ phase: 'ended' });
        return undefined;
      }
      const initialized = cmi5Keys.initialized(session);
      if (!queue.has(initialized)) enqueue([{ key: initialized, statement: initializedStatement(scope, context, session, sessionStart) }]);
      process();
      return undefined;
    },
    update: (snapshot) => {
      latest = snapshot;
      process();
    },
    exit: () => {
      if (!queue || !scope || ended) return;
      process();
      const at = now().toISOString();
      const items: QueuedStatement[] = [];
      const failedKey = cmi5Keys.failed(session);
      if (judged() && latest && !queue.has(failedKey) && !queue.has(cmi5Keys.passed)) {
        const failed = failedStatement(latest, scope, context, session, sessionStart, at, launchData?.masteryScore);
        if (failed) items.push({ key: failedKey, statement: failed });
      }
      const sessionMs = Math.max(0, Date.parse(at) - Date.parse(sessionStart));
      items.push({ key: cmi5Keys.terminated(session), statement: terminatedStatement(scope, context, session, at, sessionMs) });
      enqueue(items);
      ended = true;
      queue.sendOnExit();
    },
  };
}
