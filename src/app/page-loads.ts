import { idle } from '../ui/idle';

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

/**
 * Resolves once the page is idle after it has loaded: after `load`, `firstPage` (the first page's
 * code) and what that page then loads (a lesson's body and questions), at an idle moment, or after
 * `timeout` ms where `requestIdleCallback` is missing or never called. For work that can wait:
 * storing the course for offline use, the check of saved progress, the look for an LMS.
 */
export async function whenIdle(firstPage: Promise<unknown> = Promise.resolve(), timeout = 5000): Promise<void> {
  const loaded =
    document.readyState === 'complete' ? Promise.resolve() : new Promise<void>((resolve) => window.addEventListener('load', () => resolve(), { once: true }));
  await Promise.all([loaded, firstPage]);
  await idle(timeout);
  // By now the first page has asked for its content: wait for it, then for the page to be idle again.
  await pageLoadsSettled();
  await idle(timeout);
}

/**
 * Loads the page afresh: what a page loads on demand is code (a module and what it imports), and a
 * browser keeps a module whose file failed to load as failed for the page's lifetime (Chromium
 * does), so importing it again in place would fail at once; a new version of the course may have
 * replaced the file anyway. Progress lives in storage; the reloaded page resumes it.
 */
export function reloadPage() {
  window.location.reload();
}
