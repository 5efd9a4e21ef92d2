import { lazy, Suspense, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router';
import { course, courseText } from '../content/course-meta';
import { AppNav } from './AppNav';
import { trackInputModality } from './input-modality';
import { LanguageSwitcher } from './LanguageSwitcher';
import { OfflineNotices } from './OfflineNotices';
import { StorageNotices } from './StorageNotices';
import { useLocale } from '../i18n/use-locale';
import { useTrackingStatus } from '../tracking/tracking-status';

// Only inside an LMS or with an LRS: its code loads then, with its words (src/app/tracking-launch.ts).
const TrackingStatusBar = lazy(() => import('./TrackingStatusBar').then(({ TrackingStatusBar }) => ({ default: TrackingStatusBar })));

export function AppLayout() {
  const { t } = useTranslation();
  const locale = useLocale();
  const main = useRef<HTMLElement>(null);
  const { pathname } = useLocation();
  // The page on screen when focus last moved; a page loaded or reloaded keeps the focus where it is.
  const shown = useRef(pathname);
  const tracked = useTrackingStatus((s) => s.mode !== 'standalone');

  useEffect(() => {
    // The app places the scroll itself: each new page at its top, a lesson where the learner was.
    // The browser's own restoration would land a reload wherever the old offset falls while the
    // lesson body is still loading, and could move the page after the lesson has placed it.
    if ('scrollRestoration' in history) history.scrollRestoration = 'manual';
    return trackInputModality();
  }, []);

  useEffect(() => {
    // Compared with the page shown rather than "first run": React runs effects twice in
    // development (StrictMode), and a second run must not count as a navigation.
    if (shown.current === pathname) return;
    shown.current = pathname;
    // A new page starts at its top at once, not by gliding up the old one (theme.css scrolls smoothly).
    window.scrollTo({ top: 0, left: 0, behavior: 'instant' });
    // Move focus to the new page's heading so screen readers announce it.
    const heading = main.current?.querySelector('h1');
    const target = heading ?? main.current;
    if (heading) heading.tabIndex = -1;
    target?.focus({ preventScroll: true });
  }, [pathname]);

  return (
    <>
      <a className="skip-link" href="#main" onClick={(e) => (e.preventDefault(), main.current?.focus())}>
        {t('skipToContent')}
      </a>
      <header className="app-header">
        <div className="app-header-inner">
          <Link to="/" className="brand">
            <img src="./favicon.svg" alt="" width="28" height="28" />
            {courseText(course.title, locale)}
          </Link>
          <AppNav />
          <LanguageSwitcher />
        </div>
      </header>
      {tracked && (
        <Suspense fallback={null}>
          <TrackingStatusBar />
        </Suspense>
      )}
      <main id="main" ref={main} tabIndex={-1} className="app-main">
        <StorageNotices />
        <OfflineNotices />
        <Outlet />
      </main>
    </>
  );
}
