import type { ReactNode } from 'react';
import { QuizView } from '../quiz/QuizView';
import { useQuizAttempts } from './use-quiz-attempts';

/** A <Quiz> in a lesson: its spec from the build, its attempts from the store. */
export function ConnectedQuiz({ id, children }: { id: string; children?: ReactNode }) {
  const quiz = useQuizAttempts(id);
  if (!quiz.spec) return null;
  return (
    <section className="quiz-section" data-position={`quiz-${id}`}>
      <QuizView
        spec={quiz.spec}
        attempt={quiz.attempt}
        previousAttempts={quiz.previousAttempts}
        onStart={quiz.start}
        onRetry={quiz.start}
        onDraft={quiz.setDraft}
        onCheck={quiz.checkAnswer}
        onGoTo={quiz.goTo}
        onFinish={quiz.finish}
      >
        {children}
      </QuizView>
    </section>
  );
}
