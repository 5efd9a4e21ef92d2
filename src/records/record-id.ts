import canonicalize from 'canonicalize';
import { v5 as uuidv5 } from 'uuid';
import type { UnsealedRecord } from './completion-record-schema';

/** What a record says before it has an id. */
export type RecordContent = Omit<UnsealedRecord, 'recordId'>;

/**
 * The namespace of record ids (UUID v5). Fixed forever: changing it would give every state of
 * progress a new id, and HR would no longer see a new download as the same record as an old one.
 */
export const RECORD_ID_NAMESPACE = 'eb9f5932-8135-4f69-b875-c73657213485';

/**
 * The part of a record that says which learner made which progress, and nothing else: not when it
 * was made (`createdAt`), nor the app that made it, nor its language (titles and answer labels),
 * nor the reflections, which are private and in the record only when the learner asks. So the
 * JSON, the CSV and the certificate made from one state of progress share one id, in any language
 * and after a reload, and any change to the learner, a status, a date, a time, a score or an answer
 * gives a new one.
 */
export function recordIdentity(record: RecordContent) {
  return {
    format: record.format,
    formatVersion: record.formatVersion,
    course: { id: record.course.id, version: record.course.version },
    learner: record.learner,
    status: record.status,
    completedAt: record.completedAt,
    finalScore: record.finalScore,
    passed: record.passed,
    lessons: record.lessons.map(({ title: _title, ...lesson }) => lesson),
    attempts: record.attempts.map((attempt) => ({
      ...attempt,
      answers: attempt.answers.map((answer) => ({ ...answer, chosen: answer.chosen.map((option) => option.id) })),
    })),
  };
}

/**
 * The record id of this content: a UUID v5 of the RFC 8785 canonical JSON of its identity (see
 * `recordIdentity`), the way the xAPI statement ids are made. Two learners never share one, and
 * the same learner gets the same one until their progress changes.
 */
export function recordIdOf(record: RecordContent): string {
  const canonical = canonicalize(recordIdentity(record));
  if (canonical === undefined) throw new TypeError('The record cannot be written as JSON.');
  return uuidv5(canonical, RECORD_ID_NAMESPACE);
}
