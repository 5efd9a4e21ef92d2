import { create } from 'zustand';
import { storeLessons } from './offline-lessons';

export interface OfflineState {
  /** The course's files are stored on this device: it works without a connection. */
  available: boolean;
  /** A new version is installed and waits for the learner's go-ahead. */
  needRefresh: boolean;
  /** Switches to the new version (the page reloads; progress is in storage, so nothing is lost). */
  update: () => void;
  /** Not now: the new version takes over next time the course is opened. */
  later: () => void;
}

export const useOffline = create<OfflineState>()((set) => ({
  available: false,
  needRefresh: false,
  update: () => {},
  later: () => set({ needRefresh: false }),
}));

/**
 * LMS packages mark their index.html with this (scripts/package/package-contents.ts): a service
 * worker registered from an LMS's content path would cache and answer for the LMS's own site, so
 * packages run online-only and ship no worker.
 */
export const offlineSwitchedOff = (doc: Document): boolean => doc.querySelector('meta[name="course-offline"][content="off"]') !== null;

/**
 * Resolves once the page is idle after it has loaded: after `load` and `firstPage` (the first
 * page's own code, a lesson say), at the first idle moment, or after `timeout` ms where
 * `requestIdleCallback` is missing or the page is never idle.
 */
export function whenIdle(firstPage: Promise<unknown> = Promise.resolve(), timeout = 5000): Promise<void> {
  const loaded =
    document.readyState === 'complete' ? Promise.resolve() : new Promise<void>((resolve) => window.addEventListener('load', () => resolve(), { once: true }));
  return Promise.all([loaded, firstPage]).then(
    () =>
      new Promise<void>((resolve) => {
        if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(() => resolve(), { timeout });
        else window.setTimeout(resolve, Math.min(timeout, 1000));
      }),
  );
}

/**
 * Registers the service worker that keeps the course working offline after the first visit
 * (production builds only) and reports what it did. It starts once the page is idle, so it never
 * competes with the first page. The worker stores the pages; then the lessons of the learner's
 * language are stored (src/app/offline-lessons.ts), and again for another language when the learner
 * switches to it while online. A new version never takes over a page by itself: the learner is
 * asked, so a quiz in progress is not reloaded under them.
 */
export async function registerOffline(options: { firstPage?: Promise<unknown>; language: () => string; onLanguageChange: (listener: () => void) => void }): Promise<void> {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator) || offlineSwitchedOff(document)) return;
  await whenIdle(options.firstPage);
  // Working offline is an extra: if the registration code cannot load, the course runs online and
  // the learner sees nothing (registerSW itself swallows a failed registration, e.g. a missing sw.js).
  const registerSW = await import('virtual:pwa-register').then((module) => module.registerSW, () => undefined);
  if (!registerSW) return;

  let active = false;
  let storing = Promise.resolve();
  // "Available offline" means the pages and every lesson in the language in use are on the device.
  const keepLessons = () => {
    if (!active) return;
    storing = storing.then(async () => {
      const language = options.language();
      const stored = await storeLessons(language);
      if (language === options.language()) useOffline.setState({ available: stored });
    });
  };
  const ready = () => {
    active = true;
    keepLessons();
  };
  options.onLanguageChange(() => {
    useOffline.setState({ available: false });
    keepLessons();
  });
  // Lessons that could not all be stored (the connection dropped) are fetched when it is back.
  window.addEventListener('online', keepLessons);

  const updateSW = registerSW({
    onRegisteredSW: (_url, registration) => {
      if (registration?.active) ready();
    },
    onOfflineReady: ready,
    onNeedRefresh: () => useOffline.setState({ needRefresh: true, update: () => void updateSW(true) }),
  });
}
