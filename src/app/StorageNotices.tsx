import { useTranslation } from 'react-i18next';
import { useStorageStatus } from '../progress/progress-storage';

/** Tells the learner, in words, whenever saving or loading progress went wrong. */
export function StorageNotices() {
  const { t } = useTranslation();
  const notices = useStorageStatus((s) => s.notices);
  const dismiss = useStorageStatus((s) => s.dismiss);
  if (notices.length === 0) return null;
  return (
    <div role="alert">
      {notices.map((n) => (
        <div key={n.code} className="notice">
          <p>{t(`storage.${n.code}`, { key: n.backupKey ?? '' })}</p>
          <button type="button" className="link-button" onClick={() => dismiss(n.code)}>
            {t('storage.dismiss')}
          </button>
        </div>
      ))}
    </div>
  );
}
