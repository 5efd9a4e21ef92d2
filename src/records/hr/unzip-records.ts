import { unzipSync } from 'fflate';

export interface ZipEntryInfo {
  name: string;
  /** Uncompressed size, as the zip declares it. */
  size: number;
  /** 0 stored, 8 deflated: the only methods read here. */
  readable: boolean;
}

/** Folders and the metadata macOS adds to zips it makes (`__MACOSX/`, `._name`, `.DS_Store`). */
const isClutter = (name: string) => name.endsWith('/') || name.startsWith('__MACOSX/') || /(^|\/)(\._[^/]*|\.DS_Store)$/.test(name);

/** The files in a zip, without reading them; undefined when it is not a zip this page can read. */
export function listZip(zip: Uint8Array): ZipEntryInfo[] | undefined {
  const entries: ZipEntryInfo[] = [];
  try {
    unzipSync(zip, {
      filter: (file) => {
        if (!isClutter(file.name)) entries.push({ name: file.name, size: file.originalSize, readable: file.compression === 0 || file.compression === 8 });
        return false;
      },
    });
  } catch {
    return undefined;
  }
  return entries;
}

export type ExtractedEntry = { name: string; bytes: Uint8Array } | { name: string; bytes?: undefined };

/**
 * The listed entries' contents. A damaged entry comes back without bytes; the others still load.
 * Every call reads the zip's directory, so extract in batches rather than one entry at a time.
 */
export function extractEntries(zip: Uint8Array, names: readonly string[]): ExtractedEntry[] {
  const wanted = new Set(names);
  try {
    const files = unzipSync(zip, { filter: (file) => wanted.has(file.name) });
    return names.map((name) => (Object.hasOwn(files, name) ? { name, bytes: files[name]! } : { name }));
  } catch {
    if (names.length === 1) return [{ name: names[0]! }];
    // One entry broke the batch: read them one by one to find it.
    return names.flatMap((name) => extractEntries(zip, [name]));
  }
}

/** Entries in batches of about `maxBytes` uncompressed, so a large zip never sits unpacked in memory all at once. */
export function batchBySize(entries: readonly ZipEntryInfo[], maxBytes: number): ZipEntryInfo[][] {
  const batches: ZipEntryInfo[][] = [];
  let batch: ZipEntryInfo[] = [];
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
