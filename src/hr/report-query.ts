import type { CourseStatusValue } from '../progress/course-status-values';
import { localDate } from '../records/download';
import type { LearnerRow } from './imported-record';

export interface ReportFilter {
  status: 'all' | CourseStatusValue;
  /** Completed on or after / on or before, as local dates (YYYY-MM-DD). Either one leaves out learners without a completion date. */
  completedFrom?: string;
  completedTo?: string;
  /** Part of a name, an employee id or an email, any case. */
  search?: string;
}

export const sortColumns = [
  'name',
  'employeeId',
  'status',
  'finalScore',
  'passed',
  'completedAt',
  'lessonsCompleted',
  'timeSpentSeconds',
  'assessmentAttempts',
  'courseVersion',
] as const;
export type SortColumn = (typeof sortColumns)[number];

export interface ReportSort {
  column: SortColumn;
  direction: 'ascending' | 'descending';
}

export const ALL_LEARNERS: ReportFilter = { status: 'all' };
export const DEFAULT_SORT: ReportSort = { column: 'name', direction: 'ascending' };

const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** A test for one row, built once per filter. Dates compare in the browser's time zone, as HR reads them. */
export function rowFilter(filter: ReportFilter): (row: LearnerRow) => boolean {
  const search = filter.search?.trim() ? fold(filter.search.trim()) : undefined;
  const { completedFrom: from, completedTo: to } = filter;
  const dated = Boolean(from || to);
  return (row) => {
    if (filter.status !== 'all' && row.status !== filter.status) return false;
    if (dated) {
      if (row.completedAt === undefined) return false;
      const day = localDate(new Date(row.completedAt));
      if ((from && day < from) || (to && day > to)) return false;
    }
    if (search && !fold(`${row.name}\u0000${row.employeeId}\u0000${row.email ?? ''}`).includes(search)) return false;
    return true;
  };
}

const statusRank: Record<CourseStatusValue, number> = { 'not-started': 0, 'in-progress': 1, completed: 2 };

type Key = string | number | undefined;
const keyOf: Record<SortColumn, (row: LearnerRow) => Key> = {
  name: (row) => row.name,
  employeeId: (row) => row.employeeId,
  status: (row) => statusRank[row.status],
  finalScore: (row) => row.finalScore,
  passed: (row) => (row.passed === undefined ? undefined : Number(row.passed)),
  completedAt: (row) => (row.completedAt === undefined ? undefined : Date.parse(row.completedAt)),
  lessonsCompleted: (row) => row.lessonsCompleted,
  timeSpentSeconds: (row) => row.timeSpentSeconds,
  assessmentAttempts: (row) => row.assessmentAttempts,
  courseVersion: (row) => row.courseVersion,
};

/**
 * A sorted copy. Text sorts the way `locale` reads it (numbers inside ids in number order); missing
 * values go last either way; ties keep the name order.
 */
export function sortRows(rows: readonly LearnerRow[], sort: ReportSort, locale: string): LearnerRow[] {
  const collator = new Intl.Collator(locale, { numeric: true, sensitivity: 'base' });
  const get = keyOf[sort.column];
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const compareKeys = (a: Key, b: Key) =>
    typeof a === 'string' && typeof b === 'string' ? collator.compare(a, b) : (a as number) - (b as number);
  const keyed = rows.map((row) => ({ row, key: get(row) }));
  keyed.sort((a, b) => {
    if (a.key === undefined || b.key === undefined) {
      if (a.key !== b.key) return a.key === undefined ? 1 : -1;
    } else {
      const order = compareKeys(a.key, b.key);
      if (order) return order * sign;
    }
    return collator.compare(a.row.name, b.row.name) || collator.compare(a.row.employeeId, b.row.employeeId);
  });
  return keyed.map((entry) => entry.row);
}

export interface Page<T> {
  items: T[];
  /** 1-based, clamped to the pages there are. */
  page: number;
  pageCount: number;
  total: number;
  /** 1-based positions of the first and last item shown; 0 and 0 when empty. */
  first: number;
  last: number;
}

export function pageOf<T>(items: readonly T[], page: number, pageSize: number): Page<T> {
  const pageCount = Math.max(1, Math.ceil(items.length / pageSize));
  const current = Math.min(Math.max(1, Math.floor(page)), pageCount);
  const start = (current - 1) * pageSize;
  const slice = items.slice(start, start + pageSize);
  return { items: slice, page: current, pageCount, total: items.length, first: slice.length ? start + 1 : 0, last: start + slice.length };
}
