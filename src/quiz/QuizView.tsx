import { useEffect, useId, useRef, useState, type ReactNode, type RefObject } from 'react';
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

interface AttemptStepProps {
  spec: QuizSpec;
  /** The quiz's MDX question elements. */
  questions: ReactNode;
  attempt: AttemptState;
  position: number;
  headingRef: RefObject<HTMLHeadingElement | null>;
  revealAnswer: boolean;
  reviewing?: boolean;
  nextLabel: string;
  onDraft: QuizViewProps['onDraft'];
  onCheck: QuizViewProps['onCheck'];
  onNext: () => void;
}

/** The progress heading and one question of the attempt, being answered or looked back at from the result. */
function AttemptStep({ spec, questions, attempt, position, headingRef, revealAnswer, reviewing = false, nextLabel, onDraft, onCheck, onNext }: AttemptStepProps) {
  const { t } = useTranslation('quiz');
  const count = attempt.questionIds.length;
  const questionId = attempt.questionIds[position];
  const question = spec.questions.find((q) => q.id === questionId);
  return (
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
          content={findQuestionElement(questions, question.id)?.props.children}
          seed={attempt.seed}
          draft={attempt.drafts[question.id]}
          answer={attempt.answers[question.id]}
          revealAnswer={revealAnswer}
          reviewing={reviewing}
          nextLabel={nextLabel}
          onDraft={onDraft}
          onCheck={onCheck}
          onNext={onNext}
        />
      )}
    </>
  );
}

type FocusTarget = { kind: 'question'; position: number } | { kind: 'result' } | { kind: 'review'; position: number };

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
  // Looking back at one question of a finished attempt from the result: local to this view, never saved.
  const [reviewing, setReviewing] = useState<number | undefined>();
  // The summary entry to focus on the way back from a question.
  const [returnTo, setReturnTo] = useState<number | undefined>();
  const reviewed = attempt?.finished ? reviewing : undefined;

  useEffect(() => {
    const target = pendingFocus.current;
    if (!target || !attempt) return;
    const arrived =
      target.kind === 'result'
        ? attempt.finished && reviewed === undefined
        : target.kind === 'review'
          ? reviewed === target.position
          : !attempt.finished && attempt.position === target.position;
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
    setReviewing(undefined);
    setReturnTo(undefined);
    action();
  };
  const finish = () => {
    pendingFocus.current = { kind: 'result' };
    setReturnTo(undefined);
    onFinish();
  };
  const review = (position: number) => {
    pendingFocus.current = { kind: 'review', position };
    setReviewing(position);
  };
  const endReview = () => {
    setReturnTo(reviewed);
    setReviewing(undefined);
  };
  const stepProps = { spec, questions: children, headingRef, revealAnswer: spec.revealAnswers !== false, onDraft, onCheck };

  let body: ReactNode;
  if (!attempt) {
    body = <StartScreen spec={spec} previousAttempts={previousAttempts} onStart={start(onStart)} />;
  } else if (attempt.finished && reviewed !== undefined) {
    body = (
      <AttemptStep {...stepProps} attempt={attempt} position={reviewed} reviewing nextLabel={t('result.back')} onNext={endReview} />
    );
  } else if (attempt.finished) {
    body = (
      <ResultScreen
        spec={spec}
        attempt={attempt}
        previousAttempts={previousAttempts}
        headingRef={headingRef}
        returnTo={returnTo}
        onReview={review}
        onRetry={start(onRetry)}
      />
    );
  } else {
    const count = attempt.questionIds.length;
    const position = Math.min(Math.max(0, attempt.position), count - 1);
    const isLast = position === count - 1;
    body = (
      <AttemptStep
        {...stepProps}
        attempt={attempt}
        position={position}
        nextLabel={isLast ? t('seeResult') : t('next')}
        onNext={isLast ? finish : () => goTo(position + 1)}
      />
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
