import { memo, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CourseStatusValue } from '../progress/course-status-values';
import { ALL_LEARNERS, type ReportFilter } from './report-query';

const STATUSES: readonly CourseStatusValue[] = ['not-started', 'in-progress', 'completed'];

/** Status, completion dates and a search; the whole report follows them. */
export const ReportFilters = memo(function ReportFilters({
  filter,
  onChange,
  matching,
  loaded,
}: {
  filter: ReportFilter;
  onChange: (filter: ReportFilter) => void;
  matching: number;
  loaded: number;
}) {
  const { t } = useTranslation('hr');
  const { t: tr } = useTranslation('records');
  const id = useId();
  const [search, setSearch] = useState(filter.search ?? '');
  const fromInput = useRef<HTMLInputElement>(null);

  // Typing waits for a pause before the report is recomputed.
  useEffect(() => {
    if (search === (filter.search ?? '')) return;
    const timer = window.setTimeout(() => onChange({ ...filter, search }), 250);
    return () => window.clearTimeout(timer);
  }, [search, filter, onChange]);

  const set = (change: Partial<ReportFilter>) => onChange({ ...filter, ...change });
  // Typed dates ignore min and max: a range that ends before it starts matches nobody, so say so.
  const reversed = filter.completedFrom !== undefined && filter.completedTo !== undefined && filter.completedFrom > filter.completedTo;
  const dateHints = reversed ? `${id}-date-error ${id}-date-hint` : `${id}-date-hint`;

  return (
    <section className="card report-filters" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('filters.heading')}</h2>
      <p className="field-hint">{t('filters.intro')}</p>
      <div className="filter-grid">
        <div className="field">
          <label htmlFor={`${id}-status`}>{t('filters.status')}</label>
          <select id={`${id}-status`} value={filter.status} onChange={(e) => set({ status: e.target.value as ReportFilter['status'] })}>
            <option value="all">{t('filters.all')}</option>
            {STATUSES.map((status) => (
              <option key={status} value={status}>
                {tr(`progress.status.${status}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-from`}>{t('filters.from')}</label>
          <input
            id={`${id}-from`}
            ref={fromInput}
            type="date"
            value={filter.completedFrom ?? ''}
            max={filter.completedTo}
            aria-invalid={reversed || undefined}
            aria-describedby={dateHints}
            onChange={(e) => set({ completedFrom: e.target.value || undefined })}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-to`}>{t('filters.to')}</label>
          <input
            id={`${id}-to`}
            type="date"
            value={filter.completedTo ?? ''}
            min={filter.completedFrom}
            aria-invalid={reversed || undefined}
            aria-describedby={dateHints}
            onChange={(e) => set({ completedTo: e.target.value || undefined })}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-search`}>{t('filters.search')}</label>
          <input id={`${id}-search`} type="search" value={search} autoComplete="off" onChange={(e) => setSearch(e.target.value)} />
        </div>
      </div>
      {reversed && (
        <div className="field-error-row">
          <p id={`${id}-date-error`} className="field-error" role="alert">
            {t('filters.reversed')}
          </p>
          <button
            type="button"
            className="button button-secondary"
            onClick={() => {
              set({ completedFrom: filter.completedTo, completedTo: filter.completedFrom });
              // The button goes once the dates are in order: keyboard focus goes back to the dates.
              fromInput.current?.focus();
            }}
          >
            {t('filters.swap')}
          </button>
        </div>
      )}
      <p id={`${id}-date-hint`} className="field-hint">
        {t('filters.dateHint')}
      </p>
      <div className="filter-footer">
        <p role="status" className="filter-count">
          {t('filters.matching', { count: matching, total: loaded })}
        </p>
        <button
          type="button"
          className="button button-secondary"
          onClick={() => {
            setSearch('');
            onChange(ALL_LEARNERS);
          }}
        >
          {t('filters.clear')}
        </button>
      </div>
    </section>
  );
});
