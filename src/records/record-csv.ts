import Papa from 'papaparse';
import type { CompletionRecord } from './completion-record-schema';
import { finishedAttemptsByLesson } from './record-attempts';

export type CsvValue = string | number | boolean | null | undefined;
export type CsvRow = Readonly<Record<string, CsvValue>>;

/** Excel and LibreOffice run a cell that starts with one of these as a formula (OWASP "CSV injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;

const BYTE_ORDER_MARK = '\uFEFF';

/**
 * RFC 4180 CSV (CRLF, fields quoted when needed) with a UTF-8 byte order mark so spreadsheets read
 * accents and emoji. A text cell that starts like a formula gets a leading `'`; numbers and booleans
 * are written as they are. Missing values are empty cells.
 */
export function writeCsv(columns: readonly string[], rows: readonly CsvRow[]): string {
  const data = rows.map((row) => columns.map((column) => row[column] ?? ''));
  // papaparse's own `escapeFormulae: true` pattern misses a formula followed by a line break.
  return BYTE_ORDER_MARK + Papa.unparse({ fields: [...columns], data }, { escapeFormulae: FORMULA_START, newline: '\r\n', header: true });
}

const LEARNER_COLUMNS = [
  'record_id',
  'created_at',
  'format_version',
  'app_version',
  'course_id',
  'course_version',
  'course_title',
  'language',
  'learner_name',
  'employee_id',
  'email',
  'status',
  'completed_at',
  'final_score',
  'passed',
  'lessons_completed',
  'lessons_total',
  'time_spent_seconds',
  'assessment_attempts',
] as const;

const DIGEST_COLUMN = 'digest_sha256';

const LESSON_FIELDS = ['status', 'best_score', 'attempts', 'time_spent_seconds', 'completed_at'] as const;

/** Columns of one record: the learner and course, then five per lesson (`<slug>.<field>`), then the digest. */
export function recordColumns(record: CompletionRecord): string[] {
  return [
    ...LEARNER_COLUMNS,
    ...record.lessons.flatMap((lesson) => LESSON_FIELDS.map((field) => `${lesson.slug}.${field}`)),
    DIGEST_COLUMN,
  ];
}

/** One spreadsheet row for a record. Dates stay ISO 8601 (UTC); scores are whole percentages. */
export function recordRow(record: CompletionRecord): Record<string, CsvValue> {
  const taught = record.lessons.filter((lesson) => lesson.kind === 'lesson');
  const attempts = finishedAttemptsByLesson(record);
  const row: Record<string, CsvValue> = {
    record_id: record.recordId,
    created_at: record.createdAt,
    format_version: record.formatVersion,
    app_version: record.app.version,
    course_id: record.course.id,
    course_version: record.course.version,
    course_title: record.course.title,
    language: record.language,
    learner_name: record.learner.name,
    employee_id: record.learner.employeeId,
    email: record.learner.email,
    status: record.status,
    completed_at: record.completedAt,
    final_score: record.finalScore,
    passed: record.passed,
    lessons_completed: taught.filter((lesson) => lesson.status === 'completed').length,
    lessons_total: taught.length,
    time_spent_seconds: record.lessons.reduce((sum, lesson) => sum + lesson.timeSpentSeconds, 0),
    assessment_attempts: record.lessons.reduce((sum, lesson) => sum + (lesson.kind === 'assessment' ? (attempts.get(lesson.slug) ?? 0) : 0), 0),
    [DIGEST_COLUMN]: record.digest.value,
  };
  for (const lesson of record.lessons) {
    row[`${lesson.slug}.status`] = lesson.status;
    row[`${lesson.slug}.best_score`] = lesson.bestScore;
    row[`${lesson.slug}.attempts`] = attempts.get(lesson.slug) ?? 0;
    row[`${lesson.slug}.time_spent_seconds`] = lesson.timeSpentSeconds;
    row[`${lesson.slug}.completed_at`] = lesson.completedAt;
  }
  return row;
}

/** One row per record; records of different course versions share the columns they have in common. */
export function recordsToCsv(records: readonly CompletionRecord[]): string {
  const columns = new Set<string>(LEARNER_COLUMNS);
  for (const record of records) for (const column of recordColumns(record)) if (column !== DIGEST_COLUMN) columns.add(column);
  return writeCsv([...columns, DIGEST_COLUMN], records.map(recordRow));
}
