import type { CourseRef } from './read-record-file';
import { unreadableBatch, verifyBatch } from './verify-batch';
import { startVerifyWorkers } from './verify-workers';
import type { FromVerifyWorker, ToVerifyWorker, VerifiedBatch, VerifyItem } from './worker-protocol';

export interface VerifyPool {
  /**
   * Checks a batch; `tag` (an import's id) lets `drop` find the batches not started yet. The
   * items' buffers move to a worker: they must be the batch's own (several items may share one).
   */
  verify(items: VerifyItem[], course: CourseRef, tag?: number): Promise<VerifiedBatch>;
  /** Batches with this tag still waiting for a worker are not checked: they resolve empty at once. */
  drop(tag: number): void;
  /** Resolves once fewer than `bytes` are waiting to be checked, to keep a big zip from unpacking all at once. */
  whenBelow(bytes: number): Promise<void>;
  /** The verify worker behind the `index`th port failed (the page saw it): its batches come back unreadable. */
  failed(index: number): void;
}

/** What the pool talks to: a verify worker it started, or a port to one the page started. */
interface Endpoint {
  postMessage(message: ToVerifyWorker, transfer: Transferable[]): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<FromVerifyWorker>) => void): void;
}

/** The buffers a batch's items are views of, each once, to move with it to a verify worker. */
const buffersOf = (items: readonly VerifyItem[]): ArrayBuffer[] => [...new Set(items.map((item) => item.bytes.buffer))];

/**
 * Batches handed to one verify worker at a time. The rest wait here, where a stopped import can
 * take them back: a worker runs every batch posted to it.
 */
const POSTED_PER_WORKER = 3;

const EMPTY: VerifiedBatch = { results: [], labels: [], lessonTitles: [] };

/**
 * Verify workers, one per core (at most 8), each batch to the least busy: the workers behind `ports`
 * (the page starts them with the import worker, so neither waits for the other to start), else
 * workers started here. Where there are none, batches are checked right here instead.
 */
export function createVerifyPool(ports: readonly MessagePort[] = []): VerifyPool {
  let inFlight = 0;
  let waiters: Array<{ bytes: number; resolve: () => void }> = [];
  const settle = (bytes: number) => {
    inFlight -= bytes;
    const ready = waiters.filter((waiter) => inFlight < waiter.bytes);
    waiters = waiters.filter((waiter) => inFlight >= waiter.bytes);
    for (const waiter of ready) waiter.resolve();
  };
  const whenBelow = (bytes: number) => (inFlight < bytes ? Promise.resolve() : new Promise<void>((resolve) => waiters.push({ bytes, resolve })));

  const own = ports.length ? [] : startVerifyWorkers();
  /** `load`: bytes a worker has to check; `posted`: batches handed to it and not back yet. */
  const slots: Array<{ worker: Endpoint; load: number; posted: number }> = (ports.length ? ports : own).map((worker) => ({ worker, load: 0, posted: 0 }));

  const verifyHere = async (items: VerifyItem[], course: CourseRef) => {
    const bytes = items.reduce((sum, item) => sum + item.bytes.byteLength, 0);
    inFlight += bytes;
    try {
      return await verifyBatch(items, course).catch(() => unreadableBatch(items));
    } finally {
      settle(bytes);
    }
  };
  if (!slots.length) return { verify: verifyHere, whenBelow, drop: () => {}, failed: () => {} };

  type Slot = (typeof slots)[number];
  interface Queued {
    items: VerifyItem[];
    course: CourseRef;
    tag: number | undefined;
    bytes: number;
    resolve: (verified: VerifiedBatch) => void;
  }
  const queue: Queued[] = [];
  let nextBatch = 0;
  const posted = new Map<number, { resolve: (verified: VerifiedBatch) => void; items: Array<Pick<VerifyItem, 'seq' | 'name'>>; bytes: number; slot: Slot }>();

  const usable = () => slots.filter((slot) => Number.isFinite(slot.load));
  /** Hands waiting batches to the least busy workers with room for one. */
  const dispatch = () => {
    for (;;) {
      const entry = queue[0];
      if (!entry) return;
      const alive = usable();
      if (!alive.length) {
        // Every worker failed: check what is left right here.
        queue.shift();
        settle(entry.bytes);
        void verifyHere(entry.items, entry.course).then(entry.resolve);
        continue;
      }
      const free = alive.filter((slot) => slot.posted < POSTED_PER_WORKER);
      if (!free.length) return;
      queue.shift();
      const slot = free.reduce((best, candidate) => (candidate.load < best.load ? candidate : best));
      const batch = nextBatch++;
      slot.load += entry.bytes;
      slot.posted += 1;
      posted.set(batch, { resolve: entry.resolve, items: entry.items.map(({ seq, name }) => ({ seq, name })), bytes: entry.bytes, slot });
      const message: ToVerifyWorker = { type: 'verify', batch, course: entry.course, items: entry.items };
      slot.worker.postMessage(message, buffersOf(entry.items));
    }
  };

  /** A worker that fails takes its batches with it: report those files as unreadable rather than hang. */
  const fail = (slot: Slot) => {
    for (const [batch, entry] of posted) {
      if (entry.slot !== slot) continue;
      posted.delete(batch);
      settle(entry.bytes);
      entry.resolve(unreadableBatch(entry.items));
    }
    slot.load = Number.POSITIVE_INFINITY;
    dispatch();
  };

  for (const slot of slots) {
    slot.worker.addEventListener('message', (event: MessageEvent<FromVerifyWorker>) => {
      const entry = posted.get(event.data.batch);
      if (!entry) return;
      posted.delete(event.data.batch);
      slot.load -= entry.bytes;
      slot.posted -= 1;
      settle(entry.bytes);
      entry.resolve({ results: event.data.results, labels: event.data.labels, lessonTitles: event.data.lessonTitles });
      dispatch();
    });
  }
  own.forEach((worker, index) => worker.addEventListener('error', () => fail(slots[index]!)));
  for (const port of ports) port.start();

  return {
    verify(items, course, tag) {
      const bytes = items.reduce((sum, item) => sum + item.bytes.byteLength, 0);
      inFlight += bytes;
      return new Promise((resolve) => {
        queue.push({ items, course, tag, bytes, resolve });
        dispatch();
      });
    },
    drop(tag) {
      for (let index = queue.length - 1; index >= 0; index--) {
        const entry = queue[index]!;
        if (entry.tag !== tag) continue;
        queue.splice(index, 1);
        settle(entry.bytes);
        entry.resolve(EMPTY);
      }
    },
    whenBelow,
    failed(index) {
      const slot = slots[index];
      if (slot) fail(slot);
    },
  };
}
