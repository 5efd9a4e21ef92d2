import { memo, useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportSummary as Summary } from './aggregate';
import { formatDuration } from '../records/records-format';
import { formatNumber, formatScore, formatShare } from './hr-format';
import { NoValue } from '../ui/NoValue';

function Figure({ term, value, detail }: { term: string; value: ReactNode; detail?: string }) {
  return (
    <div className="summary-item">
      <dt>{term}</dt>
      <dd className="summary-value">{value}</dd>
      {detail && <dd className="summary-detail">{detail}</dd>}
    </div>
  );
}

/** Learners, completion and pass rates, final scores and time spent. */
export const ReportSummary = memo(function ReportSummary({ summary, locale }: { summary: Summary; locale: string }) {
  const { t } = useTranslation('hr');
  const { t: tr } = useTranslation('records');
  const id = useId();
  const { byStatus } = summary;
  return (
    <section className="report-section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('summary.heading')}</h2>
      <dl className="summary-grid">
        <Figure
          term={t('summary.learners')}
          value={formatNumber(summary.learners, locale)}
          detail={t('summary.byStatus', { completed: byStatus.completed, inProgress: byStatus['in-progress'], notStarted: byStatus['not-started'] })}
        />
        <Figure
          term={t('summary.completionRate')}
          value={summary.completionRate === undefined ? <NoValue /> : formatShare(summary.completionRate, locale)}
          detail={t('summary.completionDetail', { count: byStatus.completed, total: summary.learners })}
        />
        <Figure
          term={t('summary.passRate')}
          value={summary.passRate === undefined ? <NoValue /> : formatShare(summary.passRate, locale)}
          detail={t('summary.passDetail', { count: summary.passed, total: summary.assessed })}
        />
        <Figure
          term={t('summary.averageScore')}
          value={summary.averageScore === undefined ? <NoValue /> : formatScore(summary.averageScore, locale)}
          detail={t('summary.scoreDetail', { count: summary.scored })}
        />
        <Figure
          term={t('summary.medianScore')}
          value={summary.medianScore === undefined ? <NoValue /> : formatScore(summary.medianScore, locale)}
          detail={t('summary.scoreDetail', { count: summary.scored })}
        />
        <Figure
          term={t('summary.averageTime')}
          value={summary.averageTimeSeconds === undefined ? <NoValue /> : formatDuration(summary.averageTimeSeconds, tr)}
          detail={t('summary.timeDetail')}
        />
      </dl>
    </section>
  );
});
