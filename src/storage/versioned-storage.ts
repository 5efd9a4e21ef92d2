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
}

/**
 * A persist storage that never throws and never loses a saved string it cannot read: unreadable,
 * invalid or newer data is copied to a backup key before the app starts fresh, and until that copy
 * succeeds the original is left untouched.
 */
export function createVersionedStorage<S>(getStorage: StorageGetter, { version, decode, reporter }: VersionedFormat<S>): PersistStorage<S> {
  const { notify } = reporter;
  const awaitingBackup = new Map<string, { raw: string; code: 'corrupt' | 'newer-version' }>();

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
        if (decoded.ok) return { state: decoded.state, version };
        awaitingBackup.set(name, { raw, code: decoded.code });
        if (!secureOriginal(storage, name)) notify(decoded.code);
        return null;
      };
      const decoded = decode(raw);
      return decoded instanceof Promise ? decoded.then(settle) : settle(decoded);
    },

    setItem(name, value): void {
      if (!writeSafely(name, (storage) => storage.setItem(name, JSON.stringify(value)))) return;
      reporter.dismiss('save-failed');
      reporter.dismiss('unavailable');
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
