import type { CourseRef } from './read-record-file';
import { unreadableBatch, verifyBatch } from './verify-batch';
import type { FromVerifyWorker, ToVerifyWorker, VerifiedBatch, VerifyItem } from './worker-protocol';

export interface VerifyPool {
  verify(items: VerifyItem[], course: CourseRef): Promise<VerifiedBatch>;
  /** Resolves once fewer than `bytes` are waiting to be checked, to keep a big zip from unpacking all at once. */
  whenBelow(bytes: number): Promise<void>;
}

/** Each record file gets its own buffer, so the batch can move to a verify worker without copying. */
const ownBuffer = (bytes: Uint8Array<ArrayBuffer>): Uint8Array<ArrayBuffer> =>
  bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : bytes.slice();

/**
 * Verify workers, one per core (at most 8), each batch to the least busy. Where a worker cannot start
 * workers of its own, batches are checked right here instead.
 */
export function createVerifyPool(): VerifyPool {
  let inFlight = 0;
  let waiters: Array<{ bytes: number; resolve: () => void }> = [];
  const settle = (bytes: number) => {
    inFlight -= bytes;
    const ready = waiters.filter((waiter) => inFlight < waiter.bytes);
    waiters = waiters.filter((waiter) => inFlight >= waiter.bytes);
    for (const waiter of ready) waiter.resolve();
  };
  const whenBelow = (bytes: number) => (inFlight < bytes ? Promise.resolve() : new Promise<void>((resolve) => waiters.push({ bytes, resolve })));

  const size = Math.min(8, Math.max(1, globalThis.navigator?.hardwareConcurrency || 2));
  let slots: Array<{ worker: Worker; load: number }> = [];
  try {
    slots = Array.from({ length: size }, () => ({ worker: new Worker(new URL('./verify-worker.ts', import.meta.url), { type: 'module' }), load: 0 }));
  } catch {
    slots = [];
  }

  const verifyHere = async (items: VerifyItem[], course: CourseRef) => {
    const bytes = items.reduce((sum, item) => sum + item.bytes.byteLength, 0);
    inFlight += bytes;
    try {
      return await verifyBatch(items, course).catch(() => unreadableBatch(items));
    } finally {
      settle(bytes);
    }
  };
  if (!slots.length) return { verify: verifyHere, whenBelow };

  let nextBatch = 0;
  const waiting = new Map<number, { resolve: (verified: VerifiedBatch) => void; items: Array<Pick<VerifyItem, 'seq' | 'name'>>; bytes: number; slot: (typeof slots)[number] }>();
  for (const slot of slots) {
    slot.worker.addEventListener('message', (event: MessageEvent<FromVerifyWorker>) => {
      const entry = waiting.get(event.data.batch);
      if (!entry) return;
      waiting.delete(event.data.batch);
      slot.load -= entry.bytes;
      settle(entry.bytes);
      entry.resolve({ results: event.data.results, labels: event.data.labels });
    });
    // A worker that fails takes its batches with it: report those files as unreadable rather than hang.
    slot.worker.addEventListener('error', () => {
      for (const [batch, entry] of waiting) {
        if (entry.slot !== slot) continue;
        waiting.delete(batch);
        settle(entry.bytes);
        entry.resolve(unreadableBatch(entry.items));
      }
      slot.load = Number.POSITIVE_INFINITY;
    });
  }

  return {
    verify(items, course) {
      const slot = slots.reduce((best, candidate) => (candidate.load < best.load ? candidate : best));
      if (!Number.isFinite(slot.load)) return verifyHere(items, course);
      const own = items.map((item) => ({ ...item, bytes: ownBuffer(item.bytes) }));
      const bytes = own.reduce((sum, item) => sum + item.bytes.byteLength, 0);
      const batch = nextBatch++;
      slot.load += bytes;
      inFlight += bytes;
      return new Promise((resolve) => {
        waiting.set(batch, { resolve, items: own.map(({ seq, name }) => ({ seq, name })), bytes, slot });
        const message: ToVerifyWorker = { type: 'verify', batch, course, items: own };
        slot.worker.postMessage(message, own.map((item) => item.bytes.buffer));
      });
    },
    whenBelow,
  };
}
