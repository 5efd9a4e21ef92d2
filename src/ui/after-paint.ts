import { idle } from './idle';

/** Resolves once the browser has painted what is on screen now (a frame, then a task), or after `timeout` ms where no frame comes (a tab in the background). */
const painted = (timeout: number): Promise<void> =>
  new Promise<void>((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve, 0));
    setTimeout(resolve, timeout);
  });

/**
 * Calls `callback` once the browser has painted what is on screen now and then has an idle moment,
 * waiting at most `timeoutMs` for each. For work a page starts for later (code it shows only after
 * the user acts): asked for then, it never competes with the page's first paint. Returns a function
 * that cancels the call.
 */
export function afterPaint(callback: () => void, timeoutMs = 1_000): () => void {
  let cancelled = false;
  void painted(timeoutMs)
    .then(() => idle(timeoutMs))
    .then(() => {
      if (!cancelled) callback();
    });
  return () => {
    cancelled = true;
  };
}
