/**
 * Registers the offline service worker and tells what it did, in a few lines of our own (the
 * Workbox window library did the same in 2 KB more of every first visit). The worker vite-plugin-pwa
 * builds waits after an update until the page sends it `SKIP_WAITING`.
 */
export interface WorkerEvents {
  /** The worker is installed or already active: the course's pages are on the device. */
  onReady: () => void;
  /** A new version is installed and waits; `activate` lets it take over, then the page reloads. */
  onUpdate: (activate: () => void) => void;
}

export async function registerWorker(
  container: ServiceWorkerContainer,
  url: string,
  events: WorkerEvents,
  reload: () => void = () => window.location.reload(),
): Promise<void> {
  let registration: ServiceWorkerRegistration;
  try {
    registration = await container.register(url, { scope: './' });
  } catch {
    // Working offline is an extra: without a worker (a missing sw.js, say) the course runs online.
    return;
  }
  const offerUpdate = (worker: ServiceWorker) =>
    events.onUpdate(() => {
      container.addEventListener('controllerchange', () => reload(), { once: true });
      worker.postMessage({ type: 'SKIP_WAITING' });
    });

  if (registration.active) events.onReady();
  // An update installed earlier that the learner put off ("Later").
  if (registration.waiting && registration.active) offerUpdate(registration.waiting);
  registration.addEventListener('updatefound', () => {
    const worker = registration.installing;
    if (!worker) return;
    worker.addEventListener('statechange', () => {
      if (worker.state !== 'installed') return;
      // With an older worker in charge it is an update, and it waits; otherwise the first install.
      if (registration.active) offerUpdate(worker);
      else events.onReady();
    });
  });
}
