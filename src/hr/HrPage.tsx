import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { course } from '../content/course-meta';
import type { ReportFilter } from './report-query';
import { useLocale } from '../i18n/use-locale';
import { FileProblems } from './FileProblems';
import { ImportPanel } from './ImportPanel';
import { ItemAnalysis } from './ItemAnalysis';
import { LeaveGuard } from './LeaveGuard';
import { LearnerTable } from './LearnerTable';
import { LessonScores } from './LessonScores';
import { LrsPanel } from './lrs/LrsPanel';
import { useLrsImport, type LrsRequest } from './lrs/use-lrs-import';
import { ReportExport } from './ReportExport';
import { ReportFilters } from './ReportFilters';
import { ReportSummary } from './ReportSummary';
import { useHrReport } from './use-hr-report';
import '../ui/records.css';
import './hr.css';

type LabelsModule = typeof import('./hr-labels');

/**
 * The course's labels (every question's prompt and options, from the full course index): loaded
 * once the page is up, since only a loaded report shows them; the page itself draws without them.
 */
function useLabelsModule(): LabelsModule | undefined {
  const [labels, setLabels] = useState<LabelsModule>();
  useEffect(() => {
    let current = true;
    void import('./hr-labels').then((module) => current && setLabels(module));
    return () => {
      current = false;
    };
  }, []);
  return labels;
}

/** Web Crypto, which checks each record's SHA-256 digest, exists only on secure pages (https, localhost). */
const canCheckDigests = () => Boolean(globalThis.isSecureContext && (globalThis.crypto as Partial<Crypto> | undefined)?.subtle);

/**
 * The HR completion report (#/hr): load learners' completion records, check them, and read the
 * summary, scores per lesson, question analysis and learners; export CSV or JSON at the end. Not linked from
 * the learner's pages and loaded only on this route. Nothing leaves the browser.
 */
export function HrPage() {
  const { t } = useTranslation('hr');
  const { t: tc } = useTranslation();
  const locale = useLocale();
  const { state, problems, query, setQuery, view, importFiles, addRecords, cancel, clear, exportReport } = useHrReport(locale);
  const lrs = useLrsImport(addRecords);
  const { load: loadLrs } = lrs;
  // Stable callbacks, so the panels (memoized) do not draw again at every step of an import's progress.
  const onLrsLoad = useCallback((request: LrsRequest) => void loadLrs(request), [loadLrs]);
  // Clearing also stops a load from the LRS, so nothing it read lands in the emptied report.
  const clearAll = useCallback(() => {
    lrs.stop();
    clear();
  }, [lrs, clear]);
  const recordTitles = view?.recordLessonTitles;
  // A lesson of an older course version that the app no longer has goes by the title its records give.
  const labelsModule = useLabelsModule();
  const ownLabels = useMemo(() => labelsModule?.courseLabels(locale), [labelsModule, locale]);
  const labels = useMemo(() => ownLabels && labelsModule?.withRecordTitles(ownLabels, recordTitles), [labelsModule, ownLabels, recordTitles]);
  const loaded = view?.loaded ?? 0;

  useEffect(() => {
    document.title = t('title');
  }, [t]);

  const setFilter = useCallback((filter: ReportFilter) => setQuery((current) => ({ ...current, filter, page: 1 })), [setQuery]);
  const onExport = useCallback(
    (format: 'csv' | 'json') => labels && exportReport(format, { lessons: labels.lessons, questions: labels.questions }),
    [exportReport, labels],
  );

  return (
    <div className="records-page records-page-wide hr-page">
      <nav aria-label={tc('lesson.breadcrumb')} className="breadcrumb">
        <Link to="/">{tc('lesson.backToCourse')}</Link>
      </nav>
      <h1>{t('title')}</h1>
      <p className="page-intro">{t('intro')}</p>
      <p className="notice" role="note">
        {t('privacy')}
      </p>

      {canCheckDigests() ? (
        <ImportPanel state={state} learners={loaded} onFiles={(picked) => void importFiles(picked)} onCancel={cancel} onClear={clearAll} />
      ) : (
        <p className="notice" role="alert">
          {t('import.insecure')}
        </p>
      )}
      <LrsPanel state={lrs.state} onLoad={onLrsLoad} onStop={lrs.stop} />
      <FileProblems problems={problems} locale={locale} />
      <LeaveGuard active={loaded > 0 || state.kind === 'importing' || lrs.state.kind === 'loading'} />

      {view && loaded > 0 && labels && (
        <>
          <ReportFilters filter={query.filter} onChange={setFilter} matching={view.summary.learners} loaded={loaded} />
          {view.otherVersions.map(({ version, count }) => (
            <p key={version} className="notice" role="note">
              {t('problems.otherVersion', { count, version, current: course.version })}
            </p>
          ))}
          {/* What HR reads first comes first: the figures, then who, then the files to take away. */}
          <ReportSummary summary={view.summary} locale={locale} />
          <LessonScores lessons={view.lessons} labels={labels} passMark={course.passMark} locale={locale} />
          <ItemAnalysis items={view.items} labels={labels} locale={locale} />
          <LearnerTable rows={view.rows} query={query} onQuery={setQuery} locale={locale} currentVersion={course.version} />
          <ReportExport onExport={onExport} />
        </>
      )}
    </div>
  );
}
