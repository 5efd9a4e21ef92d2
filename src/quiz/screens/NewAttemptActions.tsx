import { useTranslation } from 'react-i18next';

export interface PreviousAttempts {
  /** Finished attempts before the one shown. */
  count: number;
  bestPercent: number;
}

/**
 * The close of the start and result screens: how earlier attempts went, then
 * the button that begins a new one. Shared so a first start and a retry
 * always read the same.
 */
export function NewAttemptActions({
  previousAttempts,
  label,
  onStart,
}: {
  previousAttempts: PreviousAttempts | undefined;
  label: string;
  onStart: () => void;
}) {
  const { t } = useTranslation('quiz');
  return (
    <>
      {previousAttempts && previousAttempts.count > 0 && (
        <p className="quiz-meta">{t('previous', { count: previousAttempts.count, best: previousAttempts.bestPercent })}</p>
      )}
      <div className="quiz-actions">
        <button type="button" className="quiz-button" onClick={onStart}>
          {label}
        </button>
      </div>
    </>
  );
}
