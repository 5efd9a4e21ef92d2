import { APP_INFO } from './app-info';
import type { Locale } from '../i18n/locales';
import { useProgress } from '../progress/progress-store';
import { loadAdapter } from '../tracking/adapter-loaders';
import { mergeProgress } from '../tracking/merge-progress';
import { startTracking, type RunningTracking } from '../tracking/start-tracking';
import type { DetectedMode } from '../tracking/tracking-mode';
import { offerExit } from '../tracking/tracking-status';

let running: RunningTracking | undefined;

/**
 * Reports to the LMS or LRS found at launch (src/app/tracking-launch.ts): loaded only then, so a
 * learner outside one never downloads it, and the offline storage does not hold it.
 */
export async function startSession(detected: Exclude<DetectedMode, { mode: 'standalone' }>, currentLocale: () => Locale, win: Window): Promise<void> {
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
