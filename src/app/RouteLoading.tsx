import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { reloadPage } from './page-loads';
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
  return state.status === 'loading' ? <RouteLoading /> : <PageProblem onRetry={state.retry} />;
}

/**
 * What a page or a lesson shows when its code failed to load or threw: what happened, in the
 * learner's language, a way to try again and a way back to the lessons. Progress lives in storage
 * and is untouched. Focus moves to the heading so a screen reader says what happened.
 */
export function PageProblem({ onRetry, level = 1 }: { onRetry: () => void; level?: 1 | 2 }) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const Heading = level === 1 ? 'h1' : 'h2';
  return (
    <div className="notice page-problem">
      <Heading ref={heading} tabIndex={-1}>
        {t('crash.title')}
      </Heading>
      <p>{t('crash.body')}</p>
      <div className="page-problem-actions">
        <button type="button" className="button" onClick={onRetry}>
          {t('app.retry')}
        </button>
        <Link className="link-button" to="/">
          {t('lesson.backToCourse')}
        </Link>
      </div>
    </div>
  );
}

/**
 * The routes' error boundary: a page whose code could not load (the connection dropped, or a new
 * version of the course no longer has the file) or that threw. Trying again loads the page afresh,
 * which also fetches a new version's files; the router keeps a failed page load for good.
 */
export function RouteProblem() {
  return <PageProblem onRetry={reloadPage} />;
}
