import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { TrackingReport } from '../tracking-status';
import { createStatementQueue, indexedDbQueueStore, memoryQueueStore, type QueueStore, type QueuedStatement } from './statement-queue';
import type { Statement } from './xapi-statement';

const item = (n: number): QueuedStatement => ({
  key: `k${n}`,
  statement: {
    id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    actor: { objectType: 'Agent', account: { homePage: 'https://example.com', name: 'e1' } },
    verb: { id: 'http://adlnet.gov/expapi/verbs/experienced', display: { en: 'experienced' } },
    object: { objectType: 'Activity', id: `https://course.example/${n}` },
    context: {},
    timestamp: '2026-01-01T00:00:00.000Z',
  },
});

/** An LRS that keeps statements by id, answering as told: 'ok', 'down' (network error), or a status. */
function fakeLrs() {
  const stored = new Map<string, Statement>();
  const posts: number[] = [];
  let mode: 'ok' | 'down' | number = 'ok';
  const fetch = (_url: string | URL | Request, init?: RequestInit): Promise<Response> => {
    if (mode === 'down') return Promise.reject(new TypeError('Failed to fetch'));
    if (typeof mode === 'number') return Promise.resolve(new Response(JSON.stringify({ message: 'statement.actor is wrong' }), { status: mode }));
    const batch = JSON.parse(init?.body as string) as Statement[];
    posts.push(batch.length);
    if (batch.some((s) => stored.has(s.id))) return Promise.resolve(new Response('{"message":"conflict"}', { status: 409 }));
    for (const s of batch) stored.set(s.id, s);
    return Promise.resolve(new Response(JSON.stringify(batch.map((s) => s.id)), { status: 200 }));
  };
  return { stored, posts, fetch, set: (next: typeof mode) => (mode = next) };
}

function manualTimers() {
  const waiting = new Map<number, () => void>();
  let next = 1;
  return {
    timers: {
      setTimeout: (fn: () => void) => {
        waiting.set(next, fn);
        return next++;
      },
      clearTimeout: (id?: number) => {
        if (id !== undefined) waiting.delete(id);
      },
    } as unknown as Pick<Window, 'setTimeout' | 'clearTimeout'>,
    fire: () => {
      const all = [...waiting.values()];
      waiting.clear();
      all.forEach((fn) => fn());
    },
    count: () => waiting.size,
  };
}

const noEvents = { addEventListener: () => undefined, removeEventListener: () => undefined } as Pick<Window, 'addEventListener' | 'removeEventListener'>;
const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

function queueWith(lrs: ReturnType<typeof fakeLrs>, store: () => Promise<QueueStore>, reports: TrackingReport[] = []) {
  const clock = manualTimers();
  const queue = createStatementQueue({
    endpoint: 'https://lrs.example/xapi/',
    authorization: () => 'Basic abc',
    store,
    report: (report) => reports.push(report),
    fetch: lrs.fetch,
    random: () => 0.5,
    timers: clock.timers,
    events: noEvents,
  });
  return { queue, clock, reports };
}

let scopes = 0;
const freshScope = () => `scope-${++scopes}`;

describe('the statement queue', () => {
  it('keeps statements across a reload while the LRS is down, then sends each exactly once', async () => {
    const lrs = fakeLrs();
    lrs.set('down');
    const scope = freshScope();
    const first = queueWith(lrs, () => indexedDbQueueStore(scope));
    await first.queue.ready;
    await first.queue.enqueue([item(1), item(2)]);
    expect(first.reports.at(-1)).toEqual({ phase: 'pending', pending: 2 });
    first.queue.close();

    lrs.set('ok');
    const second = queueWith(lrs, () => indexedDbQueueStore(scope));
    await second.queue.ready;
    await settle();
    expect([...lrs.stored.keys()]).toEqual([item(1).statement.id, item(2).statement.id]);
    expect(second.reports.at(-1)?.phase).toBe('saved');
    expect(second.queue.has('k1')).toBe(true);
    await second.queue.enqueue([item(1)]);
    expect(lrs.posts).toEqual([2]);

    const third = queueWith(lrs, () => indexedDbQueueStore(scope));
    await third.queue.ready;
    expect(third.queue.pending()).toBe(0);
    expect(third.queue.has('k2')).toBe(true);
  });

  it('retries a failed send after a backoff and sends the statements added meanwhile', async () => {
    const lrs = fakeLrs();
    const { queue, clock } = queueWith(lrs, () => Promise.resolve(memoryQueueStore()));
    await queue.ready;
    lrs.set('down');
    await queue.enqueue([item(1)]);
    expect(clock.count()).toBe(1);
    lrs.set('ok');
    clock.fire();
    await settle();
    expect(lrs.stored.size).toBe(1);
    expect(queue.pending()).toBe(0);
  });

  it('counts statements the LRS already has as sent, sending a refused batch one by one', async () => {
    const lrs = fakeLrs();
    const { queue } = queueWith(lrs, () => Promise.resolve(memoryQueueStore()));
    await queue.ready;
    lrs.stored.set(item(2).statement.id, item(2).statement);
    await queue.enqueue([item(1), item(2), item(3)]);
    expect(queue.pending()).toBe(0);
    expect(lrs.stored.size).toBe(3);
    expect(lrs.posts).toEqual([3, 1, 1, 1]);
  });

  it('reports what the LRS said when it refuses a statement, keeps it, and waits before trying again', async () => {
    const lrs = fakeLrs();
    const { queue, clock, reports } = queueWith(lrs, () => Promise.resolve(memoryQueueStore()));
    await queue.ready;
    lrs.set(400);
    await queue.enqueue([item(1)]);
    expect(reports.at(-1)).toEqual({ phase: 'error', pending: 1, code: 'rejected', detail: '400: statement.actor is wrong' });
    lrs.set('ok');
    queue.send();
    await settle();
    expect(lrs.stored.size).toBe(0);
    clock.fire();
    await settle();
    expect(lrs.stored.size).toBe(1);
    expect(reports.at(-1)?.phase).toBe('saved');
  });

  it('says the credentials were refused on 401', async () => {
    const lrs = fakeLrs();
    const { queue, reports } = queueWith(lrs, () => Promise.resolve(memoryQueueStore()));
    await queue.ready;
    lrs.set(401);
    await queue.enqueue([item(1)]);
    expect(reports.at(-1)).toMatchObject({ phase: 'error', code: 'unauthorized', pending: 1 });
  });

  it('runs from memory and says so when IndexedDB cannot be opened', async () => {
    const lrs = fakeLrs();
    const { queue, reports } = queueWith(lrs, () => Promise.reject(new Error('blocked')));
    await queue.ready;
    expect(reports[0]).toMatchObject({ phase: 'error', code: 'rejected', detail: expect.stringContaining('IndexedDB') as unknown });
    await queue.enqueue([item(1)]);
    expect(lrs.stored.size).toBe(1);
  });
});
