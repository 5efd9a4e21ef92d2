import type { Locale } from '../i18n/locales';
import { detectMode } from '../tracking/tracking-mode';
import { reportTracking, setTrackingMode } from '../tracking/tracking-status';

/** What the launch needs from the page's i18n, passed in so this chunk shares no i18n code with the first page's. */
export interface LaunchLanguage {
  /** The learner's language now: the adapters describe the course in it. */
  locale: () => Locale;
  /** Loads the status bar's words. */
  loadWords: () => Promise<void>;
}

/**
 * Starts reporting to an LMS or LRS when the page runs in one; standalone, it does nothing more
 * than look, and nothing more is downloaded. Never throws: the course runs whatever happens here.
 */
export async function launchTracking({ locale, loadWords }: LaunchLanguage, win: Window = window): Promise<void> {
  const detected = await detectMode(win);
  if (detected.mode === 'standalone') return;
  // The status bar's words and code, and the session's code, side by side: the bar shows once the
  // mode is set, so its words and code come first.
  const [, , session] = await Promise.all([
    loadWords().catch(() => undefined),
    import('./TrackingStatusBar').catch(() => undefined),
    import('./tracking-session').then(
      ({ startSession }) => ({ startSession }),
      (error: unknown) => ({ error }),
    ),
  ]);
  if ('startSession' in session) return session.startSession(detected, locale, win);
  // Its code did not load (the connection dropped): the bar says the LMS cannot be reached.
  setTrackingMode(detected.mode);
  reportTracking({ phase: 'error', pending: 0, code: 'unreachable', detail: session.error instanceof Error ? session.error.message : String(session.error) });
}
