import { create } from 'zustand';
import type { PersistStorage, StorageValue } from 'zustand/middleware';
import type { MigrationResult } from './migrations';

/*
 * Every persisted store (progress, the learner's profile) saves through this module, and none owns
 * it: a saved string carries its version, is migrated on load, and anything unreadable or written
 * by a newer version is copied to a backup key before the store starts fresh.
 */

export type StorageNoticeCode = 'restored-from-backup' | 'corrupt' | 'newer-version' | 'save-failed' | 'unavailable';

export interface StorageNotice {
  code: StorageNoticeCode;
  backupKey?: string;
  at: string;
}

interface StorageStatus {
  notices: StorageNotice[];
  dismiss: (code: StorageNoticeCode) => void;
}

/** Where a safe storage reports what happened to its saved data. */
export interface StorageReporter {
  notify: (code: StorageNoticeCode, backupKey?: string) => void;
  dismiss: (code: StorageNoticeCode) => void;
}

/** A notice board for one persisted store: a hook for the UI and a reporter for its storage. */
export function createStorageStatus() {
  const useStatus = create<StorageStatus>()((set) => ({
    notices: [],
    dismiss: (code) => set((status) => ({ notices: status.notices.filter((notice) => notice.code !== code) })),
  }));
  /** Records a notice, replacing an earlier one with the same code. */
  const record = (code: StorageNoticeCode, backupKey?: string): void => {
    const notice: StorageNotice = backupKey ? { code, backupKey, at: new Date().toISOString() } : { code, at: new Date().toISOString() };
    useStatus.setState((status) => ({
      notices: [...status.notices.filter((existing) => existing.code !== code), notice],
    }));
  };
  const reporter: StorageReporter = { notify: record, dismiss: (code) => useStatus.getState().dismiss(code) };
  return { useStatus, record, reporter };
}

/** May throw or return undefined: private modes, sandboxed iframes and some LMS players block storage. */
export type StorageGetter = () => Storage | undefined;

export const browserStorage: StorageGetter = () => globalThis.localStorage;

export type Decoded<S> = { ok: true; state: S } | { ok: false; code: 'corrupt' | 'newer-version' };

/** What zustand persist writes: `{ state, version }`. Checked by hand, so this module needs no schema library. */
const isEnvelope = (value: unknown): value is { state: unknown; version: number } =>
  typeof value === 'object' && value !== null && 'state' in value && 'version' in value && typeof value.version === 'number';

/** Reads a saved string as written by zustand persist (`{ state, version }`), migrating older versions. */
export function decodeSaved<S>(raw: string, migrate: (state: unknown, version: number) => MigrationResult<S>): Decoded<S> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return { ok: false, code: 'corrupt' };
  }
  if (!isEnvelope(parsed)) return { ok: false, code: 'corrupt' };

  const migrated = migrate(parsed.state, parsed.version);
  if (migrated.ok) return migrated;
  return { ok: false, code: migrated.reason === 'newer-version' ? 'newer-version' : 'corrupt' };
}

const backupPrefix = (name: string): string => `${name}.backup.`;

function openStorage(getStorage: StorageGetter, notify: StorageReporter['notify']): Storage | undefined {
  let storage: Storage | undefined;
  try {
    storage = getStorage();
  } catch {
    storage = undefined;
  }
  if (!storage) notify('unavailable');
  return storage;
}

/** Copies `raw` under a new backup key, or finds a backup that already holds it. Never overwrites a backup. */
function backUp(storage: Storage, name: string, raw: string): string | undefined {
  const prefix = backupPrefix(name);
  try {
    for (let index = 0; index < storage.length; index++) {
      const key = storage.key(index);
      if (key?.startsWith(prefix) && storage.getItem(key) === raw) return key;
    }
    const base = `${prefix}${new Date().toISOString()}`;
    let key = base;
    for (let copy = 2; storage.getItem(key) !== null; copy++) key = `${base}.${copy}`;
    storage.setItem(key, raw);
    return key;
  } catch {
    return undefined;
  }
}

export interface VersionedFormat<S> {
  /** The version the store writes. */
  version: number;
  /**
   * Parses and migrates a saved string, as `decodeSaved` does. May answer later, when the code that
   * checks a saved string loads only once there is one (the progress check stays off the first page).
   */
  decode: (raw: string) => Decoded<S> | Promise<Decoded<S>>;
  reporter: StorageReporter;
  /**
   * Loads how to combine what another tab saved (`saved`) with what this one is saving (`next`), so
   * that a save never drops the other tab's data. Loaded the first time another tab's save is found
   * under the name, so a learner with one tab never downloads it. Without it, the last save wins.
   */
  loadMerge?: () => Promise<Merge<S>>;
}

export type Merge<S> = (next: S, saved: S) => S;

export function createVersionedStorage<S>(getStorage: StorageGetter, { version, decode, reporter, loadMerge }: VersionedFormat<S>): PersistStorage<S> {
  const { notify } = reporter;
  const awaitingBackup = new Map<string, { raw: string; code: 'corrupt' | 'newer-version' }>();
  // The string this storage last read or wrote under each name: anything else there was saved by another tab.
  const seen = new Map<string, string>();
  let merge: Merge<S> | undefined;
  let loading: Promise<void> | undefined;
  // The latest value saved under each name: each holds the whole state, so the last one is enough.
  const latest = new Map<string, StorageValue<S>>();

  const secureOriginal = (storage: Storage, name: string): boolean => {
    const pending = awaitingBackup.get(name);
    if (!pending) return true;
    const backupKey = backUp(storage, name, pending.raw);
    if (!backupKey) return false;
    awaitingBackup.delete(name);
    notify(pending.code, backupKey);
    return true;
  };

  const writeSafely = (name: string, write: (storage: Storage) => void): boolean => {
    const storage = openStorage(getStorage, notify);
    if (!storage) return false;
    try {
      if (secureOriginal(storage, name)) {
        write(storage);
        return true;
      }
    } catch {
      // quota exceeded, storage disabled: the in-memory state keeps working
    }
    notify('save-failed');
    return false;
  };

  /**
   * What another tab saved under `name` since this storage last read or wrote it, if readable; a
   * promise while the code that checks a saved string is still loading.
   */
  const otherTabsSave = (storage: Storage, name: string): Decoded<S> | Promise<Decoded<S>> | undefined => {
    let raw: string | null = null;
    try {
      raw = storage.getItem(name);
    } catch {
      // unreadable storage: a save reports it
    }
    if (raw === null || raw === seen.get(name)) return undefined;
    const found = raw;
    const settle = (saved: Decoded<S>): Decoded<S> => {
      // Unreadable, or from a newer version: kept under a backup key before it is written over.
      if (!saved.ok) awaitingBackup.set(name, { raw: found, code: saved.code });
      return saved;
    };
    const saved = decode(found);
    return saved instanceof Promise ? saved.then(settle) : settle(saved);
  };

  const save = (name: string, value: StorageValue<S>): void => {
    const written = writeSafely(name, (storage) => {
      let state = value.state;
      const saved = loadMerge && otherTabsSave(storage, name);
      // setItem waits for the check before it saves, so only a check that failed to load is pending here.
      if (saved instanceof Promise) throw new Error(`Cannot read what another tab saved under ${name}`);
      if (saved && saved.ok) {
        if (!merge) throw new Error(`Cannot merge what another tab saved under ${name}`);
        state = merge(state, saved.state);
      } else if (saved && !secureOriginal(storage, name)) {
        throw new Error(`Could not back up ${name}`);
      }
      const raw = JSON.stringify({ ...value, state });
      storage.setItem(name, raw);
      seen.set(name, raw);
    });
    if (!written) return;
    reporter.dismiss('save-failed');
    reporter.dismiss('unavailable');
  };

  return {
    getItem(name): StorageValue<S> | null | Promise<StorageValue<S> | null> {
      const storage = openStorage(getStorage, notify);
      if (!storage) return null;

      let raw: string | null;
      try {
        raw = storage.getItem(name);
      } catch {
        notify('unavailable');
        return null;
      }
      if (raw === null) return null;

      const settle = (decoded: Decoded<S>): StorageValue<S> | null => {
        if (decoded.ok) {
          seen.set(name, raw);
          return { state: decoded.state, version };
        }
        awaitingBackup.set(name, { raw, code: decoded.code });
        if (!secureOriginal(storage, name)) notify(decoded.code);
        return null;
      };
      const decoded = decode(raw);
      return decoded instanceof Promise ? decoded.then(settle) : settle(decoded);
    },

    setItem(name, value): Promise<void> | undefined {
      latest.set(name, value);
      if (!loading) {
        // One tab, or the merge already here (the check of saved strings came before it): save now.
        const storage = loadMerge && !merge && openStorage(getStorage, notify);
        const saved = storage ? otherTabsSave(storage, name) : undefined;
        if (!(saved instanceof Promise || saved?.ok === true)) {
          save(name, value);
          return undefined;
        }
        // Another tab saved: once its save is read and the merge is loaded, save the latest state
        // merged with theirs. If either cannot load (offline, say), the save fails with a notice
        // rather than drop the other tab's data.
        loading = Promise.resolve(saved)
          .then(async (read) => {
            if (read.ok && !merge) merge = await loadMerge!();
          })
          .catch(() => undefined)
          .then(() => {
            loading = undefined;
            for (const [waiting, value] of latest) save(waiting, value);
          });
      }
      return loading;
    },

    removeItem(name): void {
      writeSafely(name, (storage) => storage.removeItem(name));
    },
  };
}

export type BackupReadResult<S> = Decoded<S> | { ok: false; code: 'missing' | 'unavailable' };

/** Reads a backup written by a versioned storage, for a learner who wants it back. */
export async function readBackup<S>(
  backupKey: string,
  { decode, reporter }: Pick<VersionedFormat<S>, 'decode' | 'reporter'>,
  getStorage: StorageGetter = browserStorage,
): Promise<BackupReadResult<S>> {
  const storage = openStorage(getStorage, reporter.notify);
  if (!storage) return { ok: false, code: 'unavailable' };
  let raw: string | null;
  try {
    raw = storage.getItem(backupKey);
  } catch {
    return { ok: false, code: 'unavailable' };
  }
  return raw === null ? { ok: false, code: 'missing' } : decode(raw);
}
