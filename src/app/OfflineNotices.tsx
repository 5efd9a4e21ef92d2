import { useTranslation } from 'react-i18next';
import { useOffline } from './offline';

/** Offers a new version of the course when one is ready; the learner decides when. */
export function OfflineNotices() {
  const { t } = useTranslation();
  const { needRefresh, update, later } = useOffline();
  if (!needRefresh) return null;
  return (
    <div role="status" className="notice notice-info">
      <p>{t('offline.update')}</p>
      <button type="button" className="button" onClick={update}>
        {t('offline.reload')}
      </button>
      <button type="button" className="link-button" onClick={later}>
        {t('offline.later')}
      </button>
    </div>
  );
}
