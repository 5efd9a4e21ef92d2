import { create } from 'zustand';
import { whenIdle } from './page-loads';

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

export interface OfflineOptions {
  /** Settles once the first page (a lesson opened from a link, say) is on screen. */
  firstPage?: Promise<unknown>;
  /** The language in use. */
  language: () => string;
  /** Calls `listener` when the learner picks another language. */
  onLanguageChange: (listener: () => void) => void;
}

/**
 * Starts working offline once the page is idle (production builds, outside LMS packages), so it
 * never competes with the first page: the registration's code (src/app/offline-register.ts) loads
 * only then.
 */
export async function startOffline(options: OfflineOptions): Promise<void> {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator) || offlineSwitchedOff(document)) return;
  await whenIdle(options.firstPage);
  // Working offline is an extra: if its code cannot load, the course runs online and the learner sees nothing.
  const register = await import('./offline-register').then((module) => module.registerOffline, () => undefined);
  register?.(options);
}
