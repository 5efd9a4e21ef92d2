import Papa from 'papaparse';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { CompletionRecord } from './completion-record-schema';
import { recordColumns, recordRow, recordsToCsv, writeCsv } from './record-csv';

const read = (name: string) =>
  JSON.parse(readFileSync(resolve(import.meta.dirname, '../../tests/fixtures/records/valid', name), 'utf8')) as CompletionRecord;
const completed = read('v1-completed-es.json');
const inProgress = read('v1-in-progress-en.json');

/** Reads CSV back the way a spreadsheet import would: BOM off, first row as the header. */
function parse(csv: string) {
  expect(csv.startsWith('\uFEFF')).toBe(true);
  const result = Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true, delimiter: ',' });
  expect(result.errors).toEqual([]);
  return result;
}

describe('the CSV writer', () => {
  const tricky = [
    'Pérez, Ana',
    'Dwayne "The Rock" Johnson',
    'Line one\nline two',
    'Carriage\r\nreturn',
    'Zoë Ñúñez-Ölander',
    'Team 🚀 Lead 👩🏽‍💼',
    '  padded  ',
  ];

  it.each(tricky)('writes %j so that it parses back unchanged', (name) => {
    const csv = writeCsv(['name', 'score'], [{ name, score: 90 }]);
    expect(parse(csv).data).toEqual([{ name, score: '90' }]);
  });

  it.each([
    ['=HYPERLINK("http://x.test","click")'],
    ['+1+1'],
    ['-2+3'],
    ['@SUM(A1:A2)'],
    ['\tTab'],
    ['=cmd|" /C calc"!A0\nsecond line'],
  ])('neutralises a formula in %j with a leading apostrophe', (value) => {
    const [row] = parse(writeCsv(['name'], [{ name: value }])).data;
    expect(row!.name).toBe(`'${value}`);
  });

  it('leaves numbers and booleans as they are', () => {
    const [row] = parse(writeCsv(['n', 'b', 'neg'], [{ n: 85, b: true, neg: -1 }])).data;
    expect(row).toEqual({ n: '85', b: 'true', neg: '-1' });
  });

  it('uses CRLF line ends and leaves missing values empty', () => {
    const csv = writeCsv(['a', 'b', 'c'], [{ a: 'x', b: undefined, c: null }]);
    expect(csv).toBe('\uFEFFa,b,c\r\nx,,');
  });
});

describe('a record as CSV', () => {
  it('is one header row and one row per record', () => {
    const { data, meta } = parse(recordsToCsv([completed]));
    expect(data).toHaveLength(1);
    expect(meta.fields).toEqual(recordColumns(completed));
  });

  it('carries the learner, course, status, score and dates as ISO 8601', () => {
    const [row] = parse(recordsToCsv([completed])).data;
    expect(row).toMatchObject({
      record_id: completed.recordId,
      learner_name: completed.learner.name,
      employee_id: 'E-00417',
      email: 'jose.alvarez@example.com',
      course_id: 'customer-focus',
      course_version: '1.0.0',
      course_title: 'Orientación al cliente',
      status: 'completed',
      completed_at: '2025-03-11T09:30:00.000Z',
      final_score: '90',
      passed: 'true',
      lessons_completed: '5',
      lessons_total: '5',
      assessment_attempts: '2',
      digest_sha256: completed.digest.value,
    });
    expect(row!['what-customer-focus-means.best_score']).toBe('100');
    expect(row!['what-customer-focus-means.completed_at']).toBe('2025-03-03T09:40:00.000Z');
  });

  it('counts the attempts a learner would: finished ones, one per pass through a lesson with a quiz and a scenario', () => {
    const [row] = parse(recordsToCsv([completed])).data;
    expect(row!['walking-the-customers-path.attempts']).toBe('1');
    expect(row!['what-customer-focus-means.attempts']).toBe('2');
    const [open] = parse(recordsToCsv([inProgress])).data;
    expect(open!['your-focus-or-theirs.attempts']).toBe('0');
    expect(open!['what-customer-focus-means.attempts']).toBe('1');
  });

  it('counts only finished attempts at the assessment', () => {
    const { finishedAt: _finished, ...last } = completed.attempts.at(-1)!;
    const retry = { ...last, id: 'retry', number: 3, answers: [] };
    expect(recordRow({ ...completed, attempts: [...completed.attempts, retry] }).assessment_attempts).toBe(2);
  });

  it('neutralises a learner name written as a formula', () => {
    const [row] = parse(recordsToCsv([inProgress])).data;
    expect(inProgress.learner.name.startsWith('=')).toBe(true);
    expect(row!.learner_name).toBe(`'${inProgress.learner.name}`);
  });

  it('totals the time over every lesson', () => {
    expect(recordRow(completed).time_spent_seconds).toBe(completed.lessons.reduce((sum, lesson) => sum + lesson.timeSpentSeconds, 0));
  });

  it('gives records with different lessons the union of their columns, the digest last', () => {
    const renamed: CompletionRecord = {
      ...inProgress,
      lessons: [...inProgress.lessons, { ...inProgress.lessons[0]!, slug: 'a-new-lesson' }],
    };
    const { data, meta } = parse(recordsToCsv([completed, renamed]));
    expect(data).toHaveLength(2);
    expect(meta.fields).toContain('a-new-lesson.status');
    expect(meta.fields!.at(-1)).toBe('digest_sha256');
    expect(data[0]!['a-new-lesson.status']).toBe('');
  });

  it('still has a header row with no records', () => {
    expect(recordsToCsv([]).split('\r\n')[0]).toContain('record_id,created_at');
  });
});
