import { fromDrop, fromFolderInput } from './picked-files';

/** A file as a folder picker gives it: named by its path in the chosen folder. */
const inFolder = (path: string) => {
  const file = new File(['{}'], path.slice(path.lastIndexOf('/') + 1));
  Object.defineProperty(file, 'webkitRelativePath', { value: path });
  return file;
};

type FakeEntry = { isFile: boolean; isDirectory: boolean; name: string; fullPath: string } & Record<string, unknown>;

const fileEntry = (fullPath: string): FakeEntry => ({
  isFile: true,
  isDirectory: false,
  name: fullPath.slice(fullPath.lastIndexOf('/') + 1),
  fullPath,
  file: (resolve: (file: File) => void) => resolve(new File(['{}'], fullPath.slice(fullPath.lastIndexOf('/') + 1))),
});

/** A folder whose reader hands its entries over two at a time, as browsers do in batches. */
const folderEntry = (fullPath: string, children: FakeEntry[]): FakeEntry => ({
  isFile: false,
  isDirectory: true,
  name: fullPath.slice(fullPath.lastIndexOf('/') + 1),
  fullPath,
  createReader: () => {
    let next = 0;
    return {
      readEntries: (resolve: (entries: FakeEntry[]) => void) => {
        resolve(children.slice(next, next + 2));
        next += 2;
      },
    };
  },
});

/** A drop of these entries; `files` holds what the browser lists as files (a folder too, as an empty file). */
const dropOf = (entries: FakeEntry[]) =>
  ({
    files: entries.map((entry) => new File(entry.isFile ? ['{}'] : [], entry.name)),
    items: entries.map((entry) => ({ kind: 'file', webkitGetAsEntry: () => entry })),
  }) as unknown as DataTransfer;

const names = (picked: Awaited<ReturnType<typeof fromDrop>>) => picked.files.map((file) => file.name);

describe('a chosen folder', () => {
  it('keeps its .json and .zip files, named by their path, and counts the others', () => {
    const picked = fromFolderInput([inFolder('records/ana.json'), inFolder('records/team/b.ZIP'), inFolder('records/.DS_Store'), inFolder('records/notes.csv')]);
    expect(names(picked)).toEqual(['records/ana.json', 'records/team/b.ZIP']);
    expect(picked.skipped).toBe(2);
  });
});

describe('a drop', () => {
  it('passes dropped files on as they are, records or not', async () => {
    const picked = await fromDrop(dropOf([fileEntry('/ana.json'), fileEntry('/notes.txt')]));
    expect(names(picked)).toEqual(['ana.json', 'notes.txt']);
    expect(picked.skipped).toBe(0);
  });

  it('finds the record files at any depth of a dropped folder, beside dropped files', async () => {
    const folder = folderEntry('/records', [
      fileEntry('/records/a.json'),
      fileEntry('/records/readme.txt'),
      folderEntry('/records/team', [fileEntry('/records/team/b.json'), fileEntry('/records/team/c.zip'), fileEntry('/records/team/d.json')]),
      fileEntry('/records/e.json'),
    ]);
    const picked = await fromDrop(dropOf([fileEntry('/loose.json'), folder]));
    expect(names(picked)).toEqual(['loose.json', 'records/a.json', 'records/team/b.json', 'records/team/c.zip', 'records/team/d.json', 'records/e.json']);
    expect(picked.skipped).toBe(1);
  });

  it('falls back to the dropped files where the browser offers no entries', async () => {
    const data = { files: [new File(['{}'], 'a.json')], items: [{ kind: 'file' }] } as unknown as DataTransfer;
    expect(names(await fromDrop(data))).toEqual(['a.json']);
  });
});
