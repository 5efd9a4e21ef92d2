import { storeLessons } from './offline-lessons';
import { useOffline, type OfflineOptions } from './offline';
import { registerWorker } from './service-worker';

/**
 * Registers the service worker that keeps the course working offline after the first visit and
 * reports what it did; `startOffline` (src/app/offline.ts) calls it once the page is idle. The
 * worker stores the pages; then the lessons of the learner's language are stored
 * (src/app/offline-lessons.ts), and again for another language when the learner switches to it
 * while online. A new version never takes over a page by itself: the learner is asked, so a quiz
 * in progress is not reloaded under them.
 */
export function registerOffline(options: OfflineOptions): void {
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

  // vite-plugin-pwa writes the worker beside index.html.
  void registerWorker(navigator.serviceWorker, './sw.js', {
    onReady: ready,
    onUpdate: (activate) => useOffline.setState({ needRefresh: true, update: activate }),
  });
}
