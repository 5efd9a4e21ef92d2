import { useTranslation } from 'react-i18next';
import type { Loaded } from './use-loaded';

/** What the app shows while the code of the page it opened on is still loading. */
export function RouteLoading() {
  const { t } = useTranslation();
  return (
    <p role="status" className="route-loading">
      {t('app.loading')}
    </p>
  );
}

/** A page's data still loading, or not loaded (offline, say), with a way to try again. */
export function PageLoading({ state }: { state: Exclude<Loaded<unknown>, { status: 'ready' }> }) {
  const { t } = useTranslation();
  if (state.status === 'loading') return <RouteLoading />;
  return (
    <div role="alert" className="notice">
      <p>{t('app.loadError')}</p>
      <button type="button" className="button" onClick={state.retry}>
        {t('app.retry')}
      </button>
    </div>
  );
}
