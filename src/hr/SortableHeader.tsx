import type { ReactNode } from 'react';

export type SortDirection = 'ascending' | 'descending';

/** A column header that sorts its table: a button, with `aria-sort` on the sorted column. */
export function SortableHeader({
  children,
  direction,
  onSort,
}: {
  children: ReactNode;
  /** Set on the column the table is sorted by. */
  direction: SortDirection | undefined;
  onSort: () => void;
}) {
  return (
    <th scope="col" className="sortable" aria-sort={direction}>
      <button type="button" className="sort-button" onClick={onSort}>
        {children}
        <span className="sort-icon" aria-hidden="true">
          {direction === 'ascending' ? '▲' : direction === 'descending' ? '▼' : '↕'}
        </span>
      </button>
    </th>
  );
}

/** Sorting by the same column again turns the order round; another column starts ascending. */
export const nextSort = <C extends string>(current: { column: C; direction: SortDirection }, column: C): { column: C; direction: SortDirection } =>
  current.column === column
    ? { column, direction: current.direction === 'ascending' ? 'descending' : 'ascending' }
    : { column, direction: 'ascending' };
