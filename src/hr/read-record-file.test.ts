import { COURSE, bytesOf, completed, fixtureBytes, resealed } from '../../tests/support/hr-fixtures';
import { recordsToCsv } from '../records/record-csv';
import { MAX_RECORD_BYTES } from './file-limits';
import { readRecordFile } from './read-record-file';

const record = fixtureBytes('valid/v1-completed-es.json');
/** A PDF's first bytes: a text header, then binary. */
const pdf = new Uint8Array([...bytesOf('%PDF-1.7\n%'), 0xe2, 0xe3, 0xcf, 0xd3, ...bytesOf('\n1 0 obj\n'), 0x80, 0x81]);

const read = (bytes: Uint8Array<ArrayBuffer>, name = 'record.json') => readRecordFile(name, bytes, COURSE);

describe('reading a record file', () => {
  it('loads a valid record of the course', async () => {
    const outcome = await read(fixtureBytes('valid/v1-completed-es.json'));
    expect(outcome).toEqual({ ok: true, record: completed(), otherVersion: false });
  });

  it('reads a file saved with a byte order mark', async () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...fixtureBytes('valid/v1-not-started-en.json')]);
    expect(await read(bytes)).toMatchObject({ ok: true });
  });

  it('loads a record whose text holds a real replacement character (U+FFFD)', async () => {
    const record = await resealed(completed(), (copy) => (copy.learner.name = 'Jos\uFFFD Pérez'));
    expect(await read(bytesOf(record))).toMatchObject({ ok: true, record: { learner: { name: 'Jos\uFFFD Pérez' } } });
  });

  it('loads a record of another version of the course, flagged', async () => {
    const older = await resealed(completed(), (record) => (record.course.version = '0.9.0'));
    expect(await read(bytesOf(older))).toMatchObject({ ok: true, otherVersion: true });
  });

  it.each([
    ['too-large', new Uint8Array(MAX_RECORD_BYTES + 1), String(MAX_RECORD_BYTES + 1)],
    ['not-json', bytesOf('Dear HR, here is my record'), undefined],
    ['not-json', pdf, undefined],
    ['truncated', record.slice(0, record.length / 2), undefined],
    ['truncated', new Uint8Array(), undefined],
    ['damaged-json', bytesOf('{"format": "customer-focus-completion-record",, "formatVersion": 1}'), undefined],
    ['learner-csv', bytesOf(recordsToCsv([completed()])), undefined],
    ['not-json', new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]), undefined],
    ['not-json', new Uint8Array([...bytesOf('{"name":"Jos'), 0xc3, ...bytesOf('"}')]), undefined],
    ['wrong-format', bytesOf({ hello: 'world' }), undefined],
    ['wrong-format', bytesOf([1, 2, 3]), undefined],
    ['unsupported-version', fixtureBytes('invalid/format-version-2.json'), '2'],
    ['invalid', fixtureBytes('invalid/final-score-over-100.json'), 'finalScore'],
    ['bad-digest', fixtureBytes('tampered/v1-score-edited.json'), undefined],
    ['nested-zip', new Uint8Array([0x50, 0x4b, 3, 4, 0, 0]), undefined],
  ])('refuses a file with the reason %s', async (code, bytes, detail) => {
    expect(await read(bytes, 'odd.json')).toEqual({ ok: false, problem: detail === undefined ? { file: 'odd.json', code } : { file: 'odd.json', code, detail } });
  });

  it('refuses a record of another course, naming it, even before checking its digest', async () => {
    const other = { ...completed(), course: { id: 'safety-basics', version: '1.0.0', title: 'Safety' } };
    expect(await read(bytesOf(other))).toEqual({ ok: false, problem: { file: 'record.json', code: 'other-course', detail: 'safety-basics' } });
  });
});
