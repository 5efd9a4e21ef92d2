import { localDate } from '../records/download';

/** `customer-focus-hr-report-2025-04-01.csv`: the course and the local date of the export. */
export const reportFilename = (courseId: string, format: 'csv' | 'json', now: Date): string => `${courseId}-hr-report-${localDate(now)}.${format}`;
