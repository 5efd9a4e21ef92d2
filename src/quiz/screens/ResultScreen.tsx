import { useId, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { CheckIcon, CrossIcon, MissedIcon } from '../icons';
import type { QuizSpec } from '../question-spec';
import { quizResult, type AttemptState } from '../quiz-engine';
import { NewAttemptActions, type PreviousAttempts } from './NewAttemptActions';

export function ResultScreen({
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
  const { t, i18n } = useTranslation('quiz');
  const summaryId = useId();
  const result = quizResult(spec, attempt);
  // Partial credit shows as a share of a question: "7.5 of 10 questions" ("7,5" in Spanish).
  const questions = new Intl.NumberFormat(i18n.resolvedLanguage, { maximumFractionDigits: 2 });
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
      <NewAttemptActions previousAttempts={previousAttempts} label={t('result.retry')} onStart={onRetry} />
    </div>
  );
}
