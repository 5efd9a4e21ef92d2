import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { registerOffline } from './app/offline';
import { router } from './app/router';
import i18n, { initI18n, loadNamespace } from './i18n/i18n';
import { isLocale, SOURCE_LOCALE } from './i18n/locales';
import { subscribeToOtherTabs } from './progress/progress-store';
import './ui/theme.css';
import './app/app.css';

initI18n();
subscribeToOtherTabs();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <RouterProvider router={router} />
  </StrictMode>,
);

void registerOffline();
// Looks for an LMS or LRS after the first page is on screen; the code for it loads only then.
void import('./app/tracking-launch').then(({ launchTracking }) =>
  launchTracking({
    locale: () => {
      const language = i18n.resolvedLanguage ?? i18n.language;
      return isLocale(language) ? language : SOURCE_LOCALE;
    },
    loadWords: () => loadNamespace('tracking'),
  }),
);
