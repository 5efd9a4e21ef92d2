import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { completedProgress, course, lessons } from '../../tests/support/small-course';
import { createProgressStore, type ProgressStoreApi } from '../progress/progress-store';
import type { ProgressState } from '../progress/progress-schema';
import { startTracking } from './start-tracking';
import type { TrackingAdapter, TrackingContext } from './tracking-adapter';
import type { TrackingSnapshot } from './tracking-events';
import { trackingContextOf } from './tracking-context';
import { useTrackingStatus } from './tracking-status';

const detected = { mode: 'xapi', config: {}, configUrl: 'https://course.example/xapi.json' } as const;

/** A recording adapter: what the runner tells it, in order. */
function recorder(resume?: ProgressState) {
  const updates: TrackingSnapshot[] = [];
  const exits: string[] = [];
  let context: TrackingContext | undefined;
  const adapter: TrackingAdapter = {
    mode: 'xapi',
    start: () => Promise.resolve(resume),
    update: (snapshot) => updates.push(snapshot),
    exit: (reason) => exits.push(reason),
  };
  const load = vi.fn((_detected: unknown, given: TrackingContext) => {
    context = given;
    return Promise.resolve(adapter);
  });
  return { adapter, updates, exits, load, context: () => context };
}

const build = () => Promise.resolve(trackingContextOf(course, lessons(), 'en', '1.0.0'));
const keepRemote = (_local: ProgressState, remote: ProgressState) => remote;

let store: ProgressStoreApi;
beforeEach(() => {
  localStorage.clear();
  store = createProgressStore();
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('startTracking', () => {
  it('sends the progress once connected, and an answer at once', async () => {
    const { updates, load } = recorder();
    const running = await startTracking(detected, store, build, load, keepRemote);
    expect(updates).toHaveLength(1);
    store.getState().startLesson('one');
    expect(updates).toHaveLength(2);
    expect(updates.at(-1)!.events.map((event) => event.key)).toEqual(['lesson-started/one']);
    running!.stop();
  });

  it('waits for a quiet spell before sending a change that is not an event', async () => {
    const { updates, load } = recorder();
    const running = await startTracking(detected, store, build, load, keepRemote);
    store.getState().startLesson('one');
    const before = updates.length;
    store.getState().setPosition('one', 'part-2');
    store.getState().setPosition('one', 'part-3');
    expect(updates).toHaveLength(before);
    vi.advanceTimersByTime(1_000);
    expect(updates).toHaveLength(before + 1);
    expect(updates.at(-1)!.state.lessons.one?.position).toBe('part-3');
    running!.stop();
  });

  it('joins what the LMS kept with the browser’s progress before anything is sent', async () => {
    const remote = completedProgress();
    const { updates, load } = recorder(remote);
    const merge = vi.fn((_local: ProgressState, theirs: ProgressState) => theirs);
    await startTracking(detected, store, build, load, merge);
    expect(merge).toHaveBeenCalledOnce();
    expect(store.getState().quizzes).toEqual(remote.quizzes);
    expect(updates[0]!.status.status).toBe('completed');
  });

  it('ends the session once on pagehide, after sending the last change', async () => {
    const { updates, exits, load } = recorder();
    await startTracking(detected, store, build, load, keepRemote);
    store.getState().startLesson('one');
    store.getState().setPosition('one', 'part-2');
    window.dispatchEvent(new Event('pagehide'));
    window.dispatchEvent(new Event('pagehide'));
    expect(exits).toEqual(['pagehide']);
    expect(updates.at(-1)!.state.lessons.one?.position).toBe('part-2');
    store.getState().completeLesson('one');
    expect(updates.at(-1)!.state.lessons.one?.completedAt).toBeUndefined();
  });

  it('tells the adapter about the course in the learner’s language', async () => {
    const { load, context } = recorder();
    await startTracking(detected, store, () => Promise.resolve(trackingContextOf(course, lessons('es'), 'es', '1.0.0')), load, keepRemote);
    expect(context()).toMatchObject({ language: 'es', course: { title: 'Orientación al cliente', lessonTitles: { one: 'Uno' } } });
    expect(context()!.questions.get('q-final-q1')).toMatchObject({ quizId: 'q-final', lessonSlug: 'final' });
  });

  it('reports plainly, and leaves the course running, when the adapter cannot be loaded', async () => {
    const load = vi.fn(() => Promise.reject(new Error('Loading chunk failed')));
    expect(await startTracking(detected, store, build, load, keepRemote)).toBeUndefined();
    expect(useTrackingStatus.getState()).toMatchObject({ mode: 'xapi', report: { phase: 'error', code: 'unreachable', detail: 'Loading chunk failed' } });
    store.getState().startLesson('one');
    expect(store.getState().lessons.one).toBeDefined();
  });
});
