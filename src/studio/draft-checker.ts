import type { DraftCheck, DraftCheckRequest } from './check-draft';

export interface CheckRequest {
  id: number;
  request: DraftCheckRequest;
}

export type CheckReply = { id: number; result: DraftCheck } | { id: number; failure: string };

export interface DraftChecker {
  /** Checks a draft; a check asked for later makes an earlier one still waiting resolve `undefined`. */
  check(request: DraftCheckRequest): Promise<DraftCheck | undefined>;
  dispose(): void;
}

/**
 * Checks drafts in a worker, one at a time: a check asked for while one runs waits, and only the
 * newest waiting one runs, so a fast typist never queues a backlog.
 */
export function createDraftChecker(): DraftChecker {
  const worker = new Worker(new URL('./check-worker.ts', import.meta.url), { type: 'module' });
  let broken: string | undefined;
  let nextId = 0;
  let running: { id: number; resolve: (result: DraftCheck | undefined) => void; reject: (error: Error) => void } | undefined;
  let waiting: { request: DraftCheckRequest; resolve: (result: DraftCheck | undefined) => void; reject: (error: Error) => void } | undefined;

  const runNext = () => {
    if (running || !waiting) return;
    const { request, resolve, reject } = waiting;
    waiting = undefined;
    if (broken !== undefined) {
      reject(new Error(broken));
      return;
    }
    running = { id: ++nextId, resolve, reject };
    worker.postMessage({ id: running.id, request } satisfies CheckRequest);
  };

  worker.addEventListener('message', (event: MessageEvent<CheckReply>) => {
    const reply = event.data;
    if (!running || reply.id !== running.id) return;
    const done = running;
    running = undefined;
    if ('result' in reply) done.resolve(reply.result);
    else done.reject(new Error(reply.failure));
    runNext();
  });
  // The worker's file did not load (offline, or replaced by a new version): every check says so.
  worker.addEventListener('error', (event) => {
    event.preventDefault();
    broken = event.message || 'the checker could not start; reload the page';
    worker.terminate();
    running?.reject(new Error(broken));
    running = undefined;
    runNext();
  });

  return {
    check(request) {
      return new Promise((resolve, reject) => {
        waiting?.resolve(undefined);
        waiting = { request, resolve, reject };
        runNext();
      });
    },
    dispose() {
      waiting?.resolve(undefined);
      waiting = undefined;
      worker.terminate();
    },
  };
}
