/**
 * Resolves at the browser's next idle moment, or after `timeout` ms where none comes (a busy page);
 * where `requestIdleCallback` is missing (Safari), after a short pause of at most 200 ms.
 */
export const idle = (timeout: number): Promise<void> =>
  new Promise<void>((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout });
    else setTimeout(resolve, Math.min(timeout, 200));
  });
