import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { TrackingReport } from '../tracking-status';
import type { Statement } from './xapi-statement';

/*
 * Statements wait here, on the device, until the LRS has them: each is written to IndexedDB before
 * it is sent, sent in batches, and removed only once the LRS answered. Network failures, 5xx and
 * 429 are retried with a capped exponential backoff with jitter (and at once when the browser comes
 * back online); another 4xx is reported with the LRS's words and retried slowly, never dropped. The
 * keys of what was sent are remembered, so the same event is never queued twice.
 */

export interface QueuedStatement {
  /** The tracking event's key (or a course or session key): what is remembered once sent. */
  key: string;
  statement: Statement;
}

/** Where the queue keeps its statements: IndexedDB, or memory when the browser has none. */
export interface QueueStore {
  load: () => Promise<{ pending: QueuedStatement[]; sent: string[] }>;
  add: (items: readonly QueuedStatement[]) => Promise<void>;
  markSent: (items: readonly QueuedStatement[]) => Promise<void>;
}

interface QueueDb extends DBSchema {
  pending: { key: [string, number]; value: { scope: string; seq: number; key: string; statement: Statement } };
  sent: { key: [string, string]; value: { scope: string; key: string } };
}

const DB_NAME = 'cf-xapi-queue';

/** A store in IndexedDB for one scope (the LRS endpoint and the course, and in cmi5 the registration). */
export async function indexedDbQueueStore(scope: string): Promise<QueueStore> {
  if (typeof indexedDB === 'undefined') throw new Error('IndexedDB is not available');
  const db: IDBPDatabase<QueueDb> = await openDB<QueueDb>(DB_NAME, 1, {
    upgrade(database) {
      database.createObjectStore('pending', { keyPath: ['scope', 'seq'] });
      database.createObjectStore('sent', { keyPath: ['scope', 'key'] });
    },
  });
  let seq = 0;
  const range = IDBKeyRange.bound([scope, -Infinity], [scope, Infinity]);
  return {
    load: async () => {
      const pending = await db.getAll('pending', range);
      const sent = await db.getAllKeys('sent', IDBKeyRange.bound([scope, ''], [scope, '\uffff']));
      seq = pending.reduce((max, item) => Math.max(max, item.seq), Date.now());
      return { pending: pending.map(({ key, statement }) => ({ key, statement })), sent: sent.map(([, key]) => key) };
    },
    add: async (items) => {
      const tx = db.transaction('pending', 'readwrite');
      await Promise.all([...items.map((item) => tx.store.put({ scope, seq: ++seq, key: item.key, statement: item.statement })), tx.done]);
    },
    markSent: async (items) => {
      const keys = new Set(items.map((item) => item.key));
      const tx = db.transaction(['pending', 'sent'], 'readwrite');
      const pending = tx.objectStore('pending');
      let cursor = await pending.openCursor(range);
      while (cursor) {
        if (keys.has(cursor.value.key)) await cursor.delete();
        cursor = await cursor.continue();
      }
      await Promise.all([...[...keys].map((key) => tx.objectStore('sent').put({ scope, key })), tx.done]);
    },
  };
}

/** Keeps nothing beyond this page: used when IndexedDB is unavailable (some private modes). */
export function memoryQueueStore(): QueueStore {
  return { load: () => Promise.resolve({ pending: [], sent: [] }), add: () => Promise.resolve(), markSent: () => Promise.resolve() };
}

export interface QueueOptions {
  /** The LRS's xAPI endpoint, ending with `/`. */
  endpoint: string;
  /** The Authorization header, or undefined while there is none yet (cmi5 before the token). */
  authorization: () => string | undefined;
  store: () => Promise<QueueStore>;
  report: (report: TrackingReport) => void;
  fetch?: typeof fetch;
  random?: () => number;
  now?: () => Date;
  timers?: Pick<Window, 'setTimeout' | 'clearTimeout'>;
  /** Where `online` is heard (the window). */
  events?: Pick<Window, 'addEventListener' | 'removeEventListener'>;
}

export const BATCH_SIZE = 50;
const FIRST_RETRY_MS = 1_000;
const MAX_RETRY_MS = 60_000;
/** Browsers refuse keepalive requests over 64 KiB in all. */
const KEEPALIVE_BYTES = 60_000;

export interface StatementQueue {
  /** Resolves once the stored statements are loaded (and starts sending them). */
  ready: Promise<void>;
  /** True once the key is queued or was sent. Only meaningful after `ready`. */
  has: (key: string) => boolean;
  /** Writes the statements to the store, then sends. */
  enqueue: (items: readonly QueuedStatement[]) => Promise<void>;
  /** Sends now unless a refusal is being waited out. */
  send: () => void;
  /** The page is going away: one keepalive request with what fits. */
  sendOnExit: () => void;
  pending: () => number;
  close: () => void;
}

type Outcome = { kind: 'sent' } | { kind: 'conflict' } | { kind: 'offline' } | { kind: 'refused'; code: 'rejected' | 'unauthorized'; detail: string; permanent: boolean };

async function lrsMessage(response: Response): Promise<string> {
  let text = '';
  try {
    text = await response.text();
    const body = JSON.parse(text) as { message?: unknown; warnings?: unknown };
    if (typeof body.message === 'string') return `${response.status}: ${body.message}`;
    if (Array.isArray(body.warnings)) return `${response.status}: ${body.warnings.map(String).join('; ')}`;
  } catch {
    // not JSON: the text itself
  }
  return `${response.status}${text ? `: ${text.slice(0, 200)}` : ''}`;
}

export function createStatementQueue(options: QueueOptions): StatementQueue {
  const fetcher = options.fetch ?? ((...args: Parameters<typeof fetch>) => fetch(...args));
  const random = options.random ?? Math.random;
  const now = options.now ?? (() => new Date());
  const timers = options.timers ?? window;
  const events = options.events ?? window;
  const url = `${options.endpoint}statements`;

  let store: QueueStore = memoryQueueStore();
  let pending: QueuedStatement[] = [];
  const known = new Set<string>();
  let sending = false;
  let failures = 0;
  let retryTimer: number | undefined;
  /** A refusal (4xx) waits for its timer; a network failure may be retried by the next update. */
  let waitingOutRefusal = false;
  let closed = false;
  let lastError: TrackingReport | undefined;
  const isClosed = () => closed;

  const reportState = () => {
    if (lastError && pending.length) options.report({ ...lastError, pending: pending.length } as TrackingReport);
    else if (pending.length) options.report({ phase: 'pending', pending: pending.length });
    else options.report({ phase: 'saved', at: now().toISOString() });
  };

  const post = async (items: readonly QueuedStatement[], keepalive = false): Promise<Outcome> => {
    const authorization = options.authorization();
    if (authorization === undefined) return { kind: 'offline' };
    let response: Response;
    try {
      response = await fetcher(url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Experience-API-Version': '1.0.3', Authorization: authorization },
        body: JSON.stringify(items.map((item) => item.statement)),
        keepalive,
      });
    } catch {
      return { kind: 'offline' };
    }
    if (response.ok) return { kind: 'sent' };
    if (response.status === 409) return { kind: 'conflict' };
    const detail = await lrsMessage(response);
    if (response.status === 401 || response.status === 403) return { kind: 'refused', code: 'unauthorized', detail, permanent: true };
    return { kind: 'refused', code: 'rejected', detail, permanent: response.status !== 429 && response.status < 500 };
  };

  const markSent = async (items: readonly QueuedStatement[]) => {
    const keys = new Set(items.map((item) => item.key));
    pending = pending.filter((item) => !keys.has(item.key));
    await store.markSent(items).catch(() => undefined);
  };

  const scheduleRetry = () => {
    failures++;
    const delay = Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * 2 ** (failures - 1)) * (0.5 + random() / 2);
    if (retryTimer !== undefined) timers.clearTimeout(retryTimer);
    retryTimer = timers.setTimeout(() => {
      retryTimer = undefined;
      waitingOutRefusal = false;
      void pump();
    }, delay);
  };

  /** One batch; a 409 on several statements means one of them is there already, so each goes alone. */
  const sendBatch = async (batch: readonly QueuedStatement[]): Promise<Exclude<Outcome, { kind: 'conflict' }>> => {
    const outcome = await post(batch);
    if (outcome.kind === 'sent' || (outcome.kind === 'conflict' && batch.length === 1)) {
      await markSent(batch);
      return { kind: 'sent' };
    }
    if (outcome.kind !== 'conflict') return outcome;
    for (const item of batch) {
      const single = await sendBatch([item]);
      if (single.kind !== 'sent') return single;
    }
    return { kind: 'sent' };
  };

  const pump = async (): Promise<void> => {
    if (sending || closed) return;
    sending = true;
    try {
      while (pending.length && !isClosed()) {
        const outcome = await sendBatch(pending.slice(0, BATCH_SIZE));
        if (outcome.kind === 'sent') {
          failures = 0;
          lastError = undefined;
          continue;
        }
        if (outcome.kind === 'offline') lastError = undefined;
        else {
          lastError = { phase: 'error', pending: pending.length, code: outcome.code, detail: outcome.detail };
          waitingOutRefusal = outcome.permanent;
        }
        scheduleRetry();
        break;
      }
    } finally {
      sending = false;
      reportState();
    }
  };

  const onOnline = () => {
    failures = 0;
    waitingOutRefusal = false;
    void pump();
  };
  events.addEventListener('online', onOnline);

  const ready = (async () => {
    try {
      store = await options.store();
      const loaded = await store.load();
      pending = loaded.pending;
      for (const key of loaded.sent) known.add(key);
      for (const item of pending) known.add(item.key);
    } catch {
      store = memoryQueueStore();
      lastError = {
        phase: 'error',
        pending: 0,
        code: 'rejected',
        detail: 'This browser keeps no unsent statements (IndexedDB is unavailable): they are sent while this page stays open.',
      };
      options.report(lastError);
    }
    if (pending.length) void pump();
  })();

  return {
    ready,
    has: (key) => known.has(key),
    enqueue: async (items) => {
      const fresh = items.filter((item) => !known.has(item.key));
      if (!fresh.length) return;
      for (const item of fresh) known.add(item.key);
      pending = [...pending, ...fresh];
      await store.add(fresh).catch(() => undefined);
      if (!waitingOutRefusal && retryTimer !== undefined) {
        timers.clearTimeout(retryTimer);
        retryTimer = undefined;
      }
      if (retryTimer === undefined) await pump();
      else reportState();
    },
    send: () => {
      if (waitingOutRefusal) return;
      if (retryTimer !== undefined) timers.clearTimeout(retryTimer);
      retryTimer = undefined;
      void pump();
    },
    sendOnExit: () => {
      const batch: QueuedStatement[] = [];
      let bytes = 2;
      for (const item of pending) {
        bytes += JSON.stringify(item.statement).length + 1;
        if (bytes > KEEPALIVE_BYTES) break;
        batch.push(item);
      }
      if (!batch.length) return;
      void post(batch, true).then((outcome) =>
        outcome.kind === 'sent' || (outcome.kind === 'conflict' && batch.length === 1) ? markSent(batch) : undefined,
      );
    },
    pending: () => pending.length,
    close: () => {
      closed = true;
      if (retryTimer !== undefined) timers.clearTimeout(retryTimer);
      events.removeEventListener('online', onOnline);
    },
  };
}
