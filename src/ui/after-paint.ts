/**
 * Calls `callback` once the browser has painted what is on screen now and then has an idle moment,
 * or after `timeoutMs` where neither comes (a tab in the background paints nothing; a busy page may
 * not be idle for long). For work a page starts for later (workers, code it shows only after the
 * user acts): asked for then, it never competes with the page's first paint. Returns a function
 * that cancels the call.
 */
export function afterPaint(callback: () => void, timeoutMs = 1_000): () => void {
  let done = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let idle: number | undefined;
  const run = () => {
    if (done) return;
    cancel();
    callback();
  };
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(() => {
      if (typeof requestIdleCallback === 'function') idle = requestIdleCallback(run, { timeout: timeoutMs });
      else run();
    }, 0);
  });
  const fallback = setTimeout(run, timeoutMs);
  function cancel() {
    done = true;
    cancelAnimationFrame(frame);
    if (timer !== undefined) clearTimeout(timer);
    if (idle !== undefined) cancelIdleCallback(idle);
    clearTimeout(fallback);
  }
  return cancel;
}
