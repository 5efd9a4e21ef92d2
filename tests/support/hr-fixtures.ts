// Records and rows for the HR import's tests, from the frozen record fixtures.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { CompletionRecord, UnsealedRecord } from '../../src/records/completion-record-schema';
import { sealRecord } from '../../src/records/record-digest';
import type { LearnerRow } from '../../src/hr/imported-record';
import type { CourseRef } from '../../src/hr/read-record-file';

const records = resolve(import.meta.dirname, '../fixtures/records');

export const fixtureText = (path: string): string => readFileSync(resolve(records, path), 'utf8');
export const fixtureBytes = (path: string): Uint8Array<ArrayBuffer> => new Uint8Array(readFileSync(resolve(records, path)));
export const fixture = (path: string): CompletionRecord => JSON.parse(fixtureText(path)) as CompletionRecord;

export const COURSE: CourseRef = { id: 'customer-focus', version: '1.0.0' };
export const completed = (): CompletionRecord => fixture('valid/v1-completed-es.json');
export const inProgress = (): CompletionRecord => fixture('valid/v1-in-progress-en.json');
export const notStarted = (): CompletionRecord => fixture('valid/v1-not-started-en.json');

/** A changed copy of a record, sealed again so its digest matches. */
export async function resealed(record: CompletionRecord, change: (copy: UnsealedRecord) => void): Promise<CompletionRecord> {
  const { digest: _digest, ...copy } = structuredClone(record);
  change(copy);
  return sealRecord(copy);
}

export const bytesOf = (value: unknown): Uint8Array<ArrayBuffer> => new TextEncoder().encode(typeof value === 'string' ? value : JSON.stringify(value, null, 2));

let next = 0;
/** A learner row with sensible defaults. */
export function row(overrides: Partial<LearnerRow> = {}): LearnerRow {
  next += 1;
  return {
    file: `record-${next}.json`,
    recordId: `00000000-0000-4000-8000-${String(next).padStart(12, '0')}`,
    createdAt: '2025-03-12T08:00:00.000Z',
    employeeId: `E-${next}`,
    name: `Learner ${next}`,
    courseId: COURSE.id,
    courseTitle: 'Customer Focus',
    courseVersion: COURSE.version,
    language: 'en',
    status: 'in-progress',
    lessonsCompleted: 0,
    lessonsTotal: 2,
    timeSpentSeconds: 0,
    assessmentAttempts: 0,
    lessons: [],
    ...overrides,
  };
}
