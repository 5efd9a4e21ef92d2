import { mergeRecords } from './dedupe';
import { resealed, row } from '../../tests/support/hr-fixtures';
import { completedProgress, course, lessons } from '../../tests/support/small-course';
import { buildRecord } from '../records/build-record';
import type { Learner } from '../records/completion-record-schema';
import { sealRecord } from '../records/record-digest';
import { importRecord, type ImportedRecord, type LearnerRow } from './imported-record';

const record = (overrides: Partial<LearnerRow>): ImportedRecord => ({ row: row(overrides), firstAnswers: [], otherVersion: false });

describe('one record per learner and course', () => {
  it('keeps the newest record of a learner and names the older file', () => {
    const older = record({ employeeId: 'E-1', file: 'march.json', createdAt: '2025-03-01T08:00:00.000Z' });
    const newer = record({ employeeId: 'E-1', file: 'april.json', createdAt: '2025-04-01T08:00:00.000Z' });
    const other = record({ employeeId: 'E-2' });
    const { kept, setAside } = mergeRecords([], [newer, other, older]);
    expect(kept).toEqual([newer, other]);
    expect(setAside).toEqual([{ file: 'march.json', code: 'duplicate', detail: 'april.json', made: { setAside: '2025-03-01T08:00:00.000Z', kept: '2025-04-01T08:00:00.000Z' } }]);
  });

  it('replaces a record loaded earlier when a newer one comes', () => {
    const older = record({ employeeId: 'E-1', file: 'old.json', createdAt: '2025-03-01T08:00:00.000Z' });
    const newer = record({ employeeId: 'E-1', file: 'new.json', createdAt: '2025-03-01T09:00:00Z' });
    expect(mergeRecords([older], [newer])).toEqual({
      kept: [newer],
      setAside: [{ file: 'old.json', code: 'duplicate', detail: 'new.json', made: { setAside: '2025-03-01T08:00:00.000Z', kept: '2025-03-01T09:00:00Z' } }],
    });
  });

  it('counts the same record loaded twice once', () => {
    const first = record({ employeeId: 'E-1', file: 'a.json', recordId: 'same' });
    const copy = { ...first, row: { ...first.row, file: 'copy of a.json' } };
    expect(mergeRecords([], [first, copy])).toEqual({ kept: [first], setAside: [{ file: 'copy of a.json', code: 'same-record', detail: 'a.json' }] });
  });

  it('sets aside both records that share a record id under two learners, each naming the other, whatever the order', () => {
    const original = record({ employeeId: 'E-1', file: 'ana.json', recordId: 'r-1' });
    const edited = record({ employeeId: 'E-2', file: 'bruno.json', recordId: 'r-1', createdAt: '2030-01-01T00:00:00.000Z' });
    const other = record({ employeeId: 'E-3', file: 'carla.json' });
    const both = [
      { file: 'bruno.json', code: 'copied-record', detail: 'ana.json', learner: 'E-1' },
      { file: 'ana.json', code: 'copied-record', detail: 'bruno.json', learner: 'E-2' },
    ];
    expect(mergeRecords([], [original, other, edited])).toEqual({ kept: [other], setAside: both });
    expect(mergeRecords([], [edited, original]).kept).toEqual([]);
    // Also across imports.
    expect(mergeRecords([original, other], [edited])).toEqual({ kept: [other], setAside: both });
  });

  it('still takes a newer record of a learner whose disputed one was set aside', () => {
    const original = record({ employeeId: 'E-1', file: 'ana.json', recordId: 'r-1' });
    const edited = record({ employeeId: 'E-2', file: 'bruno.json', recordId: 'r-1' });
    const fresh = record({ employeeId: 'E-1', file: 'ana-again.json', recordId: 'r-2', createdAt: '2030-01-01T00:00:00.000Z' });
    expect(mergeRecords([], [original, edited, fresh]).kept).toEqual([fresh]);
  });

  it('knows a copy of an older export that a newer one replaced', () => {
    const older = record({ employeeId: 'E-1', file: 'old.json', recordId: 'r-old', createdAt: '2025-03-01T08:00:00.000Z' });
    const newer = record({ employeeId: 'E-1', file: 'new.json', recordId: 'r-new', createdAt: '2025-04-01T08:00:00.000Z' });
    const copy = record({ employeeId: 'E-2', file: 'other.json', recordId: 'r-old' });
    const { kept, setAside } = mergeRecords([], [older, newer, copy]);
    expect(kept).toEqual([newer]);
    expect(setAside).toContainEqual({ file: 'other.json', code: 'copied-record', detail: 'old.json', learner: 'E-1' });
  });

  it('keeps the first loaded of two records made at the same moment', () => {
    const a = record({ employeeId: 'E-1', file: 'a.json' });
    const b = record({ employeeId: 'E-1', file: 'b.json' });
    expect(mergeRecords([], [a, b]).kept).toEqual([a]);
  });

  it('knows a learner by their employee id in any case or spacing', () => {
    const older = record({ employeeId: 'e-005', file: 'old.json', createdAt: '2025-03-01T08:00:00.000Z' });
    const newer = record({ employeeId: ' E - 005 ', file: 'new.json', createdAt: '2025-04-01T08:00:00.000Z' });
    expect(mergeRecords([], [older, newer]).kept).toEqual([newer]);
    expect(mergeRecords([], [older, record({ employeeId: 'E-0050' })]).kept).toHaveLength(2);
  });

  it('tells the same employee id in two courses apart', () => {
    const a = record({ employeeId: 'E-1', courseId: 'customer-focus' });
    const b = record({ employeeId: 'E-1', courseId: 'another-course' });
    expect(mergeRecords([], [a, b]).kept).toHaveLength(2);
  });
});

describe('records whose id comes from the learner and their progress', () => {
  const ana: Learner = { name: 'Ana Pérez', employeeId: 'E-1' };
  const bruno: Learner = { name: 'Bruno Díaz', employeeId: 'E-2' };
  const sealed = (learner: Learner, madeAt: string, language: 'en' | 'es' = 'en') =>
    sealRecord(
      buildRecord(
        { progress: completedProgress(), course, lessons: lessons(language), language, learner, app: { name: 'customer-focus-course', version: '0.1.0' } },
        { includeReflections: false },
        new Date(madeAt),
      ),
    );
  const imported = async (file: string, record: ReturnType<typeof sealed>) => importRecord(await record, file, false);

  it('sees two downloads of the same progress as the same record, not as a copy', async () => {
    const json = await imported('ana.json', sealed(ana, '2025-03-20T08:00:00.000Z'));
    const later = await imported('ana-later.json', sealed(ana, '2025-03-20T08:05:00.000Z', 'es'));
    expect(later.row.recordId).toBe(json.row.recordId);
    expect(mergeRecords([], [json, later])).toEqual({ kept: [later], setAside: [{ file: 'ana.json', code: 'same-record', detail: 'ana-later.json' }] });
  });

  it('keeps two learners with the same progress apart', async () => {
    const first = await imported('ana.json', sealed(ana, '2025-03-20T08:00:00.000Z'));
    const second = await imported('bruno.json', sealed(bruno, '2025-03-20T08:00:00.000Z'));
    expect(mergeRecords([], [first, second])).toEqual({ kept: [first, second], setAside: [] });
  });

  it('still sets aside a record copied to another learner, and the one it was copied from', async () => {
    const original = await sealed(ana, '2025-03-20T08:00:00.000Z');
    const copy = await resealed(original, (record) => {
      record.learner = bruno;
    });
    const { kept, setAside } = mergeRecords([], [importRecord(original, 'ana.json', false), importRecord(copy, 'bruno.json', false)]);
    expect(kept).toEqual([]);
    expect(setAside.map((problem) => [problem.file, problem.code])).toEqual([
      ['bruno.json', 'copied-record'],
      ['ana.json', 'copied-record'],
    ]);
  });
});
