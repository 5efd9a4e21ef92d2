import { attemptScore, attemptsOf } from '../progress/progress-selectors';
import { useLessonProgress } from '../progress/progress-context';
import type { QuestionInput, QuizSpec } from '../quiz/question-spec';
import { drawQuestions, type AttemptState } from '../quiz/quiz-engine';
import type { PointsScore } from '../quiz/score';
import type { PreviousAttempts } from '../quiz/screens/NewAttemptActions';
import { useLessonSpec } from './lesson-context';

const newSeed = (): number => crypto.getRandomValues(new Uint32Array(1))[0]!;

export interface QuizAttempts {
  /** The quiz's spec from the build; undefined when the lesson has no quiz with this id. */
  spec: QuizSpec | undefined;
  /** The last attempt, finished or not. */
  attempt: AttemptState | undefined;
  previousAttempts: PreviousAttempts | undefined;
  /** Starts a new attempt (the first one, or a retry). */
  start: () => void;
  setDraft: (questionId: string, input: QuestionInput) => void;
  checkAnswer: (questionId: string, input: QuestionInput, score: PointsScore) => void;
  goTo: (position: number) => void;
  finish: () => void;
}

/** The store wiring of one quiz of the current lesson: its spec, its attempts and the actions on them. */
export function useQuizAttempts(id: string): QuizAttempts {
  const lesson = useLessonSpec();
  const spec = lesson.quizzes.find((q) => q.id === id);
  const attempts = useLessonProgress((s) => attemptsOf(s, id));
  const startAttempt = useLessonProgress((s) => s.startAttempt);
  const setDraft = useLessonProgress((s) => s.setDraft);
  const checkAnswer = useLessonProgress((s) => s.checkAnswer);
  const goTo = useLessonProgress((s) => s.goTo);
  const finishAttempt = useLessonProgress((s) => s.finishAttempt);

  const shown = attempts[attempts.length - 1];
  const earlier = attempts.filter((a) => a !== shown && a.finishedAt);
  return {
    spec,
    attempt: shown && { ...shown, finished: Boolean(shown.finishedAt) },
    previousAttempts: earlier.length
      ? {
          count: earlier.length,
          bestPercent: Math.max(...earlier.map((a) => attemptScore(a).percent)),
        }
      : undefined,
    start: () => {
      if (!spec) return;
      const seed = newSeed();
      startAttempt(id, { lessonSlug: lesson.slug, questionIds: drawQuestions(spec, seed), seed });
    },
    setDraft: (questionId, input) => setDraft(id, questionId, input),
    checkAnswer: (questionId, input, score) => checkAnswer(id, questionId, input, score),
    goTo: (position) => goTo(id, position),
    finish: () => finishAttempt(id),
  };
}
