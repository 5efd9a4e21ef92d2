import { connectAllowed } from '../../security/connect-policy';
import { learnerOf, type ProfileState } from '../../records/profile-schema';
import { useProfile } from '../../records/profile-store';
import type { TrackingAdapter, TrackingContext } from '../tracking-adapter';
import type { TrackingSnapshot } from '../tracking-events';
import { createStatementQueue, indexedDbQueueStore, type QueueOptions, type QueueStore, type QueuedStatement } from './statement-queue';
import { parseXapiConfig, type XapiConfig } from './xapi-config';
import { statementIds, xapiRegistration } from './xapi-ids';
import { courseStatements, eventStatement, type StatementScope } from './xapi-statement';

/** The learner's profile as the adapter reads it: the saved store, and a way to hear of changes. */
export interface ProfileSource {
  getState: () => ProfileState;
  subscribe: (listener: () => void) => () => void;
}

export interface XapiDependencies {
  profile: ProfileSource;
  store?: (scope: string) => Promise<QueueStore>;
  queue?: Partial<Pick<QueueOptions, 'fetch' | 'random' | 'now' | 'timers' | 'events'>>;
}

/** Every statement of a snapshot not queued or sent yet: its events, then the course's own. */
export function newStatements(snapshot: TrackingSnapshot, scope: StatementScope, context: TrackingContext, known: (key: string) => boolean): QueuedStatement[] {
  const items: QueuedStatement[] = [];
  for (const event of snapshot.events) {
    if (!known(event.key)) items.push({ key: event.key, statement: eventStatement(event, snapshot, scope, context) });
  }
  for (const item of courseStatements(snapshot, scope, context)) if (!known(item.key)) items.push(item);
  return items;
}

function scopeFor(config: XapiConfig, profile: ProfileState): StatementScope | undefined {
  const learner = learnerOf(profile);
  if (!learner) return undefined;
  const registration = xapiRegistration(config.activityId, learner.employeeId);
  return {
    courseIri: config.activityId,
    actor: { objectType: 'Agent', name: learner.name, account: { homePage: config.accountHomePage, name: learner.employeeId } },
    registration,
    idOf: statementIds(config.activityId, learner.employeeId, registration),
  };
}

/** An adapter that sends nothing and says why, for a configuration the course cannot use. */
function reportOnly(context: TrackingContext, code: 'rejected' | 'blocked', detail: string): TrackingAdapter {
  return {
    mode: 'xapi',
    start: () => {
      context.report({ phase: 'error', pending: 0, code, detail });
      return Promise.resolve(undefined);
    },
    update: () => undefined,
    exit: () => undefined,
  };
}

/**
 * Reports to the LRS a deployer configured in xapi.json. Statements need the learner's employee id
 * (their account on the LRS): until the learner gives it on the records page, events wait and the
 * page says so; then everything so far is sent.
 */
export function createXapiAdapter(
  rawConfig: unknown,
  configUrl: string,
  context: TrackingContext,
  dependencies?: XapiDependencies,
): TrackingAdapter {
  const parsed = parseXapiConfig(rawConfig);
  if (!parsed.ok) return reportOnly(context, 'rejected', `${parsed.message} (${configUrl})`);
  const config = parsed.config;
  // The build's security policy must allow the LRS, or every statement would fail with no reason given.
  if (!connectAllowed(config.endpoint)) return reportOnly(context, 'blocked', new URL(config.endpoint).origin);
  const deps = dependencies ?? { profile: useProfile };
  const queue = createStatementQueue({
    endpoint: config.endpoint,
    authorization: () => config.authorization,
    store: () => (deps.store ?? ((scope) => indexedDbQueueStore(scope)))(`${config.endpoint}|${config.activityId}`),
    report: context.report,
    ...deps.queue,
  });

  let latest: TrackingSnapshot | undefined;
  let loaded = false;

  /** Built at once (after the stored queue is loaded), so what exit sends includes the last change. */
  const process = () => {
    if (!loaded || !latest) return;
    const scope = scopeFor(config, deps.profile.getState());
    if (!scope) {
      const waiting = latest.events.filter((event) => !queue.has(event.key)).length + queue.pending();
      context.report({ phase: 'pending', pending: waiting, waiting: 'learner-details' });
      return;
    }
    const items = newStatements(latest, scope, context, queue.has);
    if (items.length) void queue.enqueue(items).catch(() => undefined);
    else queue.send();
  };
  const ready = queue.ready.then(() => {
    loaded = true;
    process();
  });
  const unsubscribe = deps.profile.subscribe(process);

  return {
    mode: 'xapi',
    start: async () => {
      await ready;
      return undefined;
    },
    update: (snapshot) => {
      latest = snapshot;
      process();
    },
    exit: (reason) => {
      process();
      queue.sendOnExit();
      if (reason === 'exit') {
        unsubscribe();
        queue.close();
      }
    },
  };
}
