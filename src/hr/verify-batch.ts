import { importRecord, type ImportedRecord } from './imported-record';
import { packRecords } from './imported-pack';
import { inflateEntry } from './unzip-records';
import { readRecordFile, type CourseRef, type FileProblem, type ReadOutcome } from './read-record-file';
import type { VerifiedBatch, VerifyItem } from './worker-protocol';

/** A batch that could not be checked at all (a worker failed): its files come back unreadable, so no import waits forever. */
export const unreadableBatch = (items: ReadonlyArray<Pick<VerifyItem, 'seq' | 'name'>>): VerifiedBatch => ({
  results: items.map(({ seq, name }) => ({ seq, problem: { file: name, code: 'unreadable' } })),
  labels: [],
  lessonTitles: [],
});

/** Checks record files and keeps what the report needs of each good one, packed for the trip back. */
export async function verifyBatch(items: readonly VerifyItem[], course: CourseRef): Promise<VerifiedBatch> {
  const lessonTitles = new Map<string, string>();
  const check = async (seq: number, name: string, content: Uint8Array<ArrayBuffer>): Promise<{ seq: number; imported: ImportedRecord } | { seq: number; problem: FileProblem }> => {
    // Whatever one file does to the checks (a stack overflow, say), it fails alone, not its whole batch.
    const outcome = await readRecordFile(name, content, course).catch((): ReadOutcome => ({ ok: false, problem: { file: name, code: 'unreadable' } }));
    if (outcome.ok && outcome.otherVersion) for (const lesson of outcome.record.lessons) if (!lessonTitles.has(lesson.slug)) lessonTitles.set(lesson.slug, lesson.title);
    return outcome.ok ? { seq, imported: importRecord(outcome.record, name, outcome.otherVersion) } : { seq, problem: outcome.problem };
  };
  // Entries are inflated one after another (many inflating streams at once cost more than they
  // save); each file's checks start as soon as it is inflated and run on while the next inflates.
  const checks: Array<ReturnType<typeof check>> = [];
  for (const { seq, name, bytes, zipped } of items) {
    const content = zipped ? await inflateEntry(bytes, zipped.method, zipped.size) : bytes;
    checks.push(content ? check(seq, name, content) : Promise.resolve({ seq, problem: { file: name, code: 'bad-zip' } }));
  }
  const outcomes = await Promise.all(checks);
  const good = outcomes.flatMap((outcome) => ('imported' in outcome ? [outcome] : []));
  const { records, labels } = packRecords(good.map((outcome) => outcome.imported));
  const packed = new Map(good.map((outcome, index) => [outcome.seq, records[index]!]));
  return {
    results: outcomes.map((outcome) => ('imported' in outcome ? { seq: outcome.seq, record: packed.get(outcome.seq)! } : outcome)),
    labels,
    lessonTitles: [...lessonTitles],
  };
}
