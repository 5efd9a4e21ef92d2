import type { ReactNode } from 'react';
import { attemptScore, attemptsOf } from '../progress/progress-selectors';
import { useProgress } from '../progress/progress-store';
import { percent } from '../quiz/score';
import { QuizView } from '../quiz/QuizView';
import { drawQuestions } from '../quiz/quiz-engine';
import { useLessonSpec } from './lesson-context';

const newSeed = (): number => crypto.getRandomValues(new Uint32Array(1))[0]!;

/** A <Quiz> in a lesson: its spec from the build, its attempts from the store. */
export function ConnectedQuiz({ id, children }: { id: string; children?: ReactNode }) {
  const lesson = useLessonSpec();
  const spec = lesson.quizzes.find((q) => q.id === id);
  const attempts = useProgress((s) => attemptsOf(s, id));
  const startAttempt = useProgress((s) => s.startAttempt);
  const setDraft = useProgress((s) => s.setDraft);
  const checkAnswer = useProgress((s) => s.checkAnswer);
  const goTo = useProgress((s) => s.goTo);
  const finishAttempt = useProgress((s) => s.finishAttempt);
  if (!spec) return null;

  const shown = attempts[attempts.length - 1];
  const earlier = attempts.filter((a) => a !== shown && a.finishedAt);
  const start = () => {
    const seed = newSeed();
    startAttempt(id, { lessonSlug: lesson.slug, questionIds: drawQuestions(spec, seed), seed });
  };
  return (
    <section className="quiz-section" data-position={`quiz-${id}`}>
      <QuizView
        spec={spec}
        attempt={shown && { ...shown, finished: Boolean(shown.finishedAt) }}
        previousAttempts={
          earlier.length
            ? {
                count: earlier.length,
                bestPercent: Math.max(...earlier.map((a) => {
                  const s = attemptScore(a);
                  return percent(s.earned, s.total);
                })),
              }
            : undefined
        }
        onStart={start}
        onRetry={start}
        onDraft={(questionId, input) => setDraft(id, questionId, input)}
        onCheck={(questionId, input, score) => checkAnswer(id, questionId, input, score)}
        onGoTo={(position) => goTo(id, position)}
        onFinish={() => finishAttempt(id)}
      >
        {children}
      </QuizView>
    </section>
  );
}
