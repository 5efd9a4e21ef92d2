import { writeCsv, type CsvValue } from '../records/record-csv';
import type { LearnerRow } from './imported-record';

const LEARNER_COLUMNS = [
  'employee_id',
  'learner_name',
  'email',
  'course_id',
  'course_title',
  'course_version',
  'status',
  'final_score',
  'passed',
  'completed_at',
  'lessons_completed',
  'lessons_total',
  'time_spent_seconds',
  'assessment_attempts',
] as const;

const SOURCE_COLUMNS = ['language', 'record_id', 'record_created_at', 'source_file'] as const;

/** The learner and course, one status/score pair per lesson (`<slug>.status`, `<slug>.best_score`) in `lessonSlugs` order, then where the row came from. */
export function reportColumns(lessonSlugs: readonly string[]): string[] {
  return [...LEARNER_COLUMNS, ...lessonSlugs.flatMap((slug) => [`${slug}.status`, `${slug}.best_score`]), ...SOURCE_COLUMNS];
}

export function reportRow(row: LearnerRow): Record<string, CsvValue> {
  const cells: Record<string, CsvValue> = {
    employee_id: row.employeeId,
    learner_name: row.name,
    email: row.email,
    course_id: row.courseId,
    course_title: row.courseTitle,
    course_version: row.courseVersion,
    status: row.status,
    final_score: row.finalScore,
    passed: row.passed,
    completed_at: row.completedAt,
    lessons_completed: row.lessonsCompleted,
    lessons_total: row.lessonsTotal,
    time_spent_seconds: row.timeSpentSeconds,
    assessment_attempts: row.assessmentAttempts,
    language: row.language,
    record_id: row.recordId,
    record_created_at: row.createdAt,
    source_file: row.file,
  };
  for (const lesson of row.lessons) {
    cells[`${lesson.slug}.status`] = lesson.status;
    cells[`${lesson.slug}.best_score`] = lesson.score;
  }
  return cells;
}

/**
 * The learners as a spreadsheet: UTF-8 with BOM, RFC 4180, formula-safe, ISO 8601 dates, codes not
 * translations (see docs/hr-report.md). A lesson a record lacks leaves its cells empty.
 */
export function reportToCsv(rows: readonly LearnerRow[], lessonSlugs: readonly string[]): string {
  return writeCsv(reportColumns(lessonSlugs), rows.map(reportRow));
}
