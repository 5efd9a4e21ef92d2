import { useTranslation } from 'react-i18next';

/** What the app shows while the code of the page it opened on is still loading. */
export function RouteLoading() {
  const { t } = useTranslation();
  return (
    <p role="status" className="route-loading">
      {t('app.loading')}
    </p>
  );
}
