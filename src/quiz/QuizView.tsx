import { useEffect, useId, useRef, useState, type ReactNode, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { CheckIcon, CrossIcon, MissedIcon } from './icons';
import type { InputOf, SpecOf } from './question-contract';
import type { QuestionInput, QuestionType, QuizSpec } from './question-spec';
import { questionTypes, type QuestionTypeRegistry } from './question-types';
import { quizResult, scoreQuestion, type AttemptState, type CheckedAnswer } from './quiz-engine';
import { isCorrect, type PointsScore, type Score } from './score';
import { collectSlots, findQuestionElement } from './slots';
import './quiz.css';

export interface PreviousAttempts {
  /** Finished attempts before the one shown. */
  count: number;
  bestPercent: number;
}

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
type InvalidCode = Extract<Score, { type: 'invalid' }>['code'];

const registry: QuestionTypeRegistry = questionTypes;

const isInputOf = <K extends QuestionType>(type: K, input: QuestionInput): input is InputOf<K> => input.type === type;

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
          <h3 ref={headingRef} tabIndex={-1} className="quiz-progress-label">
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

function StartScreen({
  spec,
  previousAttempts,
  onStart,
}: {
  spec: QuizSpec;
  previousAttempts: PreviousAttempts | undefined;
  onStart: () => void;
}) {
  const { t } = useTranslation('quiz');
  return (
    <div className="quiz-start">
      <p className="quiz-meta">
        {t('start.questions', { count: Math.min(spec.draw ?? spec.questions.length, spec.questions.length) })}
      </p>
      {spec.passMark !== undefined && <p className="quiz-meta">{t('start.passMark', { passMark: spec.passMark })}</p>}
      {previousAttempts && previousAttempts.count > 0 && (
        <p className="quiz-meta">{t('previous', { count: previousAttempts.count, best: previousAttempts.bestPercent })}</p>
      )}
      <div className="quiz-actions">
        <button type="button" className="quiz-button" onClick={onStart}>
          {t('start.button')}
        </button>
      </div>
    </div>
  );
}

interface QuestionStepProps<K extends QuestionType> {
  type: K;
  spec: SpecOf<K>;
  /** The question element's children: the slots' content. */
  content: ReactNode;
  seed: number;
  draft: QuestionInput | undefined;
  answer: CheckedAnswer | undefined;
  nextLabel: string;
  onDraft: (questionId: string, input: QuestionInput) => void;
  onCheck: (questionId: string, input: QuestionInput, score: PointsScore) => void;
  onNext: () => void;
}

/** One question: its type's view, the verdict, the explanation and the one action button. */
function QuestionStep<K extends QuestionType>({
  type,
  spec,
  content,
  seed,
  draft,
  answer,
  nextLabel,
  onDraft,
  onCheck,
  onNext,
}: QuestionStepProps<K>) {
  const { t } = useTranslation('quiz');
  const errorId = useId();
  const [error, setError] = useState<InvalidCode | null>(null);
  const entry = registry[type];
  const slots = collectSlots(content);
  const stored = answer?.input ?? draft;
  const input = stored && isInputOf(type, stored) ? stored : entry.emptyInput();
  const explanation = slots.explanation ?? spec.explanation;
  const right = answer ? isCorrect({ type: 'points', earned: answer.earned, total: answer.total }) : false;

  const handleInput = (next: InputOf<K>) => {
    if (error && entry.isAnswerable(next, spec)) setError(null);
    onDraft(spec.id, next);
  };
  const check = () => {
    const score = scoreQuestion(spec, input);
    if (score.type === 'invalid') {
      setError(score.code);
      return;
    }
    setError(null);
    onCheck(spec.id, input, score);
  };

  const View = entry.View;
  return (
    <div className="quiz-step" data-question-id={spec.id}>
      <View
        spec={spec}
        slots={slots}
        seed={seed}
        input={input}
        onInput={handleInput}
        checked={answer !== undefined}
        errorId={error ? errorId : undefined}
      />
      <div className="quiz-status" role="status" aria-live="polite">
        {error && (
          <p id={errorId} className="quiz-error">
            <MissedIcon /> {t(`error.${error}`)}
          </p>
        )}
        {answer && (
          <p className="quiz-verdict" data-verdict={right ? 'correct' : 'incorrect'}>
            {right ? <CheckIcon /> : <CrossIcon />} {t(right ? 'verdict.correct' : 'verdict.incorrect')}
          </p>
        )}
      </div>
      {answer && explanation !== undefined && (
        <div className="quiz-explanation">
          <p className="quiz-explanation-label">{t('explanation')}</p>
          <div>{explanation}</div>
        </div>
      )}
      <div className="quiz-actions">
        {/* One button that changes role, so focus stays put after checking. */}
        <button type="button" className="quiz-button" onClick={answer ? onNext : check}>
          {answer ? nextLabel : t('check')}
        </button>
      </div>
    </div>
  );
}

function ResultScreen({
  spec,
  attempt,
  previousAttempts,
  headingRef,
  onRetry,
}: {
  spec: QuizSpec;
  attempt: AttemptState;
  previousAttempts: PreviousAttempts | undefined;
  headingRef: RefObject<HTMLHeadingElement | null>;
  onRetry: () => void;
}) {
  const { t } = useTranslation('quiz');
  const summaryId = useId();
  const result = quizResult(spec, attempt);
  return (
    <div className="quiz-result">
      <h3 ref={headingRef} tabIndex={-1} className="quiz-result-heading">
        {t('result.heading')}
      </h3>
      <p className="quiz-score">
        <strong>{t('result.score', { earned: result.earned, count: result.total })}</strong>{' '}
        <span className="quiz-percent">{t('result.percent', { percent: result.percent })}</span>
      </p>
      {result.passed !== undefined && spec.passMark !== undefined && (
        <p className="quiz-verdict" data-verdict={result.passed ? 'correct' : 'incorrect'}>
          {result.passed ? <CheckIcon /> : <CrossIcon />}{' '}
          {t(result.passed ? 'result.passed' : 'result.failed', { passMark: spec.passMark })}
        </p>
      )}
      <h4 id={summaryId} className="quiz-summary-heading">
        {t('result.summary')}
      </h4>
      <ol className="quiz-summary" aria-labelledby={summaryId}>
        {attempt.questionIds.map((id, index) => {
          const answer = attempt.answers[id];
          const state = !answer ? 'unanswered' : answer.earned === answer.total ? 'correct' : 'incorrect';
          return (
            <li key={id} className="quiz-summary-item" data-verdict={state}>
              <span>{t('result.question', { number: index + 1 })}</span>
              <span className="quiz-summary-mark">
                {state === 'correct' ? <CheckIcon /> : state === 'incorrect' ? <CrossIcon /> : <MissedIcon />}{' '}
                {state === 'unanswered' ? t('result.unanswered') : t(`verdict.${state}`)}
              </span>
            </li>
          );
        })}
      </ol>
      {previousAttempts && previousAttempts.count > 0 && (
        <p className="quiz-meta">{t('previous', { count: previousAttempts.count, best: previousAttempts.bestPercent })}</p>
      )}
      <div className="quiz-actions">
        <button type="button" className="quiz-button" onClick={onRetry}>
          {t('result.retry')}
        </button>
      </div>
    </div>
  );
}
