import type { ProgressState } from '../progress/progress-schema';
import type { ProgressStoreApi } from '../progress/progress-store';
import type { TrackingAdapter, TrackingContext } from './tracking-adapter';
import { trackingSnapshot } from './tracking-events';
import type { DetectedMode } from './tracking-mode';
import { reportTracking, setTrackingMode } from './tracking-status';

/** A quiet spell after the last change before the LMS hears of it: typing and scrolling settle first. */
const SETTLE_MS = 1_000;

const dataOf = ({ lessons, quizzes, reflections, lastLesson }: ProgressState): ProgressState => ({ lessons, quizzes, reflections, lastLesson });

/** Loads the adapter for a mode (a dynamic import, so only the standard in use is downloaded). */
export type AdapterLoader = (detected: Exclude<DetectedMode, { mode: 'standalone' }>, context: TrackingContext) => Promise<TrackingAdapter>;

const progressChanged = (a: ProgressState, b: ProgressState): boolean =>
  a.lessons !== b.lessons || a.quizzes !== b.quizzes || a.reflections !== b.reflections || a.lastLesson !== b.lastLesson;

export interface RunningTracking {
  adapter: TrackingAdapter;
  /** Sends what is new now, without waiting for the quiet spell. */
  flush: () => void;
  /** The learner chose to leave (cmi5 Exit): ends the session. */
  exit: () => void;
  stop: () => void;
}

/**
 * Runs the adapter for the detected mode beside the progress store: merges what the LMS kept into
 * the browser's progress, then tells the adapter after every change. An answer, a finished attempt
 * or a completed lesson goes out at once; other changes (position, time) after a quiet spell. The
 * store never waits for the adapter, so the learner is never blocked by the LMS or the network.
 */
export async function startTracking(
  detected: Exclude<DetectedMode, { mode: 'standalone' }>,
  store: ProgressStoreApi,
  buildContext: () => Promise<Omit<TrackingContext, 'report'>>,
  loadAdapter: AdapterLoader,
  /** Joins the LMS's resume state with the browser's progress so that nothing of either is lost. */
  merge: (local: ProgressState, remote: ProgressState) => ProgressState,
  win: Pick<Window, 'addEventListener' | 'removeEventListener' | 'setTimeout' | 'clearTimeout'> = window,
): Promise<RunningTracking | undefined> {
  setTrackingMode(detected.mode);
  reportTracking({ phase: 'connecting' });
  let adapter: TrackingAdapter;
  let context: TrackingContext;
  try {
    context = { ...(await buildContext()), report: reportTracking };
    adapter = await loadAdapter(detected, context);
  } catch (error) {
    reportTracking({ phase: 'error', pending: 0, code: 'unreachable', detail: error instanceof Error ? error.message : String(error) });
    return undefined;
  }

  const resume = await adapter.start();
  if (resume) store.setState(merge(dataOf(store.getState()), resume));

  let sentEvents = -1;
  let timer: number | undefined;
  let ended = false;

  const send = () => {
    if (timer !== undefined) win.clearTimeout(timer);
    timer = undefined;
    if (ended) return;
    const snapshot = trackingSnapshot(dataOf(store.getState()), context.course);
    sentEvents = snapshot.events.length;
    adapter.update(snapshot);
  };

  const unsubscribe = store.subscribe((state, previous) => {
    if (ended || !progressChanged(state, previous)) return;
    // Events only ever grow in number: a new one (an answer, a finished attempt, a completed lesson) goes at once.
    const events = trackingSnapshot(dataOf(state), context.course).events.length;
    if (events !== sentEvents) send();
    else {
      if (timer !== undefined) win.clearTimeout(timer);
      timer = win.setTimeout(send, SETTLE_MS);
    }
  });

  const end = (reason: 'pagehide' | 'exit') => {
    if (ended) return;
    send();
    ended = true;
    unsubscribe();
    win.removeEventListener('pagehide', onPageHide);
    adapter.exit(reason);
  };
  const onPageHide = () => end('pagehide');
  win.addEventListener('pagehide', onPageHide);

  send();
  return {
    adapter,
    flush: send,
    exit: () => end('exit'),
    stop: () => {
      ended = true;
      if (timer !== undefined) win.clearTimeout(timer);
      unsubscribe();
      win.removeEventListener('pagehide', onPageHide);
    },
  };
}
