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

/** In the page itself: where workers cannot start (tests, some locked-down browsers). */
function inPage(): DraftChecker {
  let latest = 0;
  return {
    async check(request) {
      const id = ++latest;
      const { checkDraft } = await import('./check-draft');
      // Give the page a frame first: the newest keystroke wins over a check nobody waits for.
      await new Promise((resolve) => setTimeout(resolve, 0));
      return id === latest ? checkDraft(request) : undefined;
    },
    dispose() {
      latest = Number.NaN;
    },
  };
}

/**
 * Checks drafts in a worker, one at a time: a check asked for while one runs waits, and only the
 * newest waiting one runs, so a fast typist never queues a backlog.
 */
export function createDraftChecker(): DraftChecker {
  if (typeof Worker === 'undefined') return inPage();
  let worker: Worker;
  try {
    worker = new Worker(new URL('./check-worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return inPage();
  }
  let fallback: DraftChecker | undefined;
  let nextId = 0;
  let running: { id: number; resolve: (result: DraftCheck | undefined) => void; reject: (error: Error) => void } | undefined;
  let waiting: { request: DraftCheckRequest; resolve: (result: DraftCheck | undefined) => void; reject: (error: Error) => void } | undefined;

  const runNext = () => {
    if (running || !waiting) return;
    const { request, resolve, reject } = waiting;
    waiting = undefined;
    if (fallback) {
      fallback.check(request).then(resolve, reject);
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
  // The worker's file did not load (offline before it was stored, say): check in the page instead.
  worker.addEventListener('error', (event) => {
    event.preventDefault();
    fallback ??= inPage();
    worker.terminate();
    const lost = running;
    running = undefined;
    if (lost && !waiting) waiting = { request: lastRequest!, resolve: lost.resolve, reject: lost.reject };
    else lost?.resolve(undefined);
    runNext();
  });

  let lastRequest: DraftCheckRequest | undefined;
  return {
    check(request) {
      lastRequest = request;
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
