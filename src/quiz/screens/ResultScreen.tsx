import { useEffect, useId, useRef, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { questionTitle } from '../answer-key';
import { CheckIcon, CrossIcon, MissedIcon } from '../icons';
import type { QuizSpec } from '../question-spec';
import { useQuestionUiSet } from '../question-ui-set';
import { quizResult, verdictOf, type AttemptState, type Verdict } from '../quiz-engine';
import { NewAttemptActions, type PreviousAttempts } from './NewAttemptActions';
import { verdictIcons } from './QuestionStep';

type SummaryState = Verdict | 'unanswered';

export function ResultScreen({
  spec,
  attempt,
  previousAttempts,
  headingRef,
  returnTo,
  onReview,
  onRetry,
}: {
  spec: QuizSpec;
  attempt: AttemptState;
  previousAttempts: PreviousAttempts | undefined;
  headingRef: RefObject<HTMLHeadingElement | null>;
  /** Position of the question the learner comes back from: its entry takes focus. */
  returnTo: number | undefined;
  /** Shows one question again, with the answer given and its feedback. */
  onReview: (position: number) => void;
  onRetry: () => void;
}) {
  const { t, i18n } = useTranslation('quiz');
  const uis = useQuestionUiSet();
  const summaryId = useId();
  const entries = useRef(new Map<number, HTMLButtonElement>());
  const result = quizResult(spec, attempt);
  // Partial credit shows as a share of a question: "7.5 of 10 questions" ("7,5" in Spanish).
  const questions = new Intl.NumberFormat(i18n.resolvedLanguage, { maximumFractionDigits: 2 });

  useEffect(() => {
    if (returnTo !== undefined) entries.current.get(returnTo)?.focus();
  }, [returnTo]);

  return (
    <div className="quiz-result">
      <h3 ref={headingRef} tabIndex={-1} className="quiz-result-heading">
        {t('result.heading')}
      </h3>
      <p className="quiz-score">
        <strong>{t('result.score', { earned: questions.format(result.earned), count: result.total })}</strong>{' '}
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
          const question = spec.questions.find((q) => q.id === id);
          const answer = attempt.answers[id];
          const state: SummaryState = answer ? verdictOf(answer) : 'unanswered';
          return (
            <li key={id} className="quiz-summary-item" data-verdict={state}>
              {question ? (
                <button
                  ref={(el) => {
                    if (el) entries.current.set(index, el);
                    else entries.current.delete(index);
                  }}
                  type="button"
                  className="quiz-summary-question"
                  onClick={() => onReview(index)}
                >
                  {t('result.question', { number: index + 1, title: questionTitle(question, uis) })}
                </button>
              ) : (
                // A question no longer in the quiz has nothing to show again.
                <span>{t('progress', { current: index + 1, total: attempt.questionIds.length })}</span>
              )}
              <span className="quiz-summary-mark">
                {state === 'unanswered' ? <MissedIcon /> : verdictIcons[state]} {state === 'unanswered' ? t('result.unanswered') : t(`verdict.${state}`)}
              </span>
            </li>
          );
        })}
      </ol>
      <NewAttemptActions previousAttempts={previousAttempts} label={t('result.retry')} onStart={onRetry} />
    </div>
  );
}
