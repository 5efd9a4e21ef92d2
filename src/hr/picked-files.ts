// What HR hands the page: files picked or dropped as they are, and whole folders (picked with the
// folder button or dropped), whose record files are found at any depth.
import type { PickedFile } from './import-client';

export interface Picked {
  files: PickedFile[];
  /** Files inside folders that were not read: only .json and .zip files are. */
  skipped: number;
}

const RECORD_FILE = /\.(json|zip)$/i;

/** A folder's files, named by their path in it (`records/team-a/ana.json`); .json and .zip only. */
function inFolder(found: ReadonlyArray<{ file: File; name: string }>): Picked {
  const files = found.filter(({ name }) => RECORD_FILE.test(name));
  return { files, skipped: found.length - files.length };
}

/** The files of a folder chosen with `<input webkitdirectory>`. */
export const fromFolderInput = (files: readonly File[]): Picked =>
  inFolder(files.map((file) => ({ file, name: file.webkitRelativePath || file.name })));

const fileOf = (entry: FileSystemFileEntry) => new Promise<File>((resolve, reject) => entry.file(resolve, reject));

/** What a dropped folder holds: its record files (asked for, in folder order) and how many others. */
interface Found {
  files: Array<Promise<PickedFile>>;
  skipped: number;
}

/** The record files under a dropped folder, at any depth; the browser hands over entries a batch at a time. */
async function walk(directory: FileSystemDirectoryEntry, found: Found): Promise<void> {
  const reader = directory.createReader();
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
    if (!batch.length) return;
    for (const entry of batch) {
      if (entry.isDirectory) await walk(entry as FileSystemDirectoryEntry, found);
      // Asked for now, awaited at the end: one at a time, 20,000 files would take long.
      else if (RECORD_FILE.test(entry.name)) {
        const name = entry.fullPath.replace(/^\//, '');
        found.files.push(fileOf(entry as FileSystemFileEntry).then((file) => ({ file, name })));
      } else found.skipped += 1;
    }
  }
}

/**
 * What was dropped: files as they are (a file that is not a record is reported as such), folders
 * walked for their .json and .zip files. Reads the drop's entries at once, as the browser allows
 * only during the drop event; call it from the event handler.
 */
export function fromDrop(data: DataTransfer): Promise<Picked> {
  const files = [...data.files];
  const items = [...data.items].filter((item) => item.kind === 'file');
  // Items and files list the same things in the same order; a folder is a File only in name.
  const entries = items.length === files.length ? items.map((item) => (item as Partial<DataTransferItem>).webkitGetAsEntry?.() ?? null) : [];
  if (!entries.some((entry) => entry?.isDirectory)) return Promise.resolve({ files, skipped: 0 });
  return (async () => {
    const found: Found = { files: [], skipped: 0 };
    for (const [index, entry] of entries.entries()) {
      if (entry?.isDirectory) await walk(entry as FileSystemDirectoryEntry, found);
      else found.files.push(Promise.resolve(files[index]!));
    }
    return { files: await Promise.all(found.files), skipped: found.skipped };
  })();
}
