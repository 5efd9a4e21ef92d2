import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { SortDirection } from './SortableHeader';

/** What a table's column headers do, as two choices: for the same data shown as cards on a narrow screen. */
export function SortChoices<C extends string>({
  legend,
  columns,
  label,
  sort,
  onSort,
}: {
  /** What is sorted ("Sort the learners"): the page can have more than one pair of choices. */
  legend: string;
  columns: readonly C[];
  label: (column: C) => string;
  sort: { column: C; direction: SortDirection };
  onSort: (sort: { column: C; direction: SortDirection }) => void;
}) {
  const { t } = useTranslation('hr');
  const id = useId();
  return (
    <fieldset className="card-sort">
      <legend className="visually-hidden">{legend}</legend>
      <div className="field">
        <label htmlFor={`${id}-column`}>{t('table.sortBy')}</label>
        <select id={`${id}-column`} value={sort.column} onChange={(e) => onSort({ ...sort, column: e.target.value as C })}>
          {columns.map((column) => (
            <option key={column} value={column}>
              {label(column)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-direction`}>{t('table.order')}</label>
        <select id={`${id}-direction`} value={sort.direction} onChange={(e) => onSort({ ...sort, direction: e.target.value as SortDirection })}>
          <option value="ascending">{t('table.ascending')}</option>
          <option value="descending">{t('table.descending')}</option>
        </select>
      </div>
    </fieldset>
  );
}
