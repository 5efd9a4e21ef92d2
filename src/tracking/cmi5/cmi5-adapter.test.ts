import 'fake-indexeddb/auto';
import validate from '@learninglocker/xapi-validation';
import { describe, expect, it } from 'vitest';
import { everythingDone, realContext } from '../../../tests/support/real-course-progress';
import { VERB } from '../../records/xapi-vocabulary';
import type { TrackingContext } from '../tracking-adapter';
import { trackingSnapshot } from '../tracking-events';
import type { Cmi5Launch } from '../tracking-mode';
import type { TrackingReport } from '../tracking-status';
import { indexedDbQueueStore, memoryQueueStore, type QueueStore } from '../xapi/statement-queue';
import type { Statement } from '../xapi/xapi-statement';
import { createCmi5Adapter, SESSION_ID_EXTENSION } from './cmi5-adapter';
import { CMI5_CATEGORY, MOVEON_CATEGORY } from './cmi5-statements';

const AU = 'https://learning.example.com/courses/customer-focus/au/whole-course';
const actor = { objectType: 'Agent', name: 'Ana Ruiz', account: { homePage: 'https://lms.example.com', name: 'ana' } };
const launch: Cmi5Launch = {
  endpoint: 'https://lms.example.com/lrs/',
  fetch: 'https://lms.example.com/token/abc',
  actor: JSON.stringify(actor),
  registration: '6d7b1b9c-6b0c-4e5e-9b7a-1a2b3c4d5e6f',
  activityId: AU,
};
const PUBLISHER = { objectType: 'Activity', id: 'https://publisher.example/au-1' };

/** A cmi5 LMS: a fetch URL that answers once, LMS.LaunchData, and a statement store. */
function fakeLms(launchMode: 'Normal' | 'Browse' | 'Review', extra: Record<string, unknown> = {}) {
  const statements: Statement[] = [];
  let tokens = 0;
  const fetch = (url: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const href = url as string;
    if (href === launch.fetch) {
      tokens++;
      const body = tokens === 1 ? { 'auth-token': 'dG9rZW4=' } : { 'error-code': '1', 'error-text': 'The authorization token has already been returned.' };
      return Promise.resolve(Response.json(body));
    }
    expect(new Headers(init?.headers).get('Authorization')).toBe('Basic dG9rZW4=');
    if (href.startsWith(`${launch.endpoint}activities/state?`)) {
      const query = new URL(href).searchParams;
      expect(Object.fromEntries(query)).toEqual({ stateId: 'LMS.LaunchData', activityId: AU, agent: launch.actor, registration: launch.registration });
      return Promise.resolve(
        Response.json({
          contextTemplate: { contextActivities: { grouping: [PUBLISHER] }, extensions: { [SESSION_ID_EXTENSION]: 'session-1' } },
          launchMode,
          moveOn: 'CompletedAndPassed',
          ...extra,
        }),
      );
    }
    expect(href).toBe(`${launch.endpoint}statements`);
    for (const s of JSON.parse(init?.body as string) as Statement[]) if (!statements.some((x) => x.id === s.id)) statements.push(s);
    return Promise.resolve(Response.json([]));
  };
  return { statements, fetch: fetch, tokens: () => tokens };
}

function memoryStorage() {
  const map = new Map<string, string>();
  return { getItem: (k: string) => map.get(k) ?? null, setItem: (k: string, v: string) => void map.set(k, v) };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 30));

function run(lms: ReturnType<typeof fakeLms>, storage = memoryStorage(), store: () => Promise<QueueStore> = () => Promise.resolve(memoryQueueStore())) {
  const reports: TrackingReport[] = [];
  const context: TrackingContext = { ...realContext(), report: (r) => reports.push(r) };
  let calls = 0;
  const adapter = createCmi5Adapter(launch, context, {
    fetch: lms.fetch,
    storage,
    // the session starts before the progress's first event and ends the next day
    now: () => new Date(calls++ === 0 ? '2026-01-05T08:00:00Z' : '2026-01-06T08:00:00Z'),
    store,
    queue: { events: { addEventListener: () => undefined, removeEventListener: () => undefined } },
  });
  return { adapter, context, reports, storage };
}

const byTime = (all: Statement[]) => [...all].sort((a, b) => (a.timestamp < b.timestamp ? -1 : a.timestamp > b.timestamp ? 1 : 0));
const verbs = (all: Statement[]) => all.filter((s) => s.context.contextActivities?.category?.some((c) => c.id === CMI5_CATEGORY.id)).map((s) => s.verb.id);

describe('the cmi5 adapter', () => {
  it('sends initialized first, completed and passed, and terminated last, with the launch context on every statement', async () => {
    const lms = fakeLms('Normal', { returnURL: 'https://lms.example.com/course/1' });
    const { adapter, context } = run(lms);
    await adapter.start();
    adapter.update(trackingSnapshot(everythingDone(), context.course));
    adapter.exit('exit');
    await settle();
    const sorted = byTime(lms.statements);
    expect(sorted[0]?.verb.id).toBe(VERB.initialized);
    expect(sorted.at(-1)?.verb.id).toBe(VERB.terminated);
    const order = verbs(sorted);
    expect([order[0], order.at(-1), order.length]).toEqual([VERB.initialized, VERB.terminated, 4]);
    expect(order.slice(1, 3).sort()).toEqual([VERB.completed, VERB.passed]);
    for (const s of lms.statements) {
      expect(validate(s)).toEqual([]);
      expect(s.actor).toEqual(actor);
      expect(s.context.registration).toBe(launch.registration);
      expect(s.context.extensions?.[SESSION_ID_EXTENSION]).toBe('session-1');
      expect(s.context.contextActivities?.grouping?.map((a) => a.id)).toEqual(expect.arrayContaining([PUBLISHER.id, AU]) as unknown);
    }
    const defined = (verb: string) => lms.statements.find((s) => s.verb.id === verb && s.object.id === AU)!;
    expect(defined(VERB.completed).result).toEqual({ completion: true, duration: expect.stringMatching(/^PT/) as unknown });
    expect(defined(VERB.completed).context.contextActivities?.category).toEqual([CMI5_CATEGORY, MOVEON_CATEGORY]);
    expect(defined(VERB.passed).result).toMatchObject({ success: true, score: { scaled: expect.any(Number) as unknown } });
    expect(defined(VERB.initialized).result).toBeUndefined();
    expect(defined(VERB.initialized).context.contextActivities?.category).toEqual([CMI5_CATEGORY]);
    expect(defined(VERB.terminated).result).toEqual({ duration: expect.stringMatching(/^PT/) as unknown });
    const allowed = lms.statements.filter((s) => s.object.id !== AU);
    expect(allowed.length).toBeGreaterThan(0);
    for (const s of allowed) expect(s.context.contextActivities?.category).toBeUndefined();
    expect(adapter.returnUrl()).toBe('https://lms.example.com/course/1');
  });

  it('narrows the page’s requests to the launch’s LMS before its first request', async () => {
    const lms = fakeLms('Normal');
    const { adapter } = run(lms);
    await adapter.start();
    const policies = [...document.head.querySelectorAll('meta[http-equiv="Content-Security-Policy"]')].map((meta) => meta.getAttribute('content'));
    expect(policies).toEqual(["connect-src 'self' https://lms.example.com"]);
    expect(lms.tokens()).toBe(1);
  });

  it('says the security policy does not allow the launch’s LMS, and asks it for nothing', async () => {
    const policy = document.createElement('meta');
    policy.httpEquiv = 'Content-Security-Policy';
    policy.content = "default-src 'none'; connect-src 'self' https://lrs.example.com";
    document.head.append(policy);
    const lms = fakeLms('Normal');
    const { adapter, reports } = run(lms);
    await adapter.start();
    expect(reports).toEqual([{ phase: 'error', pending: 0, code: 'blocked', detail: 'https://lms.example.com' }]);
    expect(lms.tokens()).toBe(0);
  });

  it('sends no completed, passed or failed in Browse mode', async () => {
    const lms = fakeLms('Browse');
    const { adapter, context } = run(lms);
    await adapter.start();
    adapter.update(trackingSnapshot(everythingDone(), context.course));
    adapter.exit('pagehide');
    await settle();
    expect(verbs(lms.statements)).toEqual([VERB.initialized, VERB.terminated]);
    expect(adapter.returnUrl()).toBeUndefined();
  });

  it('sends failed at the end of a session whose assessment attempt failed, and never a second initialized', async () => {
    const lms = fakeLms('Normal');
    const { adapter, context } = run(lms);
    await adapter.start();
    const state = everythingDone();
    const assessment = context.course.lessons.find((lesson) => lesson.kind === 'assessment')!;
    for (const quiz of assessment.quizzes) state.quizzes[quiz.id] = { attempts: state.quizzes[quiz.id]!.attempts.slice(0, 1) };
    adapter.update(trackingSnapshot(state, context.course));
    adapter.update(trackingSnapshot(state, context.course));
    adapter.exit('exit');
    await settle();
    expect(verbs(byTime(lms.statements))).toEqual([VERB.initialized, VERB.completed, VERB.failed, VERB.terminated]);
    const failed = lms.statements.find((s) => s.verb.id === VERB.failed && s.object.id === AU)!;
    expect(failed.result).toMatchObject({ success: false });
    expect(validate(failed)).toEqual([]);
  });

  it('uses the mastery score as the pass mark, and reuses the token on a reload of the same launch', async () => {
    const lms = fakeLms('Normal', { masteryScore: 0.95 });
    const first = run(lms);
    await first.adapter.start();
    expect(first.context.course.passMark).toBe(95);
    const second = run(lms, first.storage);
    await second.adapter.start();
    expect(lms.tokens()).toBe(1);
    expect(second.reports.some((r) => r.phase === 'error')).toBe(false);
  });

  it('reports the LMS\'s words when the fetch URL was already used', async () => {
    const lms = fakeLms('Normal');
    await run(lms).adapter.start();
    const other = run(lms);
    await other.adapter.start();
    expect(other.reports).toEqual([{ phase: 'error', pending: 0, code: 'unauthorized', detail: 'The authorization token has already been returned.' }]);
  });

  it('sends nothing more once the session has ended, when the page is opened again in the same launch', async () => {
    const lms = fakeLms('Normal');
    const store = () => indexedDbQueueStore('cmi5-ended-session');
    const first = run(lms, memoryStorage(), store);
    await first.adapter.start();
    first.adapter.exit('pagehide');
    await settle();
    const count = lms.statements.length;
    const again = run(lms, first.storage, store);
    await again.adapter.start();
    again.adapter.update(trackingSnapshot(everythingDone(), again.context.course));
    again.adapter.exit('exit');
    await settle();
    expect(lms.statements.length).toBe(count);
    expect(again.reports.at(-1)).toEqual({ phase: 'ended' });
  });
});
