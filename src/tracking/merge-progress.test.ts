import { emptyProgress, progressStateSchema, type ProgressState, type QuizAttempt } from '../progress/progress-schema';
import { mergeProgress } from './merge-progress';

const at = (minute: number) => new Date(Date.UTC(2026, 11, 4, 9, minute)).toISOString();

const attempt = (id: string, minute: number, extra: Partial<QuizAttempt> = {}): QuizAttempt => ({
  id,
  lessonSlug: 'intro',
  startedAt: at(minute),
  seed: 7,
  questionIds: ['q1', 'q2', 'q3'],
  position: 0,
  drafts: {},
  answers: {},
  ...extra,
});

const answer = (minute: number, earned = 1) => ({ input: { type: 'single-choice' as const, selected: 'a' }, earned, total: 1, checkedAt: at(minute) });

/** This browser: the intro finished, an attempt with two answers, a reflection. */
const local: ProgressState = {
  lessons: {
    intro: { startedAt: at(1), completedAt: at(20), timeSpentMs: 60_000, lastVisitedAt: at(20), position: 'end' },
    habits: { startedAt: at(30), timeSpentMs: 5_000, lastVisitedAt: at(31), position: 'habits-check' },
  },
  quizzes: {
    'intro-check': { attempts: [attempt('a1', 2, { finishedAt: at(5), answers: { q1: answer(3), q2: answer(4), q3: answer(5) } })] },
    'habits-check': { attempts: [attempt('b1', 31, { position: 1, answers: { q1: answer(31) }, drafts: { q2: { type: 'single-choice', selected: 'b' } } })] },
  },
  reflections: { 'intro-note': { text: 'Call customers back the same day.', updatedAt: at(19) } },
  lastLesson: 'habits',
};

/** What the LMS kept from another computer: an earlier start, a later visit, more of one attempt, one attempt this browser never saw. */
const remote: ProgressState = {
  lessons: {
    intro: { startedAt: at(0), timeSpentMs: 90_000, lastVisitedAt: at(40), position: 'key-points' },
    culture: { startedAt: at(41), timeSpentMs: 1_000, lastVisitedAt: at(45) },
  },
  quizzes: {
    'intro-check': {
      attempts: [
        attempt('a1', 2, { answers: { q1: answer(3) } }),
        attempt('a2', 42, { finishedAt: at(44), answers: { q1: answer(43), q2: answer(43), q3: answer(44, 0) } }),
      ],
    },
    'habits-check': { attempts: [attempt('b1', 31, { position: 2, answers: { q1: answer(31), q2: answer(32) } })] },
  },
  reflections: {},
  lastLesson: 'culture',
};

describe('mergeProgress', () => {
  const merged = mergeProgress(local, remote);

  it('gives a valid progress state', () => {
    expect(progressStateSchema.safeParse(merged).success).toBe(true);
  });

  it('keeps every lesson of both sides, with the earliest start, any completion, the most time and the latest visit with its position', () => {
    expect(Object.keys(merged.lessons).sort()).toEqual(['culture', 'habits', 'intro']);
    expect(merged.lessons.intro).toEqual({ startedAt: at(0), completedAt: at(20), timeSpentMs: 90_000, lastVisitedAt: at(40), position: 'key-points' });
    expect(merged.lessons.habits).toEqual(local.lessons.habits);
    expect(merged.lessons.culture).toEqual(remote.lessons.culture);
  });

  it('keeps the earlier of two completions', () => {
    const other = { ...remote, lessons: { intro: { ...remote.lessons.intro!, completedAt: at(15) } } };
    expect(mergeProgress(local, other).lessons.intro?.completedAt).toBe(at(15));
  });

  it('keeps every attempt by id, oldest first, taking the copy that went further', () => {
    expect(merged.quizzes['intro-check']?.attempts.map((a) => a.id)).toEqual(['a1', 'a2']);
    // This browser finished a1; the LMS only saw its first answer.
    expect(merged.quizzes['intro-check']?.attempts[0]).toEqual(local.quizzes['intro-check']!.attempts[0]);
    // The LMS saw b1 go one answer further than this browser.
    expect(merged.quizzes['habits-check']?.attempts).toEqual(remote.quizzes['habits-check']!.attempts);
  });

  it('prefers a finished copy of an attempt over one with more answers but not finished', () => {
    const finished = attempt('c1', 1, { finishedAt: at(3), answers: { q1: answer(2) } });
    const open = attempt('c1', 1, { answers: { q1: answer(2), q2: answer(3) } });
    const withQuiz = (a: QuizAttempt): ProgressState => ({ ...emptyProgress(), quizzes: { q: { attempts: [a] } } });
    expect(mergeProgress(withQuiz(open), withQuiz(finished)).quizzes.q?.attempts).toEqual([finished]);
    expect(mergeProgress(withQuiz(finished), withQuiz(open)).quizzes.q?.attempts).toEqual([finished]);
  });

  it('keeps this browser’s reflections, which the LMS never holds', () => {
    expect(merged.reflections).toEqual(local.reflections);
  });

  it('resumes in the lesson that was visited last, whichever side saw it', () => {
    expect(merged.lastLesson).toBe('culture');
    expect(mergeProgress(local, { ...remote, lastLesson: undefined }).lastLesson).toBe('habits');
    expect(mergeProgress(emptyProgress(), remote).lastLesson).toBe('culture');
  });

  it('changes nothing when a side is merged in again (idempotent)', () => {
    expect(mergeProgress(merged, remote)).toEqual(merged);
    expect(mergeProgress(merged, local)).toEqual(merged);
    expect(mergeProgress(local, local)).toEqual(local);
    expect(mergeProgress(remote, emptyProgress())).toEqual(remote);
  });

  it('gives the same result in either order when the sides do not tie', () => {
    expect(mergeProgress(remote, local)).toEqual(merged);
  });

  it('loses nothing: every lesson, attempt and answer of either side is in the result', () => {
    for (const side of [local, remote]) {
      for (const slug of Object.keys(side.lessons)) expect(merged.lessons[slug]).toBeDefined();
      for (const [quizId, quiz] of Object.entries(side.quizzes)) {
        for (const a of quiz.attempts) {
          const kept = merged.quizzes[quizId]?.attempts.find((m) => m.id === a.id);
          expect(Object.keys(kept?.answers ?? {}).length).toBeGreaterThanOrEqual(Object.keys(a.answers).length);
          if (a.finishedAt !== undefined) expect(kept?.finishedAt).toBeDefined();
        }
      }
    }
  });
});
