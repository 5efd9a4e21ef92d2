import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { LearnerRow } from './imported-record';
import type { SortColumn } from './report-query';
import { formatDate, formatDuration } from '../records/records-format';
import { formatNumber, formatScore } from './hr-format';
import { NoValue } from '../ui/NoValue';

/** What the report shows of a learner besides their name: one fact per sortable column. */
export type Fact = Exclude<SortColumn, 'name'>;

/** Each fact as the learners table's cells and the cards show it: the same data in either layout. */
export function useFacts(locale: string): Record<Fact, (row: LearnerRow) => ReactNode> {
  const { t } = useTranslation('hr');
  const { t: tr } = useTranslation('records');
  return {
    employeeId: (row) => row.employeeId,
    status: (row) => <span className={`badge badge-${row.status}`}>{tr(`progress.status.${row.status}`)}</span>,
    finalScore: (row) => (row.finalScore === undefined ? <NoValue /> : formatScore(row.finalScore, locale, 0)),
    passed: (row) => (row.passed === undefined ? <NoValue /> : row.passed ? t('table.yes') : t('table.no')),
    completedAt: (row) => (row.completedAt ? <time dateTime={row.completedAt}>{formatDate(row.completedAt, locale)}</time> : <NoValue />),
    lessonsCompleted: (row) => t('table.lessonsOf', { completed: row.lessonsCompleted, total: row.lessonsTotal }),
    timeSpentSeconds: (row) => (row.timeSpentSeconds === 0 ? <NoValue /> : formatDuration(row.timeSpentSeconds, tr)),
    assessmentAttempts: (row) => formatNumber(row.assessmentAttempts, locale),
    courseVersion: (row) => row.courseVersion,
  };
}
