import v1Raw from '../../tests/fixtures/progress/v1.json?raw';
import { CURRENT_VERSION } from './progress-migrations';
import { emptyProgress } from './progress-schema';
import { createProgressStore, PROGRESS_KEY } from './progress-store';
import { createVersionedStorage } from '../storage/versioned-storage';
import { createSafeStorage, decodeProgress, readBackup, useStorageStatus } from './progress-storage';

const NOW = '2025-03-03T09:00:00.000Z';
const backupKeyAt = (iso: string) => `${PROGRESS_KEY}.backup.${iso}`;
const saved = (state: unknown, version = CURRENT_VERSION) => JSON.stringify({ state, version });
const notices = () => useStorageStatus.getState().notices;
const codes = () => notices().map((notice) => notice.code);
const backupKeys = () =>
  Object.keys(localStorage).filter((key) => key.startsWith(`${PROGRESS_KEY}.backup.`));

const quotaExceeded = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

/** Spies on happy-dom's localStorage are not undone by `restoreMocks`, so each test restores its own. */
const storageSpies: Array<{ mockRestore: () => void }> = [];

function failWritesTo(matches: (key: string) => boolean) {
  const write = localStorage.setItem.bind(localStorage);
  const spy = vi.spyOn(localStorage, 'setItem').mockImplementation((key, value) => {
    if (matches(key)) throw quotaExceeded();
    write(key, value);
  });
  storageSpies.push(spy);
  return spy;
}

beforeEach(() => {
  vi.setSystemTime(NOW);
  useStorageStatus.setState({ notices: [] });
});

afterEach(() => {
  storageSpies.splice(0).forEach((spy) => spy.mockRestore());
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('reading', () => {
  it('returns null without a notice when nothing was saved', () => {
    expect(createSafeStorage().getItem(PROGRESS_KEY)).toBeNull();
    expect(notices()).toEqual([]);
  });

  it('returns saved progress at the current version', () => {
    localStorage.setItem(PROGRESS_KEY, v1Raw);
    const { state } = JSON.parse(v1Raw) as { state: unknown };
    expect(createSafeStorage().getItem(PROGRESS_KEY)).toEqual({ state, version: CURRENT_VERSION });
    expect(notices()).toEqual([]);
  });

  it('copies unparsable JSON byte for byte to a backup key and reports it as corrupt', () => {
    const raw = '{"state":{"lessons":{"intro":';
    localStorage.setItem(PROGRESS_KEY, raw);

    expect(createSafeStorage().getItem(PROGRESS_KEY)).toBeNull();

    expect(localStorage.getItem(backupKeyAt(NOW))).toBe(raw);
    expect(notices()).toEqual([{ code: 'corrupt', backupKey: backupKeyAt(NOW), at: NOW }]);
  });

  it.each([
    ['a payload without a version', JSON.stringify({ state: emptyProgress() })],
    ['a state of the wrong shape', saved({ lessons: [] })],
    ['a version with no migration', saved(emptyProgress(), 0)],
    ['JSON that is not an object', '42'],
  ])('backs up %s and reports it as corrupt', (_case, raw) => {
    localStorage.setItem(PROGRESS_KEY, raw);
    expect(createSafeStorage().getItem(PROGRESS_KEY)).toBeNull();
    expect(localStorage.getItem(backupKeyAt(NOW))).toBe(raw);
    expect(codes()).toEqual(['corrupt']);
  });

  it('backs up progress saved by a newer version and reports newer-version', () => {
    const raw = saved({ lessons: {}, badges: ['first'] }, CURRENT_VERSION + 1);
    localStorage.setItem(PROGRESS_KEY, raw);

    expect(createSafeStorage().getItem(PROGRESS_KEY)).toBeNull();

    expect(localStorage.getItem(backupKeyAt(NOW))).toBe(raw);
    expect(notices()).toEqual([{ code: 'newer-version', backupKey: backupKeyAt(NOW), at: NOW }]);
  });

  it('reuses the existing backup when the same unreadable data is read again', () => {
    localStorage.setItem(PROGRESS_KEY, 'not json');
    createSafeStorage().getItem(PROGRESS_KEY);
    vi.setSystemTime('2025-03-04T10:00:00.000Z');
    createSafeStorage().getItem(PROGRESS_KEY);

    expect(backupKeys()).toEqual([backupKeyAt(NOW)]);
    expect(notices()).toEqual([{ code: 'corrupt', backupKey: backupKeyAt(NOW), at: '2025-03-04T10:00:00.000Z' }]);
  });

  it('never overwrites an earlier backup taken at the same instant', () => {
    const storage = createSafeStorage();
    localStorage.setItem(PROGRESS_KEY, 'first');
    storage.getItem(PROGRESS_KEY);
    localStorage.setItem(PROGRESS_KEY, 'second');
    storage.getItem(PROGRESS_KEY);

    expect(localStorage.getItem(backupKeyAt(NOW))).toBe('first');
    expect(localStorage.getItem(`${backupKeyAt(NOW)}.2`)).toBe('second');
  });

  it('leaves the unreadable original in place when no backup can be written, until one can', () => {
    localStorage.setItem(PROGRESS_KEY, 'not json');
    const blocked = failWritesTo((key) => key.includes('.backup.'));
    const storage = createSafeStorage();

    expect(storage.getItem(PROGRESS_KEY)).toBeNull();
    expect(notices()).toEqual([{ code: 'corrupt', at: NOW }]);

    storage.setItem(PROGRESS_KEY, { state: emptyProgress(), version: CURRENT_VERSION });
    storage.removeItem(PROGRESS_KEY);
    expect(localStorage.getItem(PROGRESS_KEY)).toBe('not json');
    expect(codes()).toEqual(['corrupt', 'save-failed']);

    blocked.mockRestore();
    storage.setItem(PROGRESS_KEY, { state: emptyProgress(), version: CURRENT_VERSION });
    expect(localStorage.getItem(backupKeyAt(NOW))).toBe('not json');
    expect(localStorage.getItem(PROGRESS_KEY)).toBe(saved(emptyProgress()));
    expect(notices()).toEqual([{ code: 'corrupt', backupKey: backupKeyAt(NOW), at: NOW }]);
  });

  it('migrates progress saved by an older version and returns it at the current version', async () => {
    vi.resetModules();
    vi.doMock('./progress-migrations', async (importOriginal) => {
      const actual = await importOriginal<typeof import('./progress-migrations')>();
      const steps = { 0: (payload: unknown) => ({ ...(payload as object), reflections: {} }) };
      return { ...actual, migrateProgress: (payload: unknown, version: number) => actual.migrateProgress(payload, version, steps) };
    });
    const { createSafeStorage: createMigratingStorage } = await import('./progress-storage');
    localStorage.setItem(PROGRESS_KEY, saved({ lessons: {}, quizzes: {} }, 0));

    // A fresh module has not loaded the check yet: the saved progress is read once it has.
    expect(await createMigratingStorage().getItem(PROGRESS_KEY)).toEqual({ state: emptyProgress(), version: CURRENT_VERSION });
    vi.doUnmock('./progress-migrations');
  });
});

describe('writing', () => {
  it('reports save-failed instead of throwing when the quota is exceeded', () => {
    failWritesTo(() => true);
    expect(() => createSafeStorage().setItem(PROGRESS_KEY, { state: emptyProgress(), version: 1 })).not.toThrow();
    expect(notices()).toEqual([{ code: 'save-failed', at: NOW }]);
  });

  it('clears save-failed after a later write succeeds', () => {
    const full = failWritesTo(() => true);
    const storage = createSafeStorage();
    storage.setItem(PROGRESS_KEY, { state: emptyProgress(), version: 1 });
    full.mockRestore();
    storage.setItem(PROGRESS_KEY, { state: emptyProgress(), version: 1 });

    expect(notices()).toEqual([]);
    expect(localStorage.getItem(PROGRESS_KEY)).toBe(saved(emptyProgress()));
  });
});

describe('without localStorage', () => {
  it('reports unavailable when localStorage is undefined', () => {
    vi.stubGlobal('localStorage', undefined);
    const storage = createSafeStorage();

    expect(storage.getItem(PROGRESS_KEY)).toBeNull();
    expect(() => storage.setItem(PROGRESS_KEY, { state: emptyProgress(), version: 1 })).not.toThrow();
    expect(() => storage.removeItem(PROGRESS_KEY)).not.toThrow();
    expect(notices()).toEqual([{ code: 'unavailable', at: NOW }]);
  });

  it('reports unavailable when touching localStorage throws', () => {
    const storage = createSafeStorage(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });

    expect(storage.getItem(PROGRESS_KEY)).toBeNull();
    expect(() => storage.setItem(PROGRESS_KEY, { state: emptyProgress(), version: 1 })).not.toThrow();
    expect(codes()).toEqual(['unavailable']);
  });

  it('reports unavailable when reading from localStorage throws', () => {
    const denied = vi.spyOn(localStorage, 'getItem').mockImplementation(() => {
      throw new DOMException('Access is denied.', 'SecurityError');
    });
    storageSpies.push(denied);
    expect(createSafeStorage().getItem(PROGRESS_KEY)).toBeNull();
    expect(codes()).toEqual(['unavailable']);
  });
});

describe('with the progress store', () => {
  it('keeps data from a newer version in its backup after the store saves over it', async () => {
    const raw = saved({ lessons: {}, badges: ['first'] }, CURRENT_VERSION + 1);
    localStorage.setItem(PROGRESS_KEY, raw);

    const store = createProgressStore();
    expect(localStorage.getItem(PROGRESS_KEY)).toBe(raw);
    store.getState().startLesson('intro');

    const backupKey = notices().find((notice) => notice.code === 'newer-version')?.backupKey;
    expect(backupKey).toBe(backupKeyAt(NOW));
    expect(localStorage.getItem(backupKeyAt(NOW))).toBe(raw);
    expect(decodeProgress(localStorage.getItem(PROGRESS_KEY) ?? '')).toMatchObject({ ok: true, state: { lastLesson: 'intro' } });
    expect(await readBackup(backupKeyAt(NOW))).toEqual({ ok: false, code: 'newer-version' });
  });

  it('keeps updating progress in memory when saving fails', () => {
    failWritesTo(() => true);
    const store = createProgressStore();
    store.getState().startLesson('intro');
    store.getState().addTime('intro', 1000);

    expect(store.getState().lessons.intro?.timeSpentMs).toBe(1000);
    expect(codes()).toEqual(['save-failed']);
  });

  it('works in memory when localStorage is unavailable', () => {
    vi.stubGlobal('localStorage', undefined);
    const store = createProgressStore();
    store.getState().completeLesson('intro');

    expect(store.getState().lessons.intro?.completedAt).toBe(NOW);
    expect(codes()).toEqual(['unavailable']);
  });
});

describe('the check of saved progress', () => {
  it('stays unloaded while nothing is saved, and reads saved progress once it has loaded', async () => {
    vi.resetModules();
    const fresh = await import('./progress-storage');
    expect(fresh.progressCheckLoaded()).toBe(false);
    expect(fresh.createSafeStorage().getItem(PROGRESS_KEY)).toBeNull();
    expect(fresh.progressCheckLoaded()).toBe(false);

    localStorage.setItem(PROGRESS_KEY, saved({ ...emptyProgress(), lastLesson: 'intro' }));
    const pending = fresh.createSafeStorage().getItem(PROGRESS_KEY);
    expect(pending).toBeInstanceOf(Promise);
    expect(await pending).toMatchObject({ state: { lastLesson: 'intro' }, version: CURRENT_VERSION });
    expect(fresh.progressCheckLoaded()).toBe(true);
    expect(fresh.createSafeStorage().getItem(PROGRESS_KEY)).toMatchObject({ state: { lastLesson: 'intro' } });
  });
});

describe('saving beside another tab', () => {
  const otherTabsSave = saved({ ...emptyProgress(), reflections: { r: { text: 'from the other tab', updatedAt: NOW } } });

  it('waits for the check of saved progress before merging what another tab saved, when the check has not loaded yet', async () => {
    let loadCheck!: () => void;
    let loaded = false;
    const checkLoaded = new Promise<void>((resolve) => (loadCheck = resolve)).then(() => void (loaded = true));
    // The check loads after the first page when nothing was saved: until then, decoding waits for it.
    const decode = (raw: string) => (loaded ? decodeProgress(raw) : checkLoaded.then(() => decodeProgress(raw)));
    const storage = createVersionedStorage(() => localStorage, { version: CURRENT_VERSION, decode, reporter: { notify: vi.fn(), dismiss: vi.fn() }, loadMerge: async () => (await import('./progress-merge')).mergeProgress });
    expect(await storage.getItem(PROGRESS_KEY)).toBeNull();

    localStorage.setItem(PROGRESS_KEY, otherTabsSave);
    const saving = storage.setItem(PROGRESS_KEY, { state: { ...emptyProgress(), lastLesson: 'intro' }, version: CURRENT_VERSION });
    expect(localStorage.getItem(PROGRESS_KEY)).toBe(otherTabsSave);
    loadCheck();
    await saving;
    expect(JSON.parse(localStorage.getItem(PROGRESS_KEY)!)).toEqual({
      state: { ...emptyProgress(), lastLesson: 'intro', reflections: { r: { text: 'from the other tab', updatedAt: NOW } } },
      version: CURRENT_VERSION,
    });
  });

  it('merges what another tab saved into the save, loading the merge only then', async () => {
    const loadMerge = vi.fn(async () => (await import('./progress-merge')).mergeProgress);
    const storage = createVersionedStorage(() => localStorage, { version: CURRENT_VERSION, decode: decodeProgress, reporter: { notify: vi.fn(), dismiss: vi.fn() }, loadMerge });
    storage.setItem(PROGRESS_KEY, { state: { ...emptyProgress(), lastLesson: 'intro' }, version: CURRENT_VERSION });
    expect(loadMerge).not.toHaveBeenCalled();

    localStorage.setItem(PROGRESS_KEY, otherTabsSave);
    await storage.setItem(PROGRESS_KEY, { state: { ...emptyProgress(), lastLesson: 'intro', lessons: {} }, version: CURRENT_VERSION });
    expect(loadMerge).toHaveBeenCalledOnce();
    expect(JSON.parse(localStorage.getItem(PROGRESS_KEY)!)).toEqual({
      state: { ...emptyProgress(), lastLesson: 'intro', reflections: { r: { text: 'from the other tab', updatedAt: NOW } } },
      version: CURRENT_VERSION,
    });
  });

  it("reports save-failed and leaves the other tab's save in place when the merge cannot load", async () => {
    const reporter = { notify: vi.fn(), dismiss: vi.fn() };
    const storage = createVersionedStorage(() => localStorage, { version: CURRENT_VERSION, decode: decodeProgress, reporter, loadMerge: () => Promise.reject(new TypeError('Failed to fetch')) });
    storage.getItem(PROGRESS_KEY);
    localStorage.setItem(PROGRESS_KEY, otherTabsSave);

    await storage.setItem(PROGRESS_KEY, { state: emptyProgress(), version: CURRENT_VERSION });
    expect(localStorage.getItem(PROGRESS_KEY)).toBe(otherTabsSave);
    expect(reporter.notify).toHaveBeenCalledWith('save-failed');
  });
});
