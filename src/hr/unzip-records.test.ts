import { Zip, ZipDeflate, strToU8, zipSync } from 'fflate';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { batchBySize, entryData, inflateEntry, inflateNativeAtMost, listZip, packEntries, type ZipEntryInfo } from './unzip-records';

const zip = zipSync({
  'a.json': strToU8('{"a":1}'),
  'team/b.json': [strToU8('{"b":2}'), { level: 0 }],
  'team/': new Uint8Array(),
  '__MACOSX/team/._b.json': strToU8('junk'),
  'team/.DS_Store': strToU8('junk'),
});

const fixture = (name: string) => new Uint8Array(readFileSync(resolve(import.meta.dirname, '../../tests/fixtures/hr/zips', name)));
const contents = (bytes: Uint8Array, entries: ZipEntryInfo[]) =>
  Promise.all(entries.map(async (entry) => [entry.name, new TextDecoder().decode(await inflateEntry(entryData(bytes, entry), entry.method, entry.size))]));

/** A zip written as a stream, the way macOS and streaming tools do: sizes only after each file's data. */
function streamedZip(files: Record<string, string>): Uint8Array {
  const chunks: Uint8Array[] = [];
  const writer = new Zip((error, chunk) => {
    if (error) throw error;
    chunks.push(chunk);
  });
  for (const [name, text] of Object.entries(files)) {
    const file = new ZipDeflate(name, { level: 6 });
    writer.add(file);
    file.push(strToU8(text), true);
  }
  writer.end();
  const bytes = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
  chunks.reduce((offset, chunk) => (bytes.set(chunk, offset), offset + chunk.length), 0);
  return bytes;
}

describe('reading a zip of records', () => {
  it('packs entries into one buffer, each view holding what entryData cuts out', () => {
    const entries = listZip(zip)!;
    const packed = packEntries(zip, [...entries].reverse());
    expect(new Set(packed.map((view) => view.buffer)).size).toBe(1);
    expect(packed[0]!.buffer.byteLength).toBe(entries.reduce((sum, entry) => sum + entry.compressedSize, 0));
    expect(packed.map((view) => [...view])).toEqual([...entries].reverse().map((entry) => [...entryData(zip, entry)]));
  });

  it('lists its files, leaving out folders and macOS metadata', () => {
    expect(listZip(zip)).toMatchObject([
      { name: 'a.json', size: 7, readable: true, method: 8 },
      { name: 'team/b.json', size: 7, readable: true, method: 0 },
    ]);
  });

  it('gives each file back, stored or compressed', async () => {
    expect(await contents(zip, listZip(zip)!)).toEqual([
      ['a.json', '{"a":1}'],
      ['team/b.json', '{"b":2}'],
    ]);
  });

  it('reads zips whose sizes come after the data (data descriptors)', async () => {
    const streamed = streamedZip({ 'one.json': '{"one":1}', 'two.json': '{"two":2}'.repeat(50) });
    expect(await contents(streamed, listZip(streamed)!)).toEqual([
      ['one.json', '{"one":1}'],
      ['two.json', '{"two":2}'.repeat(50)],
    ]);
  });

  it.each(['zip64.zip', 'zip64-end-record.zip'])('reads the ZIP64 zip %s', async (name) => {
    const bytes = fixture(name);
    expect(await contents(bytes, listZip(bytes)!)).toEqual([
      ['a.json', '{"a":1}'.repeat(20)],
      ['folder/b.json', '{"b":2}'],
    ]);
  });

  it('reads a file name written in an old code page', () => {
    const latin = zipSync({ 'x.json': strToU8('{}') });
    // "x.json" becomes "é.json" in Latin-1, without the UTF-8 flag fflate sets for non-ASCII names.
    const patched = latin.slice();
    for (let at = 0; at < patched.length; at++) if (patched[at] === 0x78 && patched[at + 1] === 0x2e) patched[at] = 0xe9;
    expect(listZip(patched)?.map((entry) => entry.name)).toEqual(['é.json']);
  });

  it('says a damaged file is not a zip', () => {
    expect(listZip(new Uint8Array([0x50, 0x4b, 3, 4, 1, 2, 3]))).toBeUndefined();
    expect(listZip(zip.slice(0, zip.length - 30))).toBeUndefined();
  });

  it('gives nothing for a damaged entry, and the others still read', async () => {
    const broken = zip.slice();
    // Corrupt the deflated data of a.json (just after its 30-byte local header and name).
    broken.fill(0xff, 30 + 'a.json'.length, 30 + 'a.json'.length + 4);
    const [a, b] = listZip(broken)!;
    expect(await inflateEntry(entryData(broken, a!), a!.method, a!.size)).toBeUndefined();
    expect(new TextDecoder().decode(await inflateEntry(entryData(broken, b!), b!.method, b!.size))).toBe('{"b":2}');
  });

  it('refuses an entry that inflates to another size than the zip declares', async () => {
    const [a] = listZip(zip)!;
    expect(await inflateEntry(entryData(zip, a!), a!.method, a!.size - 1)).toBeUndefined();
    expect(await inflateEntry(entryData(zip, a!), a!.method, a!.size + 1)).toBeUndefined();
  });

  it("leaves damaged data to fflate when the browser's zlib fails on it, so the verdict is the same in every browser", async () => {
    const broken = zip.slice();
    broken.fill(0xff, 30 + 'a.json'.length, 30 + 'a.json'.length + 4);
    const [a] = listZip(broken)!;
    expect(await inflateNativeAtMost(entryData(broken, a!), a!.size)).toBeUndefined();
  });

  describe('in a browser without DecompressionStream', () => {
    beforeEach(() => vi.stubGlobal('DecompressionStream', undefined));
    afterEach(() => vi.unstubAllGlobals());

    it('inflates with fflate alone, to the same contents and the same refusals', async () => {
      const streamed = streamedZip({ 'one.json': '{"one":1}', 'two.json': '{"two":2}'.repeat(2000) });
      expect(await inflateNativeAtMost(entryData(streamed, listZip(streamed)![0]!), 100)).toBeUndefined();
      expect(await contents(streamed, listZip(streamed)!)).toEqual([
        ['one.json', '{"one":1}'],
        ['two.json', '{"two":2}'.repeat(2000)],
      ]);
      const [a] = listZip(zip)!;
      expect(await inflateEntry(entryData(zip, a!), a!.method, a!.size - 1)).toBeUndefined();
      expect(await inflateEntry(entryData(zip, a!), a!.method, a!.size + 1)).toBeUndefined();
    });
  });

  it('will not inflate an entry with far more compressed bytes than its declared size (a zip bomb)', () => {
    const big = zipSync({ 'bomb.json': new Uint8Array(200_000).fill(7) }, { level: 0 });
    // Declare 10 bytes uncompressed in the central directory entry (offset 24 of the entry).
    const view = new DataView(big.buffer);
    const entryAt = [...big.keys()].find((at) => view.getUint32(at, true) === 0x02014b50)!;
    view.setUint32(entryAt + 24, 10, true);
    expect(listZip(big)).toMatchObject([{ name: 'bomb.json', size: 10, readable: false }]);
  });

  it('does not try to read a password-protected entry', () => {
    const locked = zipSync({ 'secret.json': strToU8('{}') });
    const view = new DataView(locked.buffer);
    const entryAt = [...locked.keys()].find((at) => view.getUint32(at, true) === 0x02014b50)!;
    view.setUint16(entryAt + 8, view.getUint16(entryAt + 8, true) | 1, true);
    expect(listZip(locked)).toMatchObject([{ name: 'secret.json', readable: false }]);
  });

  it('groups entries in batches of about the given size', () => {
    const entries = [10, 10, 10, 25, 5].map((size, i) => ({ name: `${i}`, size }));
    expect(batchBySize(entries, 20).map((batch) => batch.map((entry) => entry.name))).toEqual([['0', '1'], ['2'], ['3'], ['4']]);
  });
});
