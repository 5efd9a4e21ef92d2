import { lessonSpec, quizSpec } from '../../tests/support/lesson-specs';
import { emptyProgress, type AnswerRecord, type ProgressState, type QuizAttempt } from './progress-schema';
import {
  attemptScore,
  attemptsOf,
  bestFinishedAttempt,
  courseProgress,
  currentAttempt,
  hasProgress,
  lastFinishedAttempt,
  lessonAttempts,
  lessonChecks,
  lessonScore,
  lessonStatus,
  quizPassed,
  resumeLesson,
} from './progress-selectors';

const T0 = '2025-03-03T09:00:00.000Z';
const T1 = '2025-03-03T09:30:00.000Z';

const answer = (earned: number, total = 1): AnswerRecord => ({
  input: { type: 'single-choice', selected: 'a' },
  earned,
  total,
  checkedAt: T0,
});

function attempt(id: string, answers: Record<string, AnswerRecord> = {}, extra: Partial<QuizAttempt> = {}): QuizAttempt {
  return {
    id,
    lessonSlug: 'intro',
    startedAt: T0,
    finishedAt: T1,
    seed: 1,
    questionIds: ['q1', 'q2', 'q3', 'q4'],
    position: 0,
    drafts: {},
    answers,
    ...extra,
  };
}

const withAttempts = (quizzes: Record<string, QuizAttempt[]>, state = emptyProgress()): ProgressState => ({
  ...state,
  quizzes: Object.fromEntries(Object.entries(quizzes).map(([id, attempts]) => [id, { attempts }])),
});

const withLessons = (lessons: Record<string, 'in-progress' | 'completed'>, lastLesson?: string): ProgressState => ({
  ...emptyProgress(),
  lastLesson,
  lessons: Object.fromEntries(
    Object.entries(lessons).map(([slug, status]) => [
      slug,
      { startedAt: T0, lastVisitedAt: T0, timeSpentMs: 0, ...(status === 'completed' ? { completedAt: T1 } : {}) },
    ]),
  ),
});

describe('attempts', () => {
  const finished = attempt('a1');
  const inProgress = attempt('a2', {}, { finishedAt: undefined });

  it('lists no attempts for a quiz never started, always the same empty list', () => {
    expect(attemptsOf(emptyProgress(), 'quiz-1')).toEqual([]);
    expect(attemptsOf(emptyProgress(), 'quiz-1')).toBe(attemptsOf(emptyProgress(), 'quiz-2'));
  });

  it('finds the current attempt only while the last one is unfinished', () => {
    expect(currentAttempt(withAttempts({ q: [finished, inProgress] }), 'q')).toBe(inProgress);
    expect(currentAttempt(withAttempts({ q: [inProgress, finished] }), 'q')).toBeUndefined();
    expect(currentAttempt(emptyProgress(), 'q')).toBeUndefined();
  });

  it('finds the last finished attempt, skipping one in progress', () => {
    const later = attempt('a3');
    expect(lastFinishedAttempt(withAttempts({ q: [finished, later, inProgress] }), 'q')).toBe(later);
    expect(lastFinishedAttempt(withAttempts({ q: [inProgress] }), 'q')).toBeUndefined();
  });

  it('picks the finished attempt with the highest share of points as the best', () => {
    const low = attempt('low', { q1: answer(1) });
    const high = attempt('high', { q1: answer(1), q2: answer(1) });
    const unfinishedPerfect = attempt('open', { q1: answer(1), q2: answer(1), q3: answer(1), q4: answer(1) }, { finishedAt: undefined });
    expect(bestFinishedAttempt(withAttempts({ q: [low, high, unfinishedPerfect] }), 'q')).toBe(high);
  });
});

describe('attemptScore', () => {
  it('counts every question in the attempt as one, a half-right one as half and an unanswered one as none', () => {
    const scored = attempt('a', { q1: answer(1), q3: answer(1, 2) });
    expect(attemptScore(scored)).toEqual({ earned: 1.5, total: 4, percent: 38, answered: 2 });
  });

  it('ignores answers to questions outside the attempt', () => {
    expect(attemptScore(attempt('a', { other: answer(1) }))).toEqual({ earned: 0, total: 4, percent: 0, answered: 0 });
  });
});

describe('hasProgress', () => {
  it('is false for a learner who has done nothing, true once a lesson, an attempt or a reflection is saved', () => {
    expect(hasProgress(emptyProgress())).toBe(false);
    expect(hasProgress(withAttempts({ 'quiz-a': [] }))).toBe(false);
    expect(hasProgress(withLessons({ intro: 'in-progress' }))).toBe(true);
    expect(hasProgress(withAttempts({ 'quiz-a': [attempt('a1')] }))).toBe(true);
    expect(hasProgress({ ...emptyProgress(), reflections: { r: { text: '', updatedAt: T0 } } })).toBe(true);
  });
});

describe('lessonStatus', () => {
  it.each([
    ['not-started', {}],
    ['in-progress', { intro: 'in-progress' }],
    ['completed', { intro: 'completed' }],
  ] as const)('is %s', (status, lessons) => {
    expect(lessonStatus(withLessons(lessons), 'intro')).toBe(status);
  });
});

describe('lessonScore', () => {
  const quizA = quizSpec('quiz-a', 4);
  const quizB = quizSpec('quiz-b', 6, { draw: 4 });
  const lesson = lessonSpec('intro', [quizA, quizB]);

  it('is undefined for a lesson without quizzes', () => {
    expect(lessonScore(emptyProgress(), lessonSpec('reading'))).toBeUndefined();
  });

  it('is undefined until a quiz in the lesson has a finished attempt', () => {
    const state = withAttempts({ 'quiz-a': [attempt('open', { q1: answer(1) }, { finishedAt: undefined })] });
    expect(lessonScore(state, lesson)).toBeUndefined();
  });

  it("uses each quiz's best finished attempt", () => {
    const state = withAttempts({
      'quiz-a': [attempt('a1', { q1: answer(1), q2: answer(1), q3: answer(1), q4: answer(1) }), attempt('a2', { q1: answer(1) })],
      'quiz-b': [attempt('b1', { q1: answer(1), q2: answer(1) }), attempt('b2', {})],
    });
    expect(lessonScore(state, lesson)).toBe(75);
  });

  it('counts a quiz not yet finished as nothing earned out of the questions it draws', () => {
    const state = withAttempts({ 'quiz-a': [attempt('a1', { q1: answer(1), q2: answer(1), q3: answer(1), q4: answer(1) })] });
    expect(lessonScore(state, lesson)).toBe(50);
  });

  it('weighs every question the same across quizzes: a scenario half-way to its best path counts as half a question', () => {
    const scenario = quizSpec('scenario', 1);
    const state = withAttempts({
      'quiz-a': [attempt('a1', { q1: answer(1), q2: answer(1), q3: answer(1), q4: answer(1) })],
      scenario: [attempt('s1', { q1: answer(2, 4) }, { questionIds: ['q1'] })],
    });
    expect(lessonScore(state, lessonSpec('intro', [quizA, scenario]))).toBe(90);
  });
});

describe('lessonChecks', () => {
  const quiz = quizSpec('quiz-a', 4);
  const scenario = { ...quizSpec('scenario-a', 1), standalone: true as const };
  scenario.questions = [
    {
      type: 'scenario', id: 'scenario-a', bestPoints: 3,
      steps: [{ id: 'start', text: '', end: true, options: [] }],
    },
  ] as typeof scenario.questions;
  const lesson = lessonSpec('intro', [quiz, scenario]);

  it('names each check of the lesson with what it scored, a check not done as nothing of its questions', () => {
    const state = withAttempts({ 'quiz-a': [attempt('a1', { q1: answer(1), q2: answer(1), q3: answer(1), q4: answer(0) })] });
    expect(lessonChecks(state, lesson)).toEqual([
      { id: 'quiz-a', check: 'quiz', earned: 3, total: 4, finished: true },
      { id: 'scenario-a', check: 'scenario', earned: 0, total: 1, finished: false },
    ]);
  });

  it('adds up to the lesson score, a scenario on its best path counting as one question right', () => {
    const state = withAttempts({
      'quiz-a': [attempt('a1', { q1: answer(1), q2: answer(1), q3: answer(1), q4: answer(0) })],
      'scenario-a': [attempt('s1', { 'scenario-a': answer(3, 3) }, { questionIds: ['scenario-a'] })],
    });
    const checks = lessonChecks(state, lesson);
    expect(checks.map((check) => [check.check, check.earned, check.total])).toEqual([['quiz', 3, 4], ['scenario', 1, 1]]);
    expect(lessonScore(state, lesson)).toBe(80);
  });
});

describe('lessonAttempts', () => {
  const lesson = lessonSpec('intro', [quizSpec('quiz-a', 4), quizSpec('scenario-a', 1)]);
  const open = (id: string) => attempt(id, { q1: answer(1) }, { finishedAt: undefined });

  it('counts one attempt after one pass through a lesson with a quiz and a scenario', () => {
    const state = withAttempts({ 'quiz-a': [attempt('a1')], 'scenario-a': [attempt('s1')] });
    expect(lessonAttempts(state, lesson)).toEqual({ finished: 1, inProgress: false });
  });

  it('counts "Try again" with one answer as an attempt under way, not a finished one', () => {
    const state = withAttempts({ 'quiz-a': [attempt('a1'), open('a2')], 'scenario-a': [attempt('s1')] });
    expect(lessonAttempts(state, lesson)).toEqual({ finished: 1, inProgress: true });
  });

  it('counts the check the learner went through most often', () => {
    const state = withAttempts({ 'quiz-a': [attempt('a1'), attempt('a2'), attempt('a3')], 'scenario-a': [attempt('s1')] });
    expect(lessonAttempts(state, lesson)).toEqual({ finished: 3, inProgress: false });
  });

  it('sees a first pass that stopped halfway as under way, with nothing finished', () => {
    expect(lessonAttempts(withAttempts({ 'quiz-a': [open('a1')] }), lesson)).toEqual({ finished: 0, inProgress: true });
  });

  it('counts a scenario still under way after the quiz was done as part of the first attempt', () => {
    const state = withAttempts({ 'quiz-a': [attempt('a1')], 'scenario-a': [open('s1')] });
    expect(lessonAttempts(state, lesson)).toEqual({ finished: 1, inProgress: false });
  });

  it('is nothing for a lesson never tried', () => {
    expect(lessonAttempts(emptyProgress(), lesson)).toEqual({ finished: 0, inProgress: false });
  });
});

describe('quizPassed', () => {
  const passing = attempt('a', { q1: answer(1), q2: answer(1), q3: answer(1) });

  it('is undefined when the quiz has no pass mark', () => {
    expect(quizPassed(passing, quizSpec('q', 4))).toBeUndefined();
  });

  it('passes at exactly the pass mark and fails below it', () => {
    expect(quizPassed(passing, quizSpec('q', 4, { passMark: 75 }))).toBe(true);
    expect(quizPassed(passing, quizSpec('q', 4, { passMark: 76 }))).toBe(false);
  });
});

describe('courseProgress', () => {
  const lessons = ['a', 'b', 'c'].map((slug) => lessonSpec(slug));

  it('counts completed lessons of the course only', () => {
    const state = withLessons({ a: 'completed', b: 'in-progress', retired: 'completed' });
    expect(courseProgress(state, lessons)).toEqual({ completed: 1, total: 3, percent: 33 });
  });

  it('is 0% for a course without lessons', () => {
    expect(courseProgress(emptyProgress(), [])).toEqual({ completed: 0, total: 0, percent: 0 });
  });
});

describe('resumeLesson', () => {
  const lessons = ['a', 'b', 'c'].map((slug) => lessonSpec(slug));

  it('continues the last lesson while it is not completed', () => {
    expect(resumeLesson(withLessons({ a: 'in-progress', c: 'in-progress' }, 'c'), lessons)).toBe('c');
  });

  it('moves to the first lesson not completed once the last one is', () => {
    expect(resumeLesson(withLessons({ a: 'completed', b: 'in-progress', c: 'completed' }, 'c'), lessons)).toBe('b');
  });

  it('starts with the first lesson when nothing was visited', () => {
    expect(resumeLesson(emptyProgress(), lessons)).toBe('a');
  });

  it('skips a last lesson that is no longer in the course', () => {
    expect(resumeLesson(withLessons({ retired: 'in-progress', a: 'completed' }, 'retired'), lessons)).toBe('b');
  });

  it('is undefined when every lesson is completed', () => {
    expect(resumeLesson(withLessons({ a: 'completed', b: 'completed', c: 'completed' }, 'c'), lessons)).toBeUndefined();
  });
});
