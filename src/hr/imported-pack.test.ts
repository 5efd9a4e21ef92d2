import { completed, inProgress } from '../../tests/support/hr-fixtures';
import { importRecord } from './imported-record';
import { OptionLabels, packRecords, unpackLater } from './imported-pack';

describe('records between workers', () => {
  it.each([
    ['completed (es)', () => importRecord(completed(), 'a.json', false)],
    ['in progress (en)', () => importRecord(inProgress(), 'b.json', true)],
  ])('come back as they went, labels included: %s', (_, make) => {
    const record = make();
    const { records: packed, labels } = packRecords([record]);
    const known = new OptionLabels();
    known.add(labels);
    const unpacked = unpackLater(packed[0]!, known);
    expect({ row: unpacked.row, firstAnswers: unpacked.firstAnswers, otherVersion: unpacked.otherVersion }).toEqual(record);
  });

  it('send each option label once per batch', () => {
    const record = importRecord(completed(), 'a.json', false);
    const { labels } = packRecords([record, record]);
    expect(new Set(labels.map(([question, option]) => `${question}/${option}`)).size).toBe(labels.length);
  });

  it('keep the first label seen for an option', () => {
    const known = new OptionLabels();
    known.add([['q', 'a', 'Call back']]);
    known.add([['q', 'a', 'Devolver la llamada']]);
    expect(known.option('q', 'a')).toEqual({ id: 'a', label: 'Call back' });
    expect(known.option('q', 'z')).toEqual({ id: 'z' });
  });

  it('give an option seen without a label its label once one arrives', () => {
    const known = new OptionLabels();
    expect(known.option('q', 'a')).toEqual({ id: 'a' });
    known.add([['q', 'a', 'Call back']]);
    expect(known.option('q', 'a')).toEqual({ id: 'a', label: 'Call back' });
  });

  it('forget every label when cleared', () => {
    const known = new OptionLabels();
    known.add([['q', 'a', 'Call back']]);
    expect(known.option('q', 'a')).toEqual({ id: 'a', label: 'Call back' });
    known.clear();
    expect(known.option('q', 'a')).toEqual({ id: 'a' });
  });

  it('unpack the answers only when first read, with the labels known by then, and once', () => {
    const record = importRecord(completed(), 'a.json', false);
    const { records: packed, labels } = packRecords([record]);
    const known = new OptionLabels();
    const parse = vi.spyOn(JSON, 'parse');
    const later = unpackLater(packed[0]!, known);
    expect(later.row).toBe(packed[0]!.row);
    expect(parse).not.toHaveBeenCalled();
    known.add(labels);
    expect(later).toEqual(record);
    expect(later.firstAnswers).toBe(later.firstAnswers);
    expect(parse).toHaveBeenCalledOnce();
    parse.mockRestore();
  });
});
