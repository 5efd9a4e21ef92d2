/*
 * The floor under the HR import: the same work on the same zip with nothing of the course (no
 * schema, no canonical check, no report): each record inflated with fflate, decoded, JSON.parse'd
 * and hashed with SHA-256 (crypto.subtle.digest), spread over as many Web Workers as the import
 * uses (src/hr/verify-pool.ts: one per core, at most 8). Like the HR page, it starts its workers
 * when it opens, and times from the file input's change to "N records checked" in its status.
 * scripts/bench/hr-vs-floor.ts builds and drives it.
 */
import type { FloorReply, FloorTask } from './worker';

const workers = Array.from(
  { length: Math.min(8, Math.max(1, navigator.hardwareConcurrency || 2)) },
  () => new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' }),
);

const input = document.querySelector<HTMLInputElement>('input[type=file]')!;
const status = document.querySelector<HTMLElement>('[role=status]')!;

/** Each worker gets the whole zip (a copy) and inflates every n-th entry: no thread lists it for the others. */
const check = (zip: ArrayBuffer, worker: Worker, part: number) =>
  new Promise<FloorReply>((done) => {
    worker.onmessage = (event: MessageEvent<FloorReply>) => done(event.data);
    worker.postMessage({ zip, part, parts: workers.length } satisfies FloorTask);
  });

input.addEventListener('change', () => {
  const file = input.files?.[0];
  if (!file) return;
  status.textContent = '';
  void file
    .arrayBuffer()
    .then((zip) => Promise.all(workers.map((worker, part) => check(zip, worker, part))))
    .then((replies) => {
      const records = replies.reduce((sum, reply) => sum + reply.records, 0);
      status.textContent = `${String(records)} records checked on ${String(workers.length)} workers`;
    });
});
