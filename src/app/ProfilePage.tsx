import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useShallow } from 'zustand/react/shallow';
import { checkProfile } from '../records/profile-schema';
import { useProfile, useProfileStorageStatus } from '../records/profile-store';
import { ProfileForm } from './ProfileForm';
import '../ui/records.css';

/** Name, employee id and email: kept on this device, needed before a record can be exported. */
export function ProfilePage() {
  const { t } = useTranslation('records');
  const saved = useProfile(useShallow((s) => ({ name: s.name, employeeId: s.employeeId, email: s.email })));
  const complete = checkProfile(saved).ok;

  useEffect(() => {
    document.title = t('profile.title');
  }, [t]);

  return (
    <div className="records-page">
      <h1>{t('profile.title')}</h1>
      <p className="page-intro">{t('profile.intro')}</p>
      <ProfileStorageNotices />
      <ProfileForm fields={['name', 'employeeId', 'email']} submitLabel={t('profile.save')} savedMessage={t('profile.saved')} />
      {complete && (
        <p>
          <Link className="button button-secondary" to="/progress">
            {t('profile.goToProgress')}
          </Link>
        </p>
      )}
    </div>
  );
}

function ProfileStorageNotices() {
  const { t } = useTranslation('records');
  const notices = useProfileStorageStatus((s) => s.notices);
  const dismiss = useProfileStorageStatus((s) => s.dismiss);
  if (notices.length === 0) return null;
  return (
    <div role="alert">
      {notices.map((n) => (
        <div key={n.code} className="notice">
          <p>{t(`profile.storage.${n.code}`, { key: n.backupKey ?? '' })}</p>
          <button type="button" className="link-button" onClick={() => dismiss(n.code)}>
            {t('profile.storage.dismiss')}
          </button>
        </div>
      ))}
    </div>
  );
}
