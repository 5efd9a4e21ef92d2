import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { QuestionInput, QuizSpec } from './question-spec';
import type { AttemptState } from './quiz-engine';
import type { PointsScore } from './score';
import type { PreviousAttempts } from './screens/NewAttemptActions';
import { QuestionStep } from './screens/QuestionStep';
import { ResultScreen } from './screens/ResultScreen';
import { StartScreen } from './screens/StartScreen';
import { findQuestionElement } from './slots';
import './quiz.css';

export interface QuizViewProps {
  spec: QuizSpec;
  /** The MDX question elements; each is found by its `id` prop and gives only rich content. */
  children?: ReactNode;
  /** Undefined until the learner starts: the start screen shows. */
  attempt: AttemptState | undefined;
  previousAttempts?: PreviousAttempts;
  onStart: () => void;
  onDraft: (questionId: string, input: QuestionInput) => void;
  onCheck: (questionId: string, input: QuestionInput, score: PointsScore) => void;
  onGoTo: (position: number) => void;
  onFinish: () => void;
  onRetry: () => void;
}

type FocusTarget = { kind: 'question'; position: number } | { kind: 'result' };

/**
 * A quiz, one question at a time. Presentational: the attempt comes in as a
 * prop and every change goes out through a callback, so the store (or a test
 * harness) owns the state.
 */
export function QuizView({
  spec,
  children,
  attempt,
  previousAttempts,
  onStart,
  onDraft,
  onCheck,
  onGoTo,
  onFinish,
  onRetry,
}: QuizViewProps) {
  const { t } = useTranslation('quiz');
  const titleId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  // Focus moves only after the learner acts, never on first render (a resumed attempt must not steal focus).
  const pendingFocus = useRef<FocusTarget | null>(null);

  useEffect(() => {
    const target = pendingFocus.current;
    if (!target || !attempt) return;
    const arrived =
      target.kind === 'result' ? attempt.finished : !attempt.finished && attempt.position === target.position;
    if (!arrived) return;
    pendingFocus.current = null;
    headingRef.current?.focus();
  });

  const goTo = (position: number) => {
    pendingFocus.current = { kind: 'question', position };
    onGoTo(position);
  };
  const start = (action: () => void) => () => {
    pendingFocus.current = { kind: 'question', position: 0 };
    action();
  };
  const finish = () => {
    pendingFocus.current = { kind: 'result' };
    onFinish();
  };

  let body: ReactNode;
  if (!attempt) {
    body = <StartScreen spec={spec} previousAttempts={previousAttempts} onStart={start(onStart)} />;
  } else if (attempt.finished) {
    body = (
      <ResultScreen
        spec={spec}
        attempt={attempt}
        previousAttempts={previousAttempts}
        headingRef={headingRef}
        onRetry={start(onRetry)}
      />
    );
  } else {
    const count = attempt.questionIds.length;
    const position = Math.min(Math.max(0, attempt.position), count - 1);
    const questionId = attempt.questionIds[position];
    const question = spec.questions.find((q) => q.id === questionId);
    const isLast = position === count - 1;
    body = (
      <>
        <div className="quiz-progress">
          {/* The lesson page brings a reloaded learner back to this heading (data-resume-focus). */}
          <h3 ref={headingRef} tabIndex={-1} className="quiz-progress-label" data-resume-focus="">
            {t('progress', { current: position + 1, total: count })}
          </h3>
          <div className="quiz-progress-bar" aria-hidden="true">
            <div style={{ inlineSize: `${((position + 1) / count) * 100}%` }} />
          </div>
        </div>
        {question && (
          <QuestionStep
            key={question.id}
            type={question.type}
            spec={question}
            content={findQuestionElement(children, question.id)?.props.children}
            seed={attempt.seed}
            draft={attempt.drafts[question.id]}
            answer={attempt.answers[question.id]}
            nextLabel={isLast ? t('seeResult') : t('next')}
            onDraft={onDraft}
            onCheck={onCheck}
            onNext={isLast ? finish : () => goTo(position + 1)}
          />
        )}
      </>
    );
  }

  return (
    <section className="quiz" aria-labelledby={titleId}>
      <h2 id={titleId} className="quiz-title">
        {spec.title ?? t('defaultTitle')}
      </h2>
      {body}
    </section>
  );
}
