import { memo, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { LearnerRow } from './imported-record';
import type { Page, SortColumn } from './report-query';
import { Email } from './Email';
import { LearnerCards, type LearnerViewProps } from './LearnerCards';
import { useFacts, type Fact } from './learner-facts';
import { nextSort, SortableHeader } from './SortableHeader';
import { PAGE_SIZES, type TableQuery } from './use-hr-report';
import { useReportTables } from './report-layout';
import { FileText, NAME_SHOWN } from './FileText';

/**
 * The table's columns after the name, chosen so it fits a laptop screen: the final assessment is
 * one column (score, verdict, attempts) sorted by score, and a record of another course version
 * says so under its status instead of in a column of its own. The cards give every fact a line.
 */
const COLUMNS = ['employeeId', 'status', 'completedAt', 'finalScore', 'lessonsCompleted', 'timeSpentSeconds'] as const satisfies readonly Fact[];

/** Longer employee IDs are cut short in the table, with the whole ID as a tooltip (search and the cards show it whole). */
const LONG_ID = 16;

/** One page of learners, sorted by any column (the worker sorts and slices): a table where it fits, cards where it does not. */
export const LearnerTable = memo(function LearnerTable({
  rows,
  query,
  onQuery,
  locale,
  currentVersion,
}: {
  rows: Page<LearnerRow>;
  query: TableQuery;
  onQuery: (query: TableQuery) => void;
  locale: string;
  /** The course version of this app: records of another one are marked. */
  currentVersion: string;
}) {
  const { t } = useTranslation('hr');
  const id = useId();
  const asTable = useReportTables();
  const sortBy = (sort: TableQuery['sort']) => onQuery({ ...query, sort, page: 1 });
  const goTo = (page: number) => {
    if (page >= 1 && page <= rows.pageCount && page !== rows.page) onQuery({ ...query, page });
  };

  return (
    <section className="report-section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('table.heading')}</h2>
      {asTable ? (
        <Table rows={rows.items} sort={query.sort} onSort={sortBy} currentVersion={currentVersion} locale={locale} />
      ) : (
        <LearnerCards rows={rows.items} sort={query.sort} onSort={sortBy} currentVersion={currentVersion} locale={locale} />
      )}
      {rows.total === 0 && <p className="table-empty">{t('table.empty')}</p>}

      <nav className="pager" aria-label={t('table.pagination')}>
        <p role="status" className="pager-status">
          {rows.total > 0 && t('table.showing', { first: rows.first, last: rows.last, total: rows.total })}
        </p>
        <div className="pager-controls">
          <button type="button" className="button button-secondary" aria-disabled={rows.page <= 1 || undefined} onClick={() => goTo(rows.page - 1)}>
            <span aria-hidden="true">‹ </span>
            {t('table.previous')}
          </button>
          <span className="pager-page">{t('table.page', { page: rows.page, pages: rows.pageCount })}</span>
          <button type="button" className="button button-secondary" aria-disabled={rows.page >= rows.pageCount || undefined} onClick={() => goTo(rows.page + 1)}>
            {t('table.next')}
            <span aria-hidden="true"> ›</span>
          </button>
        </div>
        <div className="field pager-size">
          <label htmlFor={`${id}-size`}>{t('table.pageSize')}</label>
          <select id={`${id}-size`} value={query.pageSize} onChange={(e) => onQuery({ ...query, pageSize: Number(e.target.value), page: 1 })}>
            {PAGE_SIZES.map((size) => (
              <option key={size} value={size}>
                {size}
              </option>
            ))}
          </select>
        </div>
      </nav>
    </section>
  );
});

function Table({ rows, sort, onSort, currentVersion, locale }: LearnerViewProps) {
  const { t } = useTranslation('hr');
  const facts = useFacts(locale);
  const cell = (column: (typeof COLUMNS)[number], row: LearnerRow) => {
    switch (column) {
      case 'employeeId':
        return row.employeeId.length > LONG_ID ? (
          <span className="learner-id-long" title={row.employeeId}>
            {row.employeeId}
          </span>
        ) : (
          row.employeeId
        );
      case 'status':
        return (
          <>
            {facts.status(row)}
            {row.courseVersion !== currentVersion && <span className="cell-note">{t('table.version', { version: row.courseVersion })}</span>}
          </>
        );
      case 'finalScore':
        return (
          <>
            {facts.finalScore(row)}
            {row.passed !== undefined && <span className="cell-note">{row.passed ? t('table.passed') : t('table.notPassed')}</span>}
            {row.assessmentAttempts > 0 && <span className="cell-note">{t('table.attempts', { count: row.assessmentAttempts })}</span>}
          </>
        );
      default:
        return facts[column](row);
    }
  };

  // Fits its column at 1280 px; the scroller is only for what still cannot (a page zoomed to just above the cards' width).
  return (
    <div className="table-scroll">
      <table className="progress-table report-table learner-table">
        <caption>{t('table.caption')}</caption>
        <thead>
          <tr>
            {(['name', ...COLUMNS] as const).map((column) => (
              <SortableHeader
                key={column}
                direction={sort.column === column ? sort.direction : undefined}
                onSort={() => onSort(nextSort<SortColumn>(sort, column))}
              >
                {column === 'finalScore' ? t('table.column.assessment') : t(`table.column.${column}`)}
              </SortableHeader>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={`${row.courseId}/${row.employeeId}`}>
              <th scope="row">
                <FileText text={row.name} max={NAME_SHOWN} />
                {row.email && (
                  <span className="row-detail">
                    <Email address={row.email} />
                  </span>
                )}
              </th>
              {COLUMNS.map((column) => (
                <td key={column}>{cell(column, row)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
