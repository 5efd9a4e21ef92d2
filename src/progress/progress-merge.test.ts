import fc from 'fast-check';
import { mergeProgress } from './progress-merge';
import type { AnswerRecord, ProgressState, QuizAttempt } from './progress-schema';

const day = (n: number) => new Date(Date.UTC(2025, 2, 1 + n)).toISOString();
const QUESTIONS = ['q1', 'q2', 'q3'];

// Few values on purpose: two tabs often touch the same lesson, attempt and question, with equal times.
const date = fc.integer({ min: 0, max: 4 }).map(day);
const input = fc.constantFrom('a', 'b').map((selected) => ({ type: 'single-choice' as const, selected }));
const answer: fc.Arbitrary<AnswerRecord> = fc.record({ input, earned: fc.constantFrom(0, 1), total: fc.constant(1), checkedAt: date });

/** An attempt's id fixes what is fixed when it starts (a UUID in the app), as in two tabs sharing it. */
const attempt: fc.Arbitrary<QuizAttempt> = fc
  .record({
    n: fc.integer({ min: 0, max: 3 }),
    finishedAt: fc.option(date, { nil: undefined }),
    position: fc.integer({ min: 0, max: 2 }),
    answers: fc.dictionary(fc.constantFrom(...QUESTIONS), answer),
    drafts: fc.dictionary(fc.constantFrom(...QUESTIONS), input),
  })
  .map(({ n, finishedAt, position, answers, drafts }) => ({
    id: `attempt-${String(n)}`,
    lessonSlug: 'intro',
    startedAt: day(n),
    seed: n,
    questionIds: QUESTIONS,
    position,
    drafts: Object.fromEntries(Object.entries(drafts).filter(([id]) => !(id in answers))),
    answers,
    ...(finishedAt ? { finishedAt } : {}),
  }));

const attempts = fc
  .uniqueArray(attempt, { selector: (a) => a.id, maxLength: 3 })
  .map((list) => ({ attempts: [...list].sort((a, b) => a.startedAt.localeCompare(b.startedAt)) }));

const lesson = fc
  .record({ start: date, visit: date, completedAt: fc.option(date, { nil: undefined }), timeSpentMs: fc.nat(9), position: fc.option(fc.constantFrom('s1', 's2'), { nil: undefined }) })
  .map(({ start, visit, completedAt, timeSpentMs, position }) => ({
    startedAt: start < visit ? start : visit,
    lastVisitedAt: start < visit ? visit : start,
    timeSpentMs,
    ...(completedAt ? { completedAt } : {}),
    ...(position ? { position } : {}),
  }));

const progress: fc.Arbitrary<ProgressState> = fc
  .record({
    lessons: fc.dictionary(fc.constantFrom('intro', 'listening'), lesson),
    quizzes: fc.dictionary(fc.constantFrom('quiz-1', 'quiz-2'), attempts),
    reflections: fc.dictionary(fc.constantFrom('r1', 'r2'), fc.record({ text: fc.constantFrom('one', 'two'), updatedAt: date })),
  })
  .map((state) => {
    const visited = Object.entries(state.lessons).sort(([, a], [, b]) => b.lastVisitedAt.localeCompare(a.lastVisitedAt))[0];
    return visited ? { ...state, lastLesson: visited[0] } : state;
  });

/** What was saved, without a tab's own place (which selection a draft holds, the reading mark). */
function saved(state: ProgressState) {
  return {
    ...state,
    lessons: Object.fromEntries(Object.entries(state.lessons).map(([slug, { position: _position, ...rest }]) => [slug, rest])),
    quizzes: Object.fromEntries(
      Object.entries(state.quizzes).map(([id, quiz]) => [
        id,
        quiz.attempts.map(({ drafts, ...rest }) => ({ ...rest, drafted: Object.keys(drafts).sort() })),
      ]),
    ),
  };
}

const answersOf = (state: ProgressState) =>
  Object.entries(state.quizzes).flatMap(([quizId, quiz]) =>
    quiz.attempts.flatMap((a) => Object.entries(a.answers).map(([questionId, record]) => ({ quizId, attemptId: a.id, questionId, record }))),
  );

const findAnswer = (state: ProgressState, quizId: string, attemptId: string, questionId: string) =>
  state.quizzes[quizId]?.attempts.find((a) => a.id === attemptId)?.answers[questionId];

describe('mergeProgress', () => {
  it('never drops an attempt or a checked answer of either side', () => {
    fc.assert(
      fc.property(progress, progress, (ours, theirs) => {
        const merged = mergeProgress(ours, theirs);
        for (const { quizId, attemptId, questionId } of [...answersOf(ours), ...answersOf(theirs)]) {
          expect(findAnswer(merged, quizId, attemptId, questionId)).toBeDefined();
        }
        for (const [quizId, quiz] of [...Object.entries(ours.quizzes), ...Object.entries(theirs.quizzes)]) {
          for (const a of quiz.attempts) expect(merged.quizzes[quizId]?.attempts.map((m) => m.id)).toContain(a.id);
        }
      }),
    );
  });

  it('keeps the first check of a question checked in both tabs, as one tab would', () => {
    fc.assert(
      fc.property(progress, progress, (ours, theirs) => {
        const merged = mergeProgress(ours, theirs);
        for (const { quizId, attemptId, questionId, record } of answersOf(merged)) {
          const candidates = [findAnswer(ours, quizId, attemptId, questionId), findAnswer(theirs, quizId, attemptId, questionId)].filter(Boolean);
          expect(candidates).toContainEqual(record);
          for (const other of candidates) expect(record.checkedAt <= other!.checkedAt).toBe(true);
        }
      }),
    );
  });

  it('gives the same saved progress whichever tab merges (commutative)', () => {
    fc.assert(
      fc.property(progress, progress, (a, b) => {
        expect(saved(mergeProgress(a, b))).toEqual(saved(mergeProgress(b, a)));
      }),
    );
  });

  it('gives the same saved progress however three tabs are grouped (associative)', () => {
    fc.assert(
      fc.property(progress, progress, progress, (a, b, c) => {
        const left = saved(mergeProgress(mergeProgress(a, b), c));
        const right = saved(mergeProgress(a, mergeProgress(b, c)));
        expect({ ...left, lastLesson: undefined }).toEqual({ ...right, lastLesson: undefined });
      }),
    );
  });

  it('returns its own progress, the same object, when the other tab has nothing new (idempotent)', () => {
    fc.assert(
      fc.property(progress, (state) => {
        expect(mergeProgress(state, state)).toBe(state);
        expect(mergeProgress(state, structuredClone(state))).toBe(state);
      }),
    );
  });

  it("keeps the tab's own unchecked selection, and the furthest question on screen", () => {
    const base: QuizAttempt = { id: 'x', lessonSlug: 'intro', startedAt: day(0), seed: 1, questionIds: QUESTIONS, position: 0, drafts: {}, answers: {} };
    const ours: ProgressState = { lessons: {}, reflections: {}, quizzes: { quiz: { attempts: [{ ...base, position: 2, drafts: { q1: { type: 'single-choice', selected: 'a' } } }] } } };
    const theirs: ProgressState = {
      lessons: {},
      reflections: {},
      quizzes: { quiz: { attempts: [{ ...base, drafts: { q1: { type: 'single-choice', selected: 'b' }, q2: { type: 'single-choice', selected: 'b' } } }] } },
    };
    const [merged] = mergeProgress(ours, theirs).quizzes.quiz!.attempts;
    expect(merged?.position).toBe(2);
    expect(merged?.drafts).toEqual({ q1: { type: 'single-choice', selected: 'a' }, q2: { type: 'single-choice', selected: 'b' } });
  });

  it('drops a draft once the question is checked in the other tab', () => {
    const base: QuizAttempt = { id: 'x', lessonSlug: 'intro', startedAt: day(0), seed: 1, questionIds: QUESTIONS, position: 0, drafts: {}, answers: {} };
    const ours: ProgressState = { lessons: {}, reflections: {}, quizzes: { quiz: { attempts: [{ ...base, drafts: { q1: { type: 'single-choice', selected: 'a' } } }] } } };
    const checked = { input: { type: 'single-choice' as const, selected: 'b' }, earned: 1, total: 1, checkedAt: day(1) };
    const theirs: ProgressState = { lessons: {}, reflections: {}, quizzes: { quiz: { attempts: [{ ...base, answers: { q1: checked } }] } } };
    const [merged] = mergeProgress(ours, theirs).quizzes.quiz!.attempts;
    expect(merged).toMatchObject({ drafts: {}, answers: { q1: checked } });
  });

  it('keeps the later edit of a reflection and the lesson visited last', () => {
    const ours: ProgressState = {
      lessons: { intro: { startedAt: day(0), lastVisitedAt: day(1), timeSpentMs: 5 } },
      quizzes: {},
      reflections: { r: { text: 'old', updatedAt: day(0) } },
      lastLesson: 'intro',
    };
    const theirs: ProgressState = {
      lessons: { listening: { startedAt: day(2), lastVisitedAt: day(2), timeSpentMs: 1 } },
      quizzes: {},
      reflections: { r: { text: 'new', updatedAt: day(3) } },
      lastLesson: 'listening',
    };
    const merged = mergeProgress(ours, theirs);
    expect(merged.reflections.r?.text).toBe('new');
    expect(merged.lastLesson).toBe('listening');
    expect(Object.keys(merged.lessons)).toEqual(['intro', 'listening']);
  });

  it('lets a later reset win whole, so a tab opened before it does not bring the progress back', () => {
    fc.assert(
      fc.property(progress, progress, (before, after) => {
        const reset = { ...after, resetAt: day(5) };
        expect(mergeProgress(before, reset)).toBe(reset);
        expect(mergeProgress(reset, before)).toBe(reset);
      }),
    );
  });
});
