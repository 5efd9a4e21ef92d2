/* eslint-disable @typescript-eslint/require-await -- act(async () => …) settles an import and makes act also run what the settled promise triggers. */
import { act, renderHook, waitFor } from '@testing-library/react';
import type { PickedFile } from './import-client';
import type { ImportOutcome } from './worker-protocol';
import { useHrReport } from './use-hr-report';

/** The importer's imports, each finished by the test when it chooses. */
const imports = vi.hoisted(() => [] as Array<{ files: readonly PickedFile[]; finish: (outcome: ImportOutcome | undefined) => void }>);
/** Importers started, and stopped. */
const importers = vi.hoisted(() => ({ started: 0, disposed: 0 }));
vi.mock('./import-client', () => ({
  createHrImporter: () => {
    importers.started += 1;
    return {
      importFiles: (files: readonly PickedFile[]) => new Promise<ImportOutcome | undefined>((finish) => imports.push({ files, finish })),
      // As the real importer does: the running import resolves with nothing.
      cancel: () => imports.at(-1)?.finish(undefined),
      addRecords: (records: readonly unknown[]) =>
        Promise.resolve({ loaded: records.length, problems: [{ file: 'https://lrs.example.com/xapi/', code: 'same-record', detail: 'ana.json' }], learners: 2, skipped: 0 }),
      query: () => new Promise(() => {}),
      exportReport: () => new Promise(() => {}),
      reset: () => {},
      dispose: () => void (importers.disposed += 1),
    };
  },
}));

const file = (name: string) => new File(['{}'], name, { type: 'application/json' });
const outcome = (loaded: number, learners: number, problems: ImportOutcome['problems'] = []): ImportOutcome => ({ loaded, problems, learners, skipped: 0 });

afterEach(() => {
  imports.length = 0;
  importers.started = importers.disposed = 0;
});

describe('the workers', () => {
  it('start as the page opens, before any file is chosen, and stop when it closes', () => {
    const { unmount } = renderHook(() => useHrReport('en'));
    expect(importers).toEqual({ started: 1, disposed: 0 });
    unmount();
    expect(importers).toEqual({ started: 1, disposed: 1 });
  });
});

describe('files given while an import runs', () => {
  it('wait for it, then load together, and the result speaks of every file', async () => {
    const { result } = renderHook(() => useHrReport('en'));
    act(() => void result.current.importFiles({ files: [file('a.json')], skipped: 0 }));
    await waitFor(() => expect(imports).toHaveLength(1));

    act(() => void result.current.importFiles({ files: [file('b.json')], skipped: 0 }));
    act(() => void result.current.importFiles({ files: [file('c.json'), file('d.json')], skipped: 1 }));
    expect(result.current.state).toMatchObject({ kind: 'importing', queued: 3 });
    expect(imports).toHaveLength(1);

    await act(async () => imports[0]!.finish(outcome(1, 1)));
    await waitFor(() => expect(imports).toHaveLength(2));
    expect(imports[1]!.files.map((picked) => picked.name)).toEqual(['b.json', 'c.json', 'd.json']);
    expect(result.current.state).toMatchObject({ kind: 'importing', queued: 0 });

    await act(async () => imports[1]!.finish(outcome(2, 3, [{ file: 'c.json', code: 'bad-digest' }])));
    await waitFor(() => expect(result.current.state.kind).toBe('done'));
    expect(result.current.state).toEqual({ kind: 'done', outcome: outcome(3, 3, [{ file: 'c.json', code: 'bad-digest' }]), skipped: 1 });
    expect(result.current.problems).toEqual([{ file: 'c.json', code: 'bad-digest' }]);
  });

  it('start a new import once the last one is over', async () => {
    const { result } = renderHook(() => useHrReport('en'));
    act(() => void result.current.importFiles({ files: [file('a.json')], skipped: 0 }));
    await waitFor(() => expect(imports).toHaveLength(1));
    await act(async () => imports[0]!.finish(outcome(1, 1)));
    await waitFor(() => expect(result.current.state.kind).toBe('done'));

    act(() => void result.current.importFiles({ files: [file('b.json')], skipped: 0 }));
    await waitFor(() => expect(imports).toHaveLength(2));
    expect(result.current.state).toMatchObject({ kind: 'importing', queued: 0 });
  });

  it('are dropped with the import when HR stops it, and nothing more loads', async () => {
    const { result } = renderHook(() => useHrReport('en'));
    act(() => void result.current.importFiles({ files: [file('a.json')], skipped: 0 }));
    await waitFor(() => expect(imports).toHaveLength(1));
    act(() => void result.current.importFiles({ files: [file('b.json')], skipped: 0 }));

    await act(async () => result.current.cancel());
    await waitFor(() => expect(result.current.state).toEqual({ kind: 'cancelled', dropped: 1 }));
    expect(imports).toHaveLength(1);
    expect(result.current.problems).toEqual([]);

    // The next files start a fresh import.
    act(() => void result.current.importFiles({ files: [file('c.json')], skipped: 0 }));
    await waitFor(() => expect(imports).toHaveLength(2));
    expect(imports[1]!.files.map((picked) => picked.name)).toEqual(['c.json']);
  });
});

describe('records read from an LRS', () => {
  it('join the report, and any set aside join the files not loaded', async () => {
    const { result } = renderHook(() => useHrReport('en'));
    const added = await act(async () => result.current.addRecords([]));
    expect(added).toMatchObject({ learners: 2 });
    expect(result.current.problems).toEqual([{ file: 'https://lrs.example.com/xapi/', code: 'same-record', detail: 'ana.json' }]);
  });
});
