import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { CompletionRecord } from './completion-record-schema';
import { downloadFile, localDate, recordFilename } from './download';

const record = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../../tests/fixtures/records/valid/v1-completed-es.json'), 'utf8'),
) as CompletionRecord;

describe('file names', () => {
  it('name the course, the employee id and the local date', () => {
    const date = localDate(new Date(record.createdAt));
    expect(recordFilename(record, 'json')).toBe(`customer-focus-record-E-00417-${date}.json`);
    expect(recordFilename(record, 'csv')).toBe(`customer-focus-record-E-00417-${date}.csv`);
  });

  it('keep only characters every file system accepts', () => {
    const odd = { ...record, learner: { ...record.learner, employeeId: '../Émile/12 34:*?' } };
    expect(recordFilename(odd, 'json')).toMatch(/^customer-focus-record-Émile-12-34-\d{4}-\d\d-\d\d\.json$/);
  });

  it('still name the learner when the id has no usable character', () => {
    const odd = { ...record, learner: { ...record.learner, employeeId: '///' } };
    expect(recordFilename(odd, 'json')).toMatch(/^customer-focus-record-learner-/);
  });
});

describe('downloading', () => {
  it('hands the browser a file through a temporary link', async () => {
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => (blobs.push(blob as Blob), 'blob:test'));
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      expect(this.download).toBe('r.json');
      expect(this.href).toBe('blob:test');
    });
    downloadFile('r.json', '{"a":1}', 'application/json');
    expect(click).toHaveBeenCalledOnce();
    expect(await blobs[0]!.text()).toBe('{"a":1}');
    expect(document.querySelector('a[download]')).toBeNull();
  });
});
