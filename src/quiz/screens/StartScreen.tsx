import { useTranslation } from 'react-i18next';
import type { QuizSpec } from '../question-spec';
import { NewAttemptActions, type PreviousAttempts } from './NewAttemptActions';

export function StartScreen({
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
      <NewAttemptActions previousAttempts={previousAttempts} label={t('start.button')} onStart={onStart} />
    </div>
  );
}
