import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { LearnerRow } from './imported-record';
import { sortColumns, type Page, type SortColumn } from './report-query';
import { formatDate, formatDuration } from '../records/records-format';
import { formatNumber, formatScore } from './hr-format';
import { nextSort, SortableHeader } from './SortableHeader';
import { PAGE_SIZES, type TableQuery } from './use-hr-report';
import { NoValue } from '../ui/NoValue';

/** One page of learners, sorted by any column; the worker sorts and slices. */
export function LearnerTable({
  rows,
  query,
  onQuery,
  locale,
}: {
  rows: Page<LearnerRow>;
  query: TableQuery;
  onQuery: (query: TableQuery) => void;
  locale: string;
}) {
  const { t } = useTranslation('hr');
  const { t: tr } = useTranslation('records');
  const id = useId();
  const sortBy = (column: SortColumn) => onQuery({ ...query, sort: nextSort<SortColumn>(query.sort, column), page: 1 });
  const goTo = (page: number) => {
    if (page >= 1 && page <= rows.pageCount && page !== rows.page) onQuery({ ...query, page });
  };

  return (
    <section className="report-section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('table.heading')}</h2>
      <p id={`${id}-hint`} className="table-hint table-hint-always">
        {tr('progress.tableHint')}
      </p>
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- keyboard users scroll the table sideways from here */}
      <div className="table-scroll" role="region" aria-labelledby={`${id}-caption`} aria-describedby={`${id}-hint`} tabIndex={0}>
        <table className="progress-table report-table learner-table">
          <caption id={`${id}-caption`}>{t('table.caption')}</caption>
          <thead>
            <tr>
              {sortColumns.map((column) => (
                <SortableHeader key={column} direction={query.sort.column === column ? query.sort.direction : undefined} onSort={() => sortBy(column)}>
                  {t(`table.column.${column}`)}
                </SortableHeader>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.items.map((row) => (
              <tr key={`${row.courseId}/${row.employeeId}`}>
                <th scope="row" className="wrap">
                  {row.name}
                  {row.email && <span className="row-detail">{row.email}</span>}
                </th>
                <td>{row.employeeId}</td>
                <td>
                  <span className={`badge badge-${row.status}`}>{tr(`progress.status.${row.status}`)}</span>
                </td>
                <td>{row.finalScore === undefined ? <NoValue /> : formatScore(row.finalScore, locale, 0)}</td>
                <td>{row.passed === undefined ? <NoValue /> : row.passed ? t('table.yes') : t('table.no')}</td>
                <td>{row.completedAt ? <time dateTime={row.completedAt}>{formatDate(row.completedAt, locale)}</time> : <NoValue />}</td>
                <td>{t('table.lessonsOf', { completed: row.lessonsCompleted, total: row.lessonsTotal })}</td>
                <td>{row.timeSpentSeconds === 0 ? <NoValue /> : formatDuration(row.timeSpentSeconds, tr)}</td>
                <td>{formatNumber(row.assessmentAttempts, locale)}</td>
                <td>{row.courseVersion}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {rows.total === 0 && <p className="table-empty">{t('table.empty')}</p>}
      </div>

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
}
