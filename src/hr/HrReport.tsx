import type { ComponentProps } from 'react';
import { useTranslation } from 'react-i18next';
import { course } from '../content/course-meta';
import type { Locale } from '../i18n/locales';
import type { CourseLabels } from './hr-labels';
import { ItemAnalysis } from './ItemAnalysis';
import { LearnerTable } from './LearnerTable';
import { LessonScores } from './LessonScores';
import type { ReportFilter } from './report-query';
import { ReportExport } from './ReportExport';
import { ReportFilters } from './ReportFilters';
import { ReportSummary } from './ReportSummary';
import type { TableQuery } from './use-hr-report';
import type { ReportView } from './worker-protocol';

/**
 * The report of the learners loaded: filters, summary, scores per lesson, question analysis, the
 * learners and the exports. Its own file, with the 'records' texts, fetched once the page has
 * drawn (HrPage.tsx): the page's first paint, before any file is chosen, never waits for it.
 */
export function HrReport({
  view,
  labels,
  query,
  onQuery,
  onFilter,
  onExport,
  locale,
}: {
  view: ReportView;
  labels: CourseLabels;
  query: TableQuery;
  onQuery: (query: TableQuery) => void;
  onFilter: (filter: ReportFilter) => void;
  onExport: ComponentProps<typeof ReportExport>['onExport'];
  locale: Locale;
}) {
  const { t } = useTranslation('hr');
  return (
    <>
      <ReportFilters filter={query.filter} onChange={onFilter} matching={view.summary.learners} loaded={view.loaded} />
      {view.otherVersions.map(({ version, count }) => (
        <p key={version} className="notice" role="note">
          {t('problems.otherVersion', { count, version, current: course.version })}
        </p>
      ))}
      {/* What HR reads first comes first: the figures, then who, then the files to take away. */}
      <ReportSummary summary={view.summary} locale={locale} />
      <LessonScores lessons={view.lessons} labels={labels} passMark={course.passMark} locale={locale} />
      <ItemAnalysis items={view.items} labels={labels} locale={locale} />
      <LearnerTable rows={view.rows} query={query} onQuery={onQuery} locale={locale} currentVersion={course.version} />
      <ReportExport onExport={onExport} />
    </>
  );
}
