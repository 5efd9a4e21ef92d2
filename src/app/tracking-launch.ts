import { APP_INFO } from './app-info';
import type { Locale } from '../i18n/locales';
import { useProgress } from '../progress/progress-store';
import { loadAdapter } from '../tracking/adapter-loaders';
import { mergeProgress } from '../tracking/merge-progress';
import { startTracking, type RunningTracking } from '../tracking/start-tracking';
import { detectMode } from '../tracking/tracking-mode';
import { offerExit } from '../tracking/tracking-status';

let running: RunningTracking | undefined;

/** What the launch needs from the page's i18n, passed in so this chunk shares no i18n code with the first page's. */
export interface LaunchLanguage {
  /** The learner's language now: the adapters describe the course in it. */
  locale: () => Locale;
  /** Loads the status bar's words. */
  loadWords: () => Promise<void>;
}

/**
 * Starts reporting to an LMS or LRS when the page runs in one; standalone, it does nothing more
 * than look. Never throws: the course runs whatever happens here.
 */
export async function launchTracking({ locale: currentLocale, loadWords }: LaunchLanguage, win: Window = window): Promise<void> {
  const detected = await detectMode(win);
  if (detected.mode === 'standalone') return;
  // The status bar's words and code; it shows once the mode is set, so they come first.
  await Promise.all([loadWords().catch(() => undefined), import('./TrackingStatusBar').catch(() => undefined)]);
  const buildContext = async () => {
    const [{ course, lessonsIn }, { trackingContextOf }] = await Promise.all([
      import('../content/course-index'),
      import('../tracking/tracking-context'),
    ]);
    const locale = currentLocale();
    return trackingContextOf(course, lessonsIn(locale).map((lesson) => lesson.spec), locale, APP_INFO.version);
  };
  running = await startTracking(detected, useProgress, buildContext, loadAdapter, mergeProgress);
  const returnUrl = running && 'returnUrl' in running.adapter ? (running.adapter.returnUrl as () => string | undefined)() : undefined;
  if (running && returnUrl !== undefined) {
    const session = running;
    offerExit(() => {
      session.exit();
      win.location.assign(returnUrl);
    });
  }
}
