import v1Raw from '../../tests/fixtures/progress/v1.json?raw';
import courseV1Raw from '../../tests/fixtures/progress/course/v1.json?raw';
import { CURRENT_VERSION } from './progress-migrations';
import { emptyProgress, type ProgressState } from './progress-schema';
import { currentAttempt } from './progress-selectors';
import { createProgressStore, PROGRESS_KEY, subscribeToOtherTabs, type ProgressStoreApi } from './progress-store';
import { loadProgressMerge, useStorageStatus } from './progress-storage';

const T0 = '2025-03-03T09:00:00.000Z';
const T1 = '2025-03-03T09:05:00.000Z';
const T2 = '2025-03-04T10:00:00.000Z';

const single = (selected: string | null) => ({ type: 'single-choice' as const, selected });
const newAttempt = { lessonSlug: 'intro', questionIds: ['q1', 'q2', 'q3'], seed: 42 };

const savedState = (): unknown => (JSON.parse(localStorage.getItem(PROGRESS_KEY) ?? 'null') as { state?: unknown } | null)?.state;

const dataOf = (store: ProgressStoreApi): ProgressState => {
  const { lessons, quizzes, reflections, lastLesson } = store.getState();
  return { lessons, quizzes, reflections, lastLesson };
};

let store: ProgressStoreApi;

beforeEach(() => {
  vi.setSystemTime(T0);
  useStorageStatus.setState({ notices: [] });
  store = createProgressStore();
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('lessons', () => {
  it('records when a lesson was first started and makes it the last lesson', () => {
    store.getState().startLesson('intro');
    expect(store.getState().lessons.intro).toEqual({ startedAt: T0, lastVisitedAt: T0, timeSpentMs: 0 });
    expect(store.getState().lastLesson).toBe('intro');
  });

  it('keeps the start date and moves the last visit when a lesson is visited again', () => {
    store.getState().startLesson('intro');
    store.getState().startLesson('listening');
    vi.setSystemTime(T1);
    store.getState().startLesson('intro');

    expect(store.getState().lessons.intro).toMatchObject({ startedAt: T0, lastVisitedAt: T1 });
    expect(store.getState().lastLesson).toBe('intro');
  });

  it('adds up the time spent in a lesson', () => {
    store.getState().startLesson('intro');
    store.getState().addTime('intro', 30_000);
    store.getState().addTime('intro', 12_500);
    expect(store.getState().lessons.intro?.timeSpentMs).toBe(42_500);
  });

  it.each([-5, Number.NaN, Number.POSITIVE_INFINITY])('ignores an impossible duration of %s ms', (ms) => {
    store.getState().startLesson('intro');
    store.getState().addTime('intro', ms);
    expect(store.getState().lessons.intro?.timeSpentMs).toBe(0);
  });

  it('remembers the section the learner is at', () => {
    store.getState().startLesson('intro');
    store.getState().setPosition('intro', 'why-it-matters');
    expect(store.getState().lessons.intro?.position).toBe('why-it-matters');
  });

  it('keeps the first completion date when a lesson is completed twice', () => {
    store.getState().startLesson('intro');
    store.getState().completeLesson('intro');
    vi.setSystemTime(T2);
    store.getState().completeLesson('intro');
    expect(store.getState().lessons.intro?.completedAt).toBe(T0);
  });

  it('starts a lesson that is completed, timed or positioned before being started', () => {
    store.getState().completeLesson('a');
    store.getState().addTime('b', 1000);
    store.getState().setPosition('c', 'end');

    for (const slug of ['a', 'b', 'c']) {
      expect(store.getState().lessons[slug]).toMatchObject({ startedAt: T0, lastVisitedAt: T0 });
    }
    expect(store.getState().lastLesson).toBeUndefined();
  });
});

describe('quiz attempts', () => {
  it('appends a new attempt at the first question and returns its id', () => {
    const first = store.getState().startAttempt('quiz-1', newAttempt);
    store.getState().finishAttempt('quiz-1');
    const second = store.getState().startAttempt('quiz-1', { ...newAttempt, seed: 7 });

    const attempts = store.getState().quizzes['quiz-1']?.attempts ?? [];
    expect(attempts.map((attempt) => attempt.id)).toEqual([first, second]);
    expect(first).not.toBe(second);
    expect(attempts[1]).toEqual({
      id: second,
      lessonSlug: 'intro',
      startedAt: T0,
      seed: 7,
      questionIds: ['q1', 'q2', 'q3'],
      position: 0,
      drafts: {},
      answers: {},
    });
  });

  it('keeps the seed a 32-bit unsigned integer', () => {
    store.getState().startAttempt('quiz-1', { ...newAttempt, seed: -1 });
    expect(currentAttempt(store.getState(), 'quiz-1')?.seed).toBe(0xffff_ffff);
  });

  it('gives attempts unique ids when crypto.randomUUID is unavailable', () => {
    vi.stubGlobal('crypto', {});
    const ids = Array.from({ length: 50 }, () => store.getState().startAttempt('quiz-1', newAttempt));
    expect(new Set(ids).size).toBe(50);
    expect(ids.every((id) => id.length > 0)).toBe(true);
  });

  it('keeps a draft selection on the current attempt', () => {
    store.getState().startAttempt('quiz-1', newAttempt);
    store.getState().setDraft('quiz-1', 'q1', single('a'));
    store.getState().setDraft('quiz-1', 'q1', single('b'));
    expect(currentAttempt(store.getState(), 'quiz-1')?.drafts).toEqual({ q1: single('b') });
  });

  it('ignores drafts when no attempt is in progress', () => {
    store.getState().setDraft('quiz-1', 'q1', single('a'));
    store.getState().startAttempt('quiz-1', newAttempt);
    store.getState().finishAttempt('quiz-1');
    store.getState().setDraft('quiz-1', 'q1', single('a'));

    expect(store.getState().quizzes['quiz-1']?.attempts[0]?.drafts).toEqual({});
  });

  it('records a checked answer and drops its draft', () => {
    store.getState().startAttempt('quiz-1', newAttempt);
    store.getState().setDraft('quiz-1', 'q1', single('b'));
    store.getState().setDraft('quiz-1', 'q2', single('a'));
    vi.setSystemTime(T1);
    store.getState().checkAnswer('quiz-1', 'q1', single('a'), { earned: 1, total: 1 });

    const attempt = currentAttempt(store.getState(), 'quiz-1');
    expect(attempt?.answers).toEqual({ q1: { input: single('a'), earned: 1, total: 1, checkedAt: T1 } });
    expect(attempt?.drafts).toEqual({ q2: single('a') });
  });

  it('keeps the first answer when a question is checked again in the same attempt', () => {
    store.getState().startAttempt('quiz-1', newAttempt);
    store.getState().checkAnswer('quiz-1', 'q1', single('b'), { earned: 0, total: 1 });
    store.getState().checkAnswer('quiz-1', 'q1', single('a'), { earned: 1, total: 1 });
    store.getState().setDraft('quiz-1', 'q1', single('a'));

    const attempt = currentAttempt(store.getState(), 'quiz-1');
    expect(attempt?.answers.q1).toMatchObject({ input: single('b'), earned: 0 });
    expect(attempt?.drafts).toEqual({});
  });

  it('ignores an answer to a question that is not in the attempt', () => {
    store.getState().startAttempt('quiz-1', newAttempt);
    store.getState().checkAnswer('quiz-1', 'q9', single('a'), { earned: 1, total: 1 });
    expect(currentAttempt(store.getState(), 'quiz-1')?.answers).toEqual({});
  });

  it('ignores answers once the attempt is finished', () => {
    store.getState().startAttempt('quiz-1', newAttempt);
    store.getState().finishAttempt('quiz-1');
    store.getState().checkAnswer('quiz-1', 'q1', single('a'), { earned: 1, total: 1 });
    expect(store.getState().quizzes['quiz-1']?.attempts[0]?.answers).toEqual({});
  });

  it.each([
    [2, 2],
    [1.7, 1],
    [-3, 0],
    [99, 2],
  ])('moves to question %s as position %s, kept within the attempt', (requested, expected) => {
    store.getState().startAttempt('quiz-1', newAttempt);
    store.getState().goTo('quiz-1', requested);
    expect(currentAttempt(store.getState(), 'quiz-1')?.position).toBe(expected);
  });

  it('finishes the current attempt so that none is in progress', () => {
    store.getState().startAttempt('quiz-1', newAttempt);
    vi.setSystemTime(T1);
    store.getState().finishAttempt('quiz-1');

    expect(store.getState().quizzes['quiz-1']?.attempts[0]?.finishedAt).toBe(T1);
    expect(currentAttempt(store.getState(), 'quiz-1')).toBeUndefined();
  });

  it('keeps the first finish date when an attempt is finished twice', () => {
    store.getState().startAttempt('quiz-1', newAttempt);
    store.getState().finishAttempt('quiz-1');
    vi.setSystemTime(T2);
    store.getState().finishAttempt('quiz-1');
    expect(store.getState().quizzes['quiz-1']?.attempts[0]?.finishedAt).toBe(T0);
  });

  it('leaves other quizzes alone', () => {
    store.getState().startAttempt('quiz-1', newAttempt);
    store.getState().startAttempt('quiz-2', newAttempt);
    store.getState().checkAnswer('quiz-2', 'q1', single('a'), { earned: 1, total: 1 });
    store.getState().finishAttempt('quiz-2');

    expect(currentAttempt(store.getState(), 'quiz-1')?.answers).toEqual({});
  });
});

describe('reflections and reset', () => {
  it('saves the latest text of a reflection with its date', () => {
    store.getState().saveReflection('my-customers', 'First thoughts');
    vi.setSystemTime(T1);
    store.getState().saveReflection('my-customers', 'Second thoughts');
    expect(store.getState().reflections['my-customers']).toEqual({ text: 'Second thoughts', updatedAt: T1 });
  });

  it('empties progress and saves the empty state', () => {
    store.getState().startLesson('intro');
    store.getState().startAttempt('quiz-1', newAttempt);
    store.getState().saveReflection('r', 'text');
    store.getState().resetProgress();

    expect(dataOf(store)).toEqual({ ...emptyProgress(), lastLesson: undefined });
    // Dated, so another tab's older copy does not bring the progress back.
    expect(savedState()).toEqual({ ...emptyProgress(), resetAt: T0 });
  });
});

describe('persistence', () => {
  it('saves only data under cf-progress at the current version', () => {
    store.getState().startLesson('intro');
    const saved = JSON.parse(localStorage.getItem(PROGRESS_KEY) ?? '{}') as { version: number; state: object };
    expect(saved.version).toBe(CURRENT_VERSION);
    expect(Object.keys(saved.state).sort()).toEqual(['lastLesson', 'lessons', 'quizzes', 'reflections']);
  });

  it('keeps everything across a reload', () => {
    store.getState().startLesson('intro');
    store.getState().addTime('intro', 5000);
    store.getState().setPosition('intro', 'quiz-1');
    store.getState().completeLesson('intro');
    store.getState().startAttempt('quiz-1', newAttempt);
    store.getState().checkAnswer('quiz-1', 'q1', single('a'), { earned: 1, total: 1 });
    store.getState().setDraft('quiz-1', 'q2', { type: 'multiple-choice', selected: ['a', 'c'] });
    store.getState().goTo('quiz-1', 1);
    store.getState().saveReflection('r', 'Listen first');

    const reloaded = createProgressStore();
    expect(dataOf(reloaded)).toEqual(dataOf(store));
  });

  it('loads the frozen v1 fixture', () => {
    localStorage.setItem(PROGRESS_KEY, v1Raw);
    const { state } = JSON.parse(v1Raw) as { state: ProgressState };
    expect(dataOf(createProgressStore())).toEqual(state);
  });

  it('opens progress an earlier release saved on the real course with every answer, and merges with it', async () => {
    localStorage.setItem(PROGRESS_KEY, courseV1Raw);
    const { state } = JSON.parse(courseV1Raw) as { state: ProgressState };
    const opened = createProgressStore();
    expect(dataOf(opened)).toEqual(state);

    // A tab of this release adds an answer; a tab still on the earlier release had saved the same.
    opened.getState().saveReflection('new', 'kept too');
    localStorage.setItem(PROGRESS_KEY, courseV1Raw);
    opened.getState().addTime('what-customer-focus-means', 1000);
    await loadProgressMerge();
    await new Promise((resolve) => setTimeout(resolve, 0));
    const reloaded = dataOf(createProgressStore());
    expect(reloaded.quizzes).toEqual(state.quizzes);
    expect(Object.keys(reloaded.reflections).sort()).toEqual([...Object.keys(state.reflections), 'new'].sort());
  });

  it('keeps the progress in memory when the saved data turns unreadable', async () => {
    store.getState().startLesson('intro');
    localStorage.setItem(PROGRESS_KEY, '{broken');
    await store.persist.rehydrate();

    expect(store.getState().lastLesson).toBe('intro');
    expect(useStorageStatus.getState().notices.map((notice) => notice.code)).toEqual(['corrupt']);
  });

  it('clears lastLesson when the saved progress has none', async () => {
    store.getState().startLesson('intro');
    localStorage.setItem(PROGRESS_KEY, JSON.stringify({ state: emptyProgress(), version: CURRENT_VERSION }));
    await store.persist.rehydrate();
    expect(store.getState().lastLesson).toBeUndefined();
  });

  it('picks up what another tab saved under the same key', async () => {
    const unsubscribe = subscribeToOtherTabs(store);
    const otherTab = createProgressStore();
    otherTab.getState().completeLesson('intro');

    window.dispatchEvent(new StorageEvent('storage', { key: PROGRESS_KEY }));
    await vi.waitFor(() => expect(store.getState().lessons.intro?.completedAt).toBe(T0));

    unsubscribe();
    otherTab.getState().completeLesson('listening');
    window.dispatchEvent(new StorageEvent('storage', { key: PROGRESS_KEY }));
    await Promise.resolve();
    expect(store.getState().lessons.listening).toBeUndefined();
    // Saves waiting for the merge land now, not in the next test's storage.
    await loadProgressMerge();
    await new Promise((resolve) => setTimeout(resolve, 0));
  });

  it('ignores storage events for other keys', async () => {
    const unsubscribe = subscribeToOtherTabs(store);
    const otherTab = createProgressStore();
    otherTab.getState().completeLesson('intro');

    window.dispatchEvent(new StorageEvent('storage', { key: 'cf-language' }));
    await loadProgressMerge();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(store.getState().lessons.intro).toBeUndefined();
    unsubscribe();
  });
});

/** Lets a save that waited for the merge (progress-merge.ts, loaded on first need) happen. */
const settle = async () => {
  await loadProgressMerge();
  await new Promise((resolve) => setTimeout(resolve, 0));
};

/** Two tabs of the course on one device: two stores on one storage, each told of the other's saves when the test says so. */
function twoTabs() {
  const tabs = [createProgressStore(), createProgressStore()] as const;
  const stops = tabs.map((tab) => {
    const listeners: Array<(event: StorageEvent) => void> = [];
    const add = vi.spyOn(window, 'addEventListener').mockImplementation((_type, listener) => listeners.push(listener as (event: StorageEvent) => void));
    const stop = subscribeToOtherTabs(tab);
    add.mockRestore();
    return { stop, deliver: () => listeners.forEach((listener) => listener(new StorageEvent('storage', { key: PROGRESS_KEY }))) };
  });
  /** The browser tells `tab` of the other's last save. */
  const deliverTo = async (tab: 0 | 1) => {
    stops[tab]!.deliver();
    await settle();
  };
  return { tabs, deliverTo, close: () => stops.forEach(({ stop }) => stop()) };
}

const answersIn = (state: ProgressState, quizId: string) => Object.keys(currentAttempt(state, quizId)?.answers ?? {}).sort();

describe('two tabs', () => {
  it('keeps every answer of both when they answer different quizzes before hearing of each other', async () => {
    const { tabs: [a, b], close } = twoTabs();
    a.getState().startAttempt('quiz-1', newAttempt);
    b.getState().startAttempt('quiz-2', newAttempt);
    a.getState().checkAnswer('quiz-1', 'q1', single('a'), { earned: 1, total: 1 });
    b.getState().checkAnswer('quiz-2', 'q2', single('b'), { earned: 0, total: 1 });
    a.getState().checkAnswer('quiz-1', 'q3', single('c'), { earned: 1, total: 1 });
    await settle();

    const reloaded = createProgressStore().getState();
    expect(answersIn(reloaded, 'quiz-1')).toEqual(['q1', 'q3']);
    expect(answersIn(reloaded, 'quiz-2')).toEqual(['q2']);
    close();
  });

  it('keeps every answer when both answer questions of one attempt, interleaved, whichever saves last', async () => {
    const { tabs: [a, b], deliverTo, close } = twoTabs();
    a.getState().startAttempt('quiz-1', newAttempt);
    await deliverTo(1);
    a.getState().checkAnswer('quiz-1', 'q1', single('a'), { earned: 1, total: 1 });
    vi.setSystemTime(T1);
    b.getState().checkAnswer('quiz-1', 'q2', single('b'), { earned: 0, total: 1 });
    a.getState().setDraft('quiz-1', 'q3', single('c'));
    await settle();
    expect(answersIn(createProgressStore().getState(), 'quiz-1')).toEqual(['q1', 'q2']);

    // Each tab, once told, shows both answers and keeps its own place.
    await deliverTo(0);
    await deliverTo(1);
    expect(answersIn(a.getState(), 'quiz-1')).toEqual(['q1', 'q2']);
    expect(answersIn(b.getState(), 'quiz-1')).toEqual(['q1', 'q2']);
    expect(currentAttempt(a.getState(), 'quiz-1')?.drafts.q3).toEqual(single('c'));
    close();
  });

  it('stops when neither tab has anything new, instead of answering each other forever', async () => {
    const { tabs: [a, b], deliverTo, close } = twoTabs();
    a.getState().saveReflection('r', 'Listen first');
    await deliverTo(1);
    const saves = vi.spyOn(Storage.prototype, 'setItem');
    const before = b.getState();
    await deliverTo(1);
    expect(b.getState()).toBe(before);
    expect(saves).not.toHaveBeenCalled();
    close();
  });

  /**
   * Tab a completes a lesson that tab b hears of; b then replaces all progress and a saves again
   * from its older copy. Checks that neither the saved copy nor a, once it hears, has the lesson back.
   */
  async function replacedInTheOtherTab(replace: (b: ProgressStoreApi) => void) {
    const { tabs: [a, b], deliverTo, close } = twoTabs();
    a.getState().completeLesson('intro');
    await deliverTo(1);
    vi.setSystemTime(T1);
    replace(b);
    a.getState().addTime('intro', 1000);
    await settle();
    expect(createProgressStore().getState().lessons).toEqual({});

    await deliverTo(0);
    expect(a.getState().lessons).toEqual({});
    close();
    return a;
  }

  it("does not bring back progress another tab reset, on the tab's next save", async () => {
    await replacedInTheOtherTab((b) => b.getState().resetProgress());
  });

  it("keeps a restored backup whole: another tab's older progress does not merge back into it", async () => {
    const restored = { ...emptyProgress(), reflections: { r: { text: 'from the backup', updatedAt: T0 } } };
    const a = await replacedInTheOtherTab((b) => b.getState().replaceAll(restored, true));
    expect(a.getState().reflections).toEqual(restored.reflections);
  });
});

describe('restoring a backup', () => {
  const backupKey = `${PROGRESS_KEY}.backup.${T0}`;

  it('replaces progress with a readable backup, keeps the backup and reports it', async () => {
    const backup = { ...emptyProgress(), lastLesson: 'listening', reflections: { r: { text: 'kept', updatedAt: T0 } } };
    localStorage.setItem(backupKey, JSON.stringify({ state: backup, version: CURRENT_VERSION }));
    useStorageStatus.setState({ notices: [{ code: 'corrupt', backupKey, at: T0 }] });
    store.getState().startLesson('intro');

    vi.setSystemTime(T1);
    expect(await store.getState().restoreBackup(backupKey)).toBe('restored');

    expect(dataOf(store)).toEqual(backup);
    // Dated, so another tab's copy from before the restore does not mix back in.
    expect(savedState()).toEqual({ ...backup, resetAt: T1 });
    expect(localStorage.getItem(backupKey)).not.toBeNull();
    expect(useStorageStatus.getState().notices).toEqual([{ code: 'restored-from-backup', backupKey, at: T1 }]);
  });

  it('leaves progress alone when the backup cannot be used', async () => {
    store.getState().startLesson('intro');
    localStorage.setItem(backupKey, '{broken');

    expect(await store.getState().restoreBackup(backupKey)).toBe('corrupt');
    expect(await store.getState().restoreBackup(`${backupKey}.2`)).toBe('missing');
    expect(store.getState().lastLesson).toBe('intro');
  });
});
