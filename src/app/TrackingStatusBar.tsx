import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useTrackingStatus } from '../tracking/tracking-status';
import type { TrackingReport } from '../tracking/tracking-status';
import type { TrackingMode } from '../tracking/tracking-adapter';
import './tracking-status.css';

type Where = 'lms' | 'lrs';
const whereOf = (mode: TrackingMode): Where => (mode === 'xapi' ? 'lrs' : 'lms');

function describe(report: TrackingReport | undefined, where: Where, t: ReturnType<typeof useTranslation<'tracking'>>['t']): string {
  if (!report) return t(`connecting.${where}`);
  switch (report.phase) {
    case 'connecting':
      return t(`connecting.${where}`);
    case 'saved':
      return t(`saved.${where}`);
    case 'pending':
      return t(`pending.${where}`, { count: report.pending });
    case 'error':
      return t(`error.${report.code}.${where}`, { count: report.pending });
    case 'ended':
      return t(`ended.${where}`);
  }
}

/**
 * Inside an LMS or with an LRS: which one the course reports to and whether the last save reached
 * it. Errors are announced (politely: the learner goes on); routine saves are shown, not announced.
 */
export function TrackingStatusBar() {
  const mode = useTrackingStatus((s) => s.mode);
  // Standalone, nothing shows: the bar's words are not even loaded.
  return mode === 'standalone' ? null : <TrackingStatus mode={mode} />;
}

function TrackingStatus({ mode }: { mode: Exclude<TrackingMode, 'standalone'> }) {
  const { t } = useTranslation('tracking');
  const report = useTrackingStatus((s) => s.report);
  const onExit = useTrackingStatus((s) => s.exit);
  const where = whereOf(mode);
  const problem = report?.phase === 'error';
  return (
    <div className={`tracking-status${problem ? ' tracking-status-problem' : ''}`} data-phase={report?.phase ?? 'connecting'}>
      <div className="tracking-status-inner">
        <p>
          <span className="tracking-status-mode">{t(`mode.${mode}`)}</span>{' '}
          <span role="status">
            {problem ? describe(report, where, t) : null}
          </span>
          {problem ? null : <span>{describe(report, where, t)}</span>}
          {report?.phase === 'pending' && report.waiting === 'learner-details' ? (
            <span>
              {' '}
              {t('learner-details.before')}
              <Link to="/profile">{t('learner-details.link')}</Link>
              {t('learner-details.after')}
            </span>
          ) : null}
          {problem && report.detail ? (
            <span className="tracking-status-detail"> {t(report.code === 'blocked' ? 'blockedAddress' : 'detail', { detail: report.detail })}</span>
          ) : null}
        </p>
        {onExit ? (
          <button type="button" className="button button-secondary" onClick={onExit}>
            {t('exit')}
          </button>
        ) : null}
      </div>
    </div>
  );
}
