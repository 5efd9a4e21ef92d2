import { checkRecordFormat, type CompletionRecord } from '../records/completion-record-schema';
import { verifyRecord } from '../records/verify-record';
import { looksLikeZip, MAX_RECORD_BYTES } from './file-limits';
import { readJsonText, type JsonText } from './json-text';

/** The course the report is about: records of another course are refused. */
export interface CourseRef {
  id: string;
  version: string;
}

/** Why a file was not loaded. The page translates the code; `detail` fills in its message. */
export type FileProblemCode =
  /** Over MAX_RECORD_BYTES (a record) or MAX_ZIP_BYTES (a zip). */
  | 'too-large'
  /** The browser could not read the file. */
  | 'unreadable'
  /** Not UTF-8 JSON text: a PDF, a note, an image. */
  | 'not-json'
  /** JSON that ends before it closes: a download or copy cut short, or an empty file. */
  | 'truncated'
  /** JSON broken before its end. */
  | 'damaged-json'
  /** The learner's CSV copy of their record: it has no seal and no answers, so the report does not read it. */
  | 'learner-csv'
  /** JSON, but not a completion record. */
  | 'wrong-format'
  /** A record from a newer version of the app, which this one cannot read. */
  | 'unsupported-version'
  /** A record with fields missing or wrong; `detail` names the first field. */
  | 'invalid'
  /** The content does not match its digest: changed or damaged after it was made. */
  | 'bad-digest'
  /** A record of another course; `detail` is its course id. */
  | 'other-course'
  /** A damaged zip, or one using a compression this page cannot read. */
  | 'bad-zip'
  /** A zip inside a zip: unzip it first. */
  | 'nested-zip'
  /** A zip with no files in it. */
  | 'empty-zip'
  /** A newer record of the same learner was loaded; `detail` is its file. */
  | 'duplicate'
  /** The very same record was loaded from another file; `detail` is that file. */
  | 'same-record'
  /** A record with the id of another learner's record: `detail` is that record's file, `learner` its employee id. */
  | 'copied-record';

export interface FileProblem {
  /** The file name; inside a zip, `archive.zip/path/in/archive.json`. */
  file: string;
  code: FileProblemCode;
  detail?: string;
  /** `duplicate` only: when the record set aside and the one kept were made (ISO 8601), to tell two files of the same name apart. */
  made?: { setAside: string; kept: string };
  /** `copied-record` only: the employee id on the other record with this record id. */
  learner?: string;
}

export type ReadOutcome =
  | {
      ok: true;
      record: CompletionRecord;
      /** Same course, another version: loaded, and flagged. */
      otherVersion: boolean;
    }
  | { ok: false; problem: FileProblem };

const problem = (file: string, code: FileProblemCode, detail?: string): ReadOutcome => ({
  ok: false,
  problem: detail === undefined ? { file, code } : { file, code, detail },
});

/** What a file that is not JSON is reported as. */
const notJson = {
  truncated: 'truncated',
  damaged: 'damaged-json',
  'learner-csv': 'learner-csv',
  'not-json': 'not-json',
} as const satisfies Record<Exclude<JsonText['kind'], 'json'>, FileProblemCode>;

const courseIdOf = (value: unknown): unknown =>
  typeof value === 'object' && value !== null && 'course' in value && typeof value.course === 'object' && value.course !== null
    ? (value.course as { id?: unknown }).id
    : undefined;

/**
 * One record file, as bytes: size, UTF-8, JSON (or what the file is instead), format, course,
 * schema, digest, in that order, so each file gets the most useful reason. A record of the same
 * course but another version loads, flagged; a record of another course does not.
 */
export async function readRecordFile(file: string, bytes: Uint8Array<ArrayBuffer>, course: CourseRef): Promise<ReadOutcome> {
  if (bytes.byteLength > MAX_RECORD_BYTES) return problem(file, 'too-large', String(bytes.byteLength));
  if (looksLikeZip(file, bytes)) return problem(file, 'nested-zip');
  const json = readJsonText(bytes);
  if (json.kind !== 'json') return problem(file, notJson[json.kind]);
  const { text, value } = json;
  const format = checkRecordFormat(value);
  if (format === 'not-a-record') return problem(file, 'wrong-format');
  if (format === 'newer-format') return problem(file, 'unsupported-version', String((value as { formatVersion: number }).formatVersion));
  const courseId = courseIdOf(value);
  if (typeof courseId === 'string' && courseId !== course.id) return problem(file, 'other-course', courseId);

  const verified = await verifyRecord(value, { bytes, text });
  if (!verified.ok) {
    if (verified.problem === 'digest-mismatch') return problem(file, 'bad-digest');
    if (verified.problem === 'invalid') return problem(file, 'invalid', verified.issues?.[0]?.path || undefined);
    return problem(file, verified.problem === 'newer-format' ? 'unsupported-version' : 'wrong-format');
  }
  return { ok: true, record: verified.record, otherVersion: verified.record.course.version !== course.version };
}
