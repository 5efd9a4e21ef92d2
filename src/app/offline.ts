import { create } from 'zustand';

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
 * Registers the service worker that keeps the course working offline after the first visit
 * (production builds only) and reports what it did. A new version never takes over a page by
 * itself: the learner is asked, so a quiz in progress is not reloaded under them.
 */
export async function registerOffline(): Promise<void> {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator) || offlineSwitchedOff(document)) return;
  // Working offline is an extra: if the registration code cannot load, the course runs online and
  // the learner sees nothing (registerSW itself swallows a failed registration, e.g. a missing sw.js).
  const registerSW = await import('virtual:pwa-register').then((module) => module.registerSW, () => undefined);
  if (!registerSW) return;
  const updateSW = registerSW({
    onRegisteredSW: (_url, registration) => {
      if (registration?.active) useOffline.setState({ available: true });
    },
    onOfflineReady: () => useOffline.setState({ available: true }),
    onNeedRefresh: () => useOffline.setState({ needRefresh: true, update: () => void updateSW(true) }),
  });
}
