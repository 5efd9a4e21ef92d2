import { completed } from '../../tests/support/hr-fixtures';
import { recordsToCsv } from '../records/record-csv';
import { readJsonText } from './json-text';

const utf8 = (text: string) => new TextEncoder().encode(text);
const record = JSON.stringify(completed(), null, 2);
/** A PDF's first bytes: a text header, then binary. */
const pdf = new Uint8Array([...utf8('%PDF-1.7\n%'), 0xe2, 0xe3, 0xcf, 0xd3, ...utf8('\n1 0 obj\n'), 0x80, 0x81]);

describe('reading a file as JSON text', () => {
  it('reads JSON, with or without a byte order mark', () => {
    expect(readJsonText(utf8(record))).toEqual({ kind: 'json', text: record, value: completed() });
    expect(readJsonText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(record)]))).toMatchObject({ kind: 'json', value: completed() });
  });

  it('reads a file the same right after one that is not UTF-8 or stops partway through a character', () => {
    const bytes = utf8(record);
    readJsonText(pdf);
    readJsonText(bytes.slice(0, bytes.indexOf(0xc3) + 1));
    expect(readJsonText(bytes)).toEqual({ kind: 'json', text: record, value: completed() });
    expect(readJsonText(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]))).toMatchObject({ kind: 'json', value: completed() });
  });

  it.each([
    ['inside a string', record.slice(0, record.indexOf('Orientación') + 5)],
    ['between two members', record.slice(0, record.indexOf('"learner"'))],
    ['after a colon', record.slice(0, record.indexOf('"learner"') + '"learner":'.length)],
    ['inside a number', record.slice(0, record.indexOf('"formatVersion": 1') + '"formatVersion": '.length)],
    ['one byte before the end', record.slice(0, -1)],
    ['in a list', '[1, 2, {"a": [3'],
  ])('says a record cut short %s is truncated', (_, text) => {
    expect(readJsonText(utf8(text))).toEqual({ kind: 'truncated' });
  });

  it('says a record cut partway through a character is truncated, not that it is not text', () => {
    const bytes = utf8(record);
    const accent = bytes.indexOf(0xc3);
    expect(readJsonText(bytes.slice(0, accent + 1))).toEqual({ kind: 'truncated' });
  });

  it('says an empty file is truncated', () => {
    expect(readJsonText(new Uint8Array())).toEqual({ kind: 'truncated' });
    expect(readJsonText(utf8(' \n'))).toEqual({ kind: 'truncated' });
  });

  it.each([
    ['a stray character', record.replace('"formatVersion": 1,', '"formatVersion": 1,,')],
    ['a bracket that does not match', '{"a": [1, 2}'],
    ['text after the end', `${record}\n{"another": "record"}`],
  ])('says JSON broken by %s is damaged', (_, text) => {
    expect(readJsonText(utf8(text))).toEqual({ kind: 'damaged' });
  });

  it.each([
    ['a note', utf8('Dear HR, my record is attached.')],
    ['a PDF', pdf],
    ['UTF-16 text', new Uint8Array([0xff, 0xfe, 0x7b, 0x00, 0x7d, 0x00])],
    ['a CSV of something else', utf8('name,score\r\nAna,90\r\n')],
  ])('says %s is not JSON', (_, bytes) => {
    expect(readJsonText(bytes)).toEqual({ kind: 'not-json' });
  });

  it('knows the learner’s own CSV export', () => {
    expect(readJsonText(utf8(recordsToCsv([completed()])))).toEqual({ kind: 'learner-csv' });
  });
});
