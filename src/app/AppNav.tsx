import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import './app-nav.css';

/** The header links: the course, the learner's progress and their profile. */
export function AppNav() {
  const { t } = useTranslation();
  return (
    <nav className="app-nav" aria-label={t('nav.label')}>
      <NavLink to="/" end>
        {t('nav.course')}
      </NavLink>
      <NavLink to="/progress">{t('nav.progress')}</NavLink>
      <NavLink to="/profile">{t('nav.profile')}</NavLink>
    </nav>
  );
}
