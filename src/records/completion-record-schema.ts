// The completion record, format version 1 (docs/completion-record.md). It ships to the browser and
// to the HR importer, so it uses zod/mini. Keep it to checks JSON Schema can express: the JSON Schema
// in docs/ is generated from it (scripts/write-record-schema.ts) and a test holds the two together.
import { z } from 'zod/mini';
import { courseStatusValues } from '../progress/course-status-values';

export const RECORD_FORMAT = 'customer-focus-completion-record';
export const RECORD_FORMAT_VERSION = 1;
export const DIGEST_ALGORITHM = 'SHA-256';

const isoDate = z.iso.datetime();
const text = z.string().check(z.minLength(1));
/** Some character other than white space. */
const filled = (max: number) => z.string().check(z.minLength(1), z.maxLength(max), z.regex(/\S/));
const count = z.int().check(z.minimum(0));
const percent = z.int().check(z.minimum(0), z.maximum(100));
const points = z.number().check(z.minimum(0));

export const learnerSchema = z.strictObject({
  name: filled(200),
  employeeId: filled(64),
  email: z.optional(z.email().check(z.maxLength(254))),
});
export type Learner = z.infer<typeof learnerSchema>;

export const recordLessonSchema = z.strictObject({
  slug: text,
  title: text,
  kind: z.enum(['lesson', 'assessment']),
  status: z.enum(courseStatusValues),
  startedAt: z.optional(isoDate),
  completedAt: z.optional(isoDate),
  timeSpentSeconds: count,
  /** Best finished attempt of each of the lesson's quizzes, together. */
  bestScore: z.optional(percent),
  /**
   * Attempts started at the lesson's checks, finished or not, added together. What people read as
   * attempts is counted from `attempts` instead (`finishedAttemptsByLesson` in record-attempts.ts).
   */
  attempts: count,
  /** The assessment only: the percentage needed to pass, and whether a finished attempt reached it. */
  passMark: z.optional(percent),
  passed: z.optional(z.boolean()),
});
export type RecordLesson = z.infer<typeof recordLessonSchema>;

export const chosenOptionSchema = z.strictObject({
  id: text,
  /** In the record's language; absent when the question is no longer in the course. */
  label: z.optional(z.string()),
});
export type ChosenOption = z.infer<typeof chosenOptionSchema>;

export const recordAnswerSchema = z.strictObject({
  questionId: text,
  questionType: text,
  /** What the learner chose, in the order they gave it. */
  chosen: z.array(chosenOptionSchema),
  correct: z.boolean(),
  earned: points,
  total: points,
  checkedAt: isoDate,
});
export type RecordAnswer = z.infer<typeof recordAnswerSchema>;

export const recordAttemptSchema = z.strictObject({
  id: text,
  quizId: text,
  lessonSlug: text,
  /** 1 for the first attempt at this quiz. */
  number: z.int().check(z.minimum(1)),
  startedAt: isoDate,
  finishedAt: z.optional(isoDate),
  questionCount: count,
  score: z.strictObject({ earned: points, total: points, percent }),
  passMark: z.optional(percent),
  /** Finished attempts at a quiz with a pass mark only. */
  passed: z.optional(z.boolean()),
  answers: z.array(recordAnswerSchema),
});
export type RecordAttempt = z.infer<typeof recordAttemptSchema>;

export const recordReflectionSchema = z.strictObject({
  id: text,
  lessonSlug: text,
  prompt: z.string(),
  text: z.string(),
  updatedAt: isoDate,
});
export type RecordReflection = z.infer<typeof recordReflectionSchema>;

export const digestSchema = z.strictObject({
  algorithm: z.literal(DIGEST_ALGORITHM),
  /** Lowercase hex SHA-256 of the RFC 8785 canonical JSON of the record without `digest`. */
  value: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
});

const recordShape = {
  format: z.literal(RECORD_FORMAT),
  formatVersion: z.literal(RECORD_FORMAT_VERSION),
  recordId: z.uuid(),
  createdAt: isoDate,
  /** Language of every title, label and prompt in the record. */
  language: z.string().check(z.regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/)),
  app: z.strictObject({ name: text, version: text }),
  course: z.strictObject({ id: text, version: text, title: text }),
  learner: learnerSchema,
  status: z.enum(courseStatusValues),
  completedAt: z.optional(isoDate),
  finalScore: z.optional(percent),
  passed: z.optional(z.boolean()),
  lessons: z.array(recordLessonSchema),
  attempts: z.array(recordAttemptSchema),
  /** Only when the learner chose to include them. */
  reflections: z.optional(z.array(recordReflectionSchema)),
};

/** A record before it is sealed: everything the digest covers. */
export const unsealedRecordSchema = z.strictObject(recordShape);
export type UnsealedRecord = z.infer<typeof unsealedRecordSchema>;

export const completionRecordSchema = z.strictObject({ ...recordShape, digest: digestSchema });
export type CompletionRecord = z.infer<typeof completionRecordSchema>;

export type RecordFormatCheck = 'ok' | 'not-a-record' | 'newer-format';

/**
 * Tells a record of a later format version (which this app cannot read) from something else
 * entirely. Two plain property checks: the HR import asks this of every file, thousands at a time.
 */
export function checkRecordFormat(value: unknown): RecordFormatCheck {
  if (typeof value !== 'object' || value === null) return 'not-a-record';
  const { format, formatVersion } = value as { format?: unknown; formatVersion?: unknown };
  if (format !== RECORD_FORMAT || typeof formatVersion !== 'number') return 'not-a-record';
  return formatVersion > RECORD_FORMAT_VERSION ? 'newer-format' : 'ok';
}
