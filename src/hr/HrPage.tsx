import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { loadNamespace } from '../i18n/i18n';
import type { ReportFilter } from './report-query';
import { useLocale } from '../i18n/use-locale';
import { FileProblems } from './FileProblems';
import { ImportPanel } from './ImportPanel';
import { LeaveGuard } from './LeaveGuard';
import { LrsPanel } from './lrs/LrsPanel';
import { useLrsImport, type LrsRequest } from './lrs/use-lrs-import';
import { useHrReport } from './use-hr-report';
import { afterPaint } from '../ui/after-paint';
import '../ui/records.css';
import './hr.css';

interface ReportModules {
  labels: typeof import('./hr-labels');
  HrReport: (typeof import('./HrReport'))['HrReport'];
}

type ReportModulesState = { kind: 'loading' } | { kind: 'ready'; modules: ReportModules } | { kind: 'failed' };

/**
 * What only a loaded report shows: the course's labels (every question's prompt and options, from
 * the full course index), the report's panels and their texts. Fetched once the page has painted,
 * so its first paint waits for none of it and shares the network with none of it; by the time a first file is checked, it is there. A
 * browser keeps a module that failed to load as failed, so only a reload fetches it again.
 */
function useReportModules(): ReportModulesState {
  const [report, setReport] = useState<ReportModulesState>({ kind: 'loading' });
  useEffect(() => {
    let current = true;
    const cancel = afterPaint(() => {
      Promise.all([import('./hr-labels'), import('./HrReport'), loadNamespace('records')]).then(
        ([labels, { HrReport }]) => current && setReport({ kind: 'ready', modules: { labels, HrReport } }),
        () => current && setReport({ kind: 'failed' }),
      );
    });
    return () => {
      current = false;
      cancel();
    };
  }, []);
  return report;
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
  const report = useReportModules();
  // A lesson of an older course version that the app no longer has goes by the title its records give.
  const labelsModule = report.kind === 'ready' ? report.modules.labels : undefined;
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

      {view && loaded > 0 && report.kind === 'ready' && labels && (
        <report.modules.HrReport view={view} labels={labels} query={query} onQuery={setQuery} onFilter={setFilter} onExport={onExport} locale={locale} />
      )}
      {loaded > 0 && report.kind === 'failed' && (
        <div className="notice page-problem" role="alert">
          <p>{t('reportUnavailable.body')}</p>
          {/* The leave guard asks first: reloading drops the learners loaded. */}
          <button type="button" className="button" onClick={() => window.location.reload()}>
            {t('reportUnavailable.reload')}
          </button>
        </div>
      )}
    </div>
  );
}
