// Zips of record files. The import worker reads the zip's directory and cuts out each entry's
// compressed bytes; the verify workers inflate them side by side (inflating is most of the cost of a
// big zip), with the browser's own zlib where it has one. Sizes come from the central directory, so
// zips written with data descriptors (macOS Finder, streaming tools) and ZIP64 zips read the same
// as any other.
import { Inflate, inflateSync } from 'fflate';

export interface ZipEntryInfo {
  name: string;
  /** Uncompressed size, as the zip declares it. */
  size: number;
  /** 0 stored, 8 deflated, and not encrypted: the only entries read here. */
  readable: boolean;
  /** Compression method: 0 stored, 8 deflated. */
  method: number;
  compressedSize: number;
  /** Where the entry's compressed bytes start, past its local header. */
  dataOffset: number;
}

/** Folders and the metadata macOS adds to zips it makes (`__MACOSX/`, `._name`, `.DS_Store`). */
const isClutter = (name: string) => name.endsWith('/') || name.startsWith('__MACOSX/') || /(^|\/)(\._[^/]*|\.DS_Store)$/.test(name);

const END_OF_DIRECTORY = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_END_OF_DIRECTORY = 0x06064b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const ZIP64_EXTRA = 0x0001;
const FLAG_ENCRYPTED = 1;
const FLAG_UTF8 = 1 << 11;

const utf8 = new TextDecoder('utf-8', { fatal: true });
const latin1 = new TextDecoder('windows-1252');

/** Names are UTF-8 when flagged so, and in practice often when not; older tools wrote code pages. */
function entryName(bytes: Uint8Array, flags: number): string {
  if (flags & FLAG_UTF8) return new TextDecoder().decode(bytes);
  try {
    return utf8.decode(bytes);
  } catch {
    return latin1.decode(bytes);
  }
}

class Reader {
  readonly view: DataView;
  constructor(readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }
  fits(offset: number, length: number): boolean {
    return offset >= 0 && offset + length <= this.bytes.byteLength;
  }
  u16 = (offset: number) => this.view.getUint16(offset, true);
  u32 = (offset: number) => this.view.getUint32(offset, true);
  u64 = (offset: number) => Number(this.view.getBigUint64(offset, true));
}

/** The end-of-directory record: where the central directory is and how many entries it has. */
function findDirectory(zip: Reader): { offset: number; entries: number } | undefined {
  const length = zip.bytes.byteLength;
  // 22 bytes, then a comment of up to 65,535 bytes.
  for (let at = length - 22; at >= Math.max(0, length - 22 - 0xffff); at--) {
    if (zip.u32(at) !== END_OF_DIRECTORY || at + 22 + zip.u16(at + 20) !== length) continue;
    let entries = zip.u16(at + 10);
    let offset = zip.u32(at + 16);
    if (entries === 0xffff || offset === 0xffffffff) {
      const locator = at - 20;
      if (!zip.fits(locator, 20) || zip.u32(locator) !== ZIP64_LOCATOR) return undefined;
      const end = zip.u64(locator + 8);
      if (!zip.fits(end, 56) || zip.u32(end) !== ZIP64_END_OF_DIRECTORY) return undefined;
      entries = zip.u64(end + 32);
      offset = zip.u64(end + 48);
    }
    return { offset, entries };
  }
  return undefined;
}

/** The files in a zip, from its central directory, without reading them; undefined when it is not a zip this page can read. */
export function listZip(bytes: Uint8Array): ZipEntryInfo[] | undefined {
  const zip = new Reader(bytes);
  const directory = findDirectory(zip);
  if (!directory) return undefined;
  const entries: ZipEntryInfo[] = [];
  let at = directory.offset;
  for (let index = 0; index < directory.entries; index++) {
    if (!zip.fits(at, 46) || zip.u32(at) !== DIRECTORY_ENTRY) return undefined;
    const flags = zip.u16(at + 8);
    const method = zip.u16(at + 10);
    let compressedSize = zip.u32(at + 20);
    let size = zip.u32(at + 24);
    const nameLength = zip.u16(at + 28);
    const extraLength = zip.u16(at + 30);
    const commentLength = zip.u16(at + 32);
    let localOffset = zip.u32(at + 42);
    if (!zip.fits(at + 46, nameLength + extraLength + commentLength)) return undefined;
    const name = entryName(bytes.subarray(at + 46, at + 46 + nameLength), flags);
    // ZIP64: the sizes and offset that did not fit in 32 bits follow, in this order, in extra field 1.
    for (let extra = at + 46 + nameLength; extra + 4 <= at + 46 + nameLength + extraLength; extra += 4 + zip.u16(extra + 2)) {
      if (zip.u16(extra) !== ZIP64_EXTRA) continue;
      let field = extra + 4;
      const read64 = () => {
        if (!zip.fits(field, 8)) return undefined;
        const value = zip.u64(field);
        field += 8;
        return value;
      };
      if (size === 0xffffffff) size = read64() ?? size;
      if (compressedSize === 0xffffffff) compressedSize = read64() ?? compressedSize;
      if (localOffset === 0xffffffff) localOffset = read64() ?? localOffset;
    }
    at += 46 + nameLength + extraLength + commentLength;
    if (isClutter(name)) continue;
    if (!zip.fits(localOffset, 30) || zip.u32(localOffset) !== LOCAL_HEADER) return undefined;
    const dataOffset = localOffset + 30 + zip.u16(localOffset + 26) + zip.u16(localOffset + 28);
    if (!zip.fits(dataOffset, compressedSize)) return undefined;
    // Deflate never grows data by more than a few bytes per block: more compressed bytes than that
    // cannot be a file of the declared size (and could take minutes to inflate).
    const plausible = compressedSize <= size + Math.ceil(size / 1000) + 64;
    const readable = !(flags & FLAG_ENCRYPTED) && (method === 0 || method === 8) && plausible;
    entries.push({ name, size, readable, method, compressedSize, dataOffset });
  }
  return entries;
}

/** An entry's bytes as stored in the zip (compressed when its method is 8), in a buffer of their own. */
export const entryData = (zip: Uint8Array, entry: ZipEntryInfo): Uint8Array<ArrayBuffer> => zip.slice(entry.dataOffset, entry.dataOffset + entry.compressedSize);

/**
 * Several entries' bytes as stored, copied one after another into one new buffer: views of it, in
 * the entries' order. A batch of entries then moves to a verify worker as one buffer rather than one
 * per entry (each a separate allocation for the garbage collector, and a separate transfer).
 */
export function packEntries(zip: Uint8Array, entries: readonly ZipEntryInfo[]): Array<Uint8Array<ArrayBuffer>> {
  const packed = new Uint8Array(entries.reduce((sum, entry) => sum + entry.compressedSize, 0));
  let offset = 0;
  return entries.map((entry) => {
    const view = packed.subarray(offset, offset + entry.compressedSize);
    view.set(zip.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize));
    offset += entry.compressedSize;
    return view;
  });
}

/** Compressed bytes fed to the inflater at a time: deflate grows data at most about 1,032 times, so one step yields at most about 4 MB. */
const INFLATE_STEP = 4096;

export type Inflated = { ok: true; out: Uint8Array<ArrayBuffer> } | { ok: false; produced: number };

/**
 * Inflates a deflate stream with fflate, stopping as soon as more than `limit` bytes have come out:
 * a zip bomb costs at most `limit` plus one step's output, never the gigabytes it would inflate to.
 * `produced` is how many bytes were inflated before it stopped.
 */
export function inflateAtMost(data: Uint8Array, limit: number): Inflated {
  if (!data.length) return { ok: true, out: new Uint8Array(0) };
  if (data.length <= INFLATE_STEP) {
    // One step or less (a record's usual few KB): inflated at once into a buffer one byte longer
    // than the limit. fflate writes nothing past a buffer it is given, so this costs the buffer and
    // one step's inflating, like the steps below, without their buffers and copies.
    try {
      const out = inflateSync(data, { out: new Uint8Array(limit + 1) });
      return out.byteLength > limit ? { ok: false, produced: out.byteLength } : { ok: true, out };
    } catch {
      // Damaged deflate data.
      return { ok: false, produced: 0 };
    }
  }
  const chunks: Uint8Array[] = [];
  let produced = 0;
  const inflater = new Inflate((chunk) => {
    produced += chunk.length;
    if (produced <= limit) chunks.push(chunk.slice());
  });
  try {
    for (let at = 0; at < data.length && produced <= limit; at += INFLATE_STEP) inflater.push(data.subarray(at, at + INFLATE_STEP), at + INFLATE_STEP >= data.length);
  } catch {
    // Damaged deflate data.
    return { ok: false, produced };
  }
  if (produced > limit) return { ok: false, produced };
  return { ok: true, out: concat(chunks, produced) };
}

function concat(chunks: readonly Uint8Array[], length: number): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(length);
  chunks.reduce((offset, chunk) => (out.set(chunk, offset), offset + chunk.length), 0);
  return out;
}

/**
 * The same with the browser's own zlib (`DecompressionStream`), several times faster than fflate.
 * The compressed bytes go in a step at a time and the stream inflates a step only when its output
 * is read, so reading stops just past `limit` as fflate does. Undefined when the browser has no
 * such stream or it fails (damaged data, bytes after the end): fflate then has the say, so a file
 * gets the same verdict in every browser.
 */
export async function inflateNativeAtMost(data: Uint8Array<ArrayBuffer>, limit: number): Promise<Inflated | undefined> {
  let stream: DecompressionStream;
  try {
    stream = new DecompressionStream('deflate-raw');
  } catch {
    // No DecompressionStream, or one without raw deflate (Chromium before 103).
    return undefined;
  }
  const writer = stream.writable.getWriter();
  const reader = stream.readable.getReader();
  // Failures show on the reading side; these are only kept from going unhandled.
  const ignore = () => undefined;
  for (let at = 0; at < data.length; at += INFLATE_STEP) writer.write(data.subarray(at, at + INFLATE_STEP)).catch(ignore);
  writer.close().catch(ignore);
  const chunks: Uint8Array[] = [];
  let produced = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      produced += value.byteLength;
      if (produced > limit) {
        reader.cancel().catch(ignore);
        return { ok: false, produced };
      }
      chunks.push(value);
    }
  } catch {
    return undefined;
  }
  const [only] = chunks;
  return { ok: true, out: chunks.length === 1 && only?.byteLength === only?.buffer.byteLength ? (only as Uint8Array<ArrayBuffer>) : concat(chunks, produced) };
}

/**
 * An entry's content, from the bytes `entryData` cut out: undefined when they do not inflate to
 * exactly the size the zip declares (damaged, or a zip bomb, which stops inflating just past that size).
 */
export async function inflateEntry(data: Uint8Array<ArrayBuffer>, method: number, size: number): Promise<Uint8Array<ArrayBuffer> | undefined> {
  if (method === 0) return data.byteLength === size ? data : undefined;
  if (method !== 8) return undefined;
  const inflated = (await inflateNativeAtMost(data, size)) ?? inflateAtMost(data, size);
  return inflated.ok && inflated.out.byteLength === size ? inflated.out : undefined;
}

/** Entries in batches of about `maxBytes` uncompressed, so a large zip never sits unpacked in memory all at once. */
export function batchBySize<T extends { size: number }>(entries: readonly T[], maxBytes: number): T[][] {
  const batches: T[][] = [];
  let batch: T[] = [];
  let bytes = 0;
  for (const entry of entries) {
    if (batch.length && bytes + entry.size > maxBytes) {
      batches.push(batch);
      batch = [];
      bytes = 0;
    }
    batch.push(entry);
    bytes += entry.size;
  }
  if (batch.length) batches.push(batch);
  return batches;
}
