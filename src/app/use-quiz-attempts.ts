import { attemptScore, attemptsOf } from '../progress/progress-selectors';
import { useProgress } from '../progress/progress-store';
import type { QuestionInput, QuizSpec } from '../quiz/question-spec';
import { drawQuestions, type AttemptState } from '../quiz/quiz-engine';
import { percent, type PointsScore } from '../quiz/score';
import type { PreviousAttempts } from '../quiz/screens/NewAttemptActions';
import { useLessonSpec } from './lesson-context';

const newSeed = (): number => crypto.getRandomValues(new Uint32Array(1))[0]!;

/** A quiz's mark in the lesson (`data-position`): where a reload brings the learner back to. */
export const quizPosition = (id: string): string => `quiz-${id}`;

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
  const attempts = useProgress((s) => attemptsOf(s, id));
  const startAttempt = useProgress((s) => s.startAttempt);
  const setDraft = useProgress((s) => s.setDraft);
  const checkAnswer = useProgress((s) => s.checkAnswer);
  const goTo = useProgress((s) => s.goTo);
  const finishAttempt = useProgress((s) => s.finishAttempt);
  const setPosition = useProgress((s) => s.setPosition);
  // A learner answering this quiz is at it, wherever the page happens to be scrolled. Only in a
  // lesson the learner opened: the trainers' gallery keeps no lesson entry.
  const here = () => {
    const opened = useProgress.getState().lessons[lesson.slug];
    if (opened && opened.position !== quizPosition(id)) setPosition(lesson.slug, quizPosition(id));
  };

  const shown = attempts[attempts.length - 1];
  const earlier = attempts.filter((a) => a !== shown && a.finishedAt);
  return {
    spec,
    attempt: shown && { ...shown, finished: Boolean(shown.finishedAt) },
    previousAttempts: earlier.length
      ? {
          count: earlier.length,
          bestPercent: Math.max(
            ...earlier.map((a) => {
              const s = attemptScore(a);
              return percent(s.earned, s.total);
            }),
          ),
        }
      : undefined,
    start: () => {
      if (!spec) return;
      const seed = newSeed();
      startAttempt(id, { lessonSlug: lesson.slug, questionIds: drawQuestions(spec, seed), seed });
      here();
    },
    setDraft: (questionId, input) => {
      setDraft(id, questionId, input);
      here();
    },
    checkAnswer: (questionId, input, score) => {
      checkAnswer(id, questionId, input, score);
      here();
    },
    goTo: (position) => {
      goTo(id, position);
      here();
    },
    finish: () => finishAttempt(id),
  };
}
