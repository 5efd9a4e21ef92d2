/**
 * What the page on screen is still loading (a lesson's body and questions, the lessons a records
 * page lists). Work that can wait, like storing the course for offline use, waits for it.
 */
let pending = 0;
let waiting: Array<() => void> = [];

/** Counts `load` as the page's own until it settles; returns it. */
export function trackPageLoad<T>(load: Promise<T>): Promise<T> {
  pending += 1;
  const settled = () => {
    pending -= 1;
    if (pending > 0) return;
    const resolve = waiting;
    waiting = [];
    for (const done of resolve) done();
  };
  load.then(settled, settled);
  return load;
}

/** Resolves when nothing the page asked for is still loading. */
export function pageLoadsSettled(): Promise<void> {
  return pending === 0 ? Promise.resolve() : new Promise((resolve) => waiting.push(resolve));
}
