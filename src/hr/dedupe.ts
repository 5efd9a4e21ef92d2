import type { ImportedRecord } from './imported-record';
import type { FileProblem } from './read-record-file';

export interface MergeResult {
  /** One record per learner and course, in the order they were first loaded. */
  kept: ImportedRecord[];
  /** The files set aside: an older record of a learner, the same record twice, or one record under two learners. */
  setAside: FileProblem[];
}

/** One learner, however their employee id was typed: "e-005", "E-005 " and "E - 005" are one person. */
const sameId = (employeeId: string) => employeeId.normalize('NFKC').replace(/\s+/g, '').toUpperCase();
const learnerKey = (record: ImportedRecord) => `${record.row.courseId}\u0000${sameId(record.row.employeeId)}`;

/**
 * Adds `incoming` (in file order) to `loaded`, keeping one record per learner (employee id, in any
 * case or spacing) and course: the newest by `createdAt`; on a tie, the one loaded first. Every
 * file set aside is named, with the file that was kept and when each record was made.
 *
 * A record id names one learner's state of progress (`recordIdOf`; records made by earlier versions
 * of the app have a random one), so the same id twice under one learner is the same record
 * downloaded twice, and a record id already loaded under another learner means one of the two
 * files was copied and its learner changed. Which one is genuine cannot be told, so neither counts,
 * whatever the order they came in: both are set aside, each naming the other file and its learner,
 * for HR to check with the two learners.
 */
export function mergeRecords(loaded: readonly ImportedRecord[], incoming: readonly ImportedRecord[]): MergeResult {
  const byLearner = new Map<string, ImportedRecord>();
  const byRecordId = new Map<string, ImportedRecord>();
  for (const record of loaded) {
    byLearner.set(learnerKey(record), record);
    byRecordId.set(record.row.recordId, record);
  }
  const setAside: FileProblem[] = [];

  for (const record of incoming) {
    const key = learnerKey(record);
    const sameId = byRecordId.get(record.row.recordId);
    const otherKey = sameId ? learnerKey(sameId) : key;
    if (sameId && otherKey !== key) {
      setAside.push({ file: record.row.file, code: 'copied-record', detail: sameId.row.file, learner: sameId.row.employeeId });
      if (byLearner.get(otherKey) === sameId) {
        byLearner.delete(otherKey);
        setAside.push({ file: sameId.row.file, code: 'copied-record', detail: record.row.file, learner: record.row.employeeId });
      }
      continue;
    }
    const current = byLearner.get(key);
    if (!current) {
      byLearner.set(key, record);
      byRecordId.set(record.row.recordId, record);
      continue;
    }
    const [winner, loser] = Date.parse(record.row.createdAt) > Date.parse(current.row.createdAt) ? [record, current] : [current, record];
    byLearner.set(key, winner);
    // A replaced record's id stays known: a copy of an older export is still a copy.
    if (!byRecordId.has(record.row.recordId)) byRecordId.set(record.row.recordId, record);
    setAside.push(
      loser.row.recordId === winner.row.recordId
        ? { file: loser.row.file, code: 'same-record', detail: winner.row.file }
        : { file: loser.row.file, code: 'duplicate', detail: winner.row.file, made: { setAside: loser.row.createdAt, kept: winner.row.createdAt } },
    );
  }
  return { kept: [...byLearner.values()], setAside };
}
