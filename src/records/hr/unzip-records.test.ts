import { strToU8, zipSync } from 'fflate';
import { batchBySize, extractEntries, listZip } from './unzip-records';

const zip = zipSync({
  'a.json': strToU8('{"a":1}'),
  'team/b.json': [strToU8('{"b":2}'), { level: 0 }],
  'team/': new Uint8Array(),
  '__MACOSX/team/._b.json': strToU8('junk'),
  'team/.DS_Store': strToU8('junk'),
});

describe('reading a zip of records', () => {
  it('lists its files, leaving out folders and macOS metadata', () => {
    expect(listZip(zip)).toEqual([
      { name: 'a.json', size: 7, readable: true },
      { name: 'team/b.json', size: 7, readable: true },
    ]);
  });

  it('unpacks the files asked for, stored or compressed', () => {
    const entries = extractEntries(zip, ['team/b.json', 'a.json']);
    expect(entries.map(({ name, bytes }) => [name, new TextDecoder().decode(bytes)])).toEqual([
      ['team/b.json', '{"b":2}'],
      ['a.json', '{"a":1}'],
    ]);
  });

  it('says a damaged file is not a zip', () => {
    expect(listZip(new Uint8Array([0x50, 0x4b, 3, 4, 1, 2, 3]))).toBeUndefined();
    expect(listZip(zip.slice(0, zip.length - 30))).toBeUndefined();
  });

  it('returns a damaged entry without bytes and the others with theirs', () => {
    const broken = zip.slice();
    // Corrupt the deflated data of a.json (just after its 30-byte local header and name).
    broken.fill(0xff, 30 + 'a.json'.length, 30 + 'a.json'.length + 4);
    const entries = extractEntries(broken, ['a.json', 'team/b.json']);
    expect(entries[0]).toEqual({ name: 'a.json' });
    expect(entries[1]!.bytes).toBeDefined();
  });

  it('groups entries in batches of about the given size', () => {
    const entries = [10, 10, 10, 25, 5].map((size, i) => ({ name: `${i}`, size, readable: true }));
    expect(batchBySize(entries, 20).map((batch) => batch.map((entry) => entry.name))).toEqual([['0', '1'], ['2'], ['3'], ['4']]);
  });
});
