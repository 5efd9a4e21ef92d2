// Starting the verify workers, apart from the pool that hands them batches, so the page can start
// them without loading the checks themselves.

/** One verify worker per core, at most 8. */
const verifyWorkerCount = () => Math.min(8, Math.max(1, (globalThis.navigator as Navigator | undefined)?.hardwareConcurrency || 2));

/** Starts the verify workers; none where workers cannot be started. */
export function startVerifyWorkers(): Worker[] {
  try {
    return Array.from({ length: verifyWorkerCount() }, () => new Worker(new URL('./verify-worker.ts', import.meta.url), { type: 'module' }));
  } catch {
    return [];
  }
}
