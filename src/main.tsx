import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { startOffline } from './app/offline';
import { whenIdle } from './app/page-loads';
import { router } from './app/router';
import i18n, { commonTexts, initI18n, languageInUse, loadNamespace } from './i18n/i18n';
import { useProgress, subscribeToOtherTabs } from './progress/progress-store';
import { loadProgressCheck } from './progress/progress-storage';
import './ui/theme.css';
import './app/app.css';

initI18n();
subscribeToOtherTabs();

// Saved progress is checked (its checking code loads for it) before the first page shows it;
// with nothing saved, nothing waits. The page's texts load meanwhile when the learner reads
// another language than English.
const hydrated = useProgress.persist.hasHydrated() ? undefined : new Promise<void>((resolve) => useProgress.persist.onFinishHydration(() => resolve()));

// Not a top-level await: one in the entry makes the bundler keep every module of the first page in
// a chunk of its own (about 30 files, 5 KB more gzipped than one).
void Promise.all([hydrated, commonTexts()]).then(start);

function start() {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <RouterProvider router={router} />
    </StrictMode>,
  );

  // Offline storage starts once the first page (a lesson opened straight from a link, say) is shown and the page is idle.
  const firstPage = new Promise<void>((resolve) => {
    if (router.state.initialized) {
      resolve();
      return;
    }
    const stop = router.subscribe((state) => {
      if (!state.initialized) return;
      stop();
      resolve();
    });
  });
  // On screen, and idle: the router has the first page, what that page loads beyond its code (a
  // lesson's body) is in, and the browser has drawn it. Nothing below competes with the page's
  // content for the network or the processor; at most 2 s of waiting for an idle moment.
  const painted = whenIdle(firstPage, 2_000);
  // Ready for what another tab saves, once the first page is on screen.
  void painted.then(loadProgressCheck);
  void startOffline({ firstPage, language: languageInUse, onLanguageChange: (listener) => i18n.on('languageChanged', listener) });
  // Looks for an LMS or LRS after the first page is on screen; the code for it loads only then.
  void painted.then(() => import('./app/tracking-launch')).then(({ launchTracking }) =>
    launchTracking({
      locale: languageInUse,
      loadWords: () => loadNamespace('tracking'),
    }),
  );
}
