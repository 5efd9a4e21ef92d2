import type { PersistStorage } from 'zustand/middleware';
import {
  browserStorage,
  createStorageStatus,
  createVersionedStorage,
  decodeSaved,
  readBackup as readVersionedBackup,
  type BackupReadResult,
  type Decoded,
  type StorageGetter,
} from '../storage/versioned-storage';
import type { MigrationResult } from '../storage/migrations';
import type { ProgressState } from './progress-schema';
import { CURRENT_VERSION } from './progress-version';

const progressStatus = createStorageStatus();

/** What happened to the saved progress, as codes for the UI to translate. Not persisted. */
export const useStorageStatus = progressStatus.useStatus;

/** Records a progress notice, replacing an earlier one with the same code. */
export const recordNotice = progressStatus.record;

export type DecodedProgress = Decoded<ProgressState>;

type Migrate = (payload: unknown, version: number) => MigrationResult<ProgressState>;
let migrate: Migrate | undefined;
let loading: Promise<Migrate> | undefined;

/**
 * Loads the check of saved progress: its migrations and schema (zod, and every question type's
 * input schema). It stays off the first page: the app loads it before rendering only when there
 * is saved progress to read (src/main.tsx), else once the first page is on screen.
 */
export function loadProgressCheck(): Promise<void> {
  loading ??= import('./progress-migrations').then((module) => (migrate = module.migrateProgress));
  return loading.then(() => undefined);
}

/** Whether `decodeProgress` answers at once. */
export const progressCheckLoaded = (): boolean => migrate !== undefined;

/**
 * Reads saved progress as written by zustand persist (`{ state, version }`), migrating older
 * versions: at once when the check is loaded, else once it is.
 */
export function decodeProgress(raw: string): DecodedProgress | Promise<DecodedProgress> {
  if (migrate) return decodeSaved(raw, migrate);
  return loadProgressCheck().then(() => decodeSaved(raw, migrate!));
}

/** Merging another tab's progress, loaded once a second tab saves (progress-merge.ts). */
export const loadProgressMerge = () => import('./progress-merge').then((module) => module.mergeProgress);

const progressFormat = { version: CURRENT_VERSION, decode: decodeProgress, reporter: progressStatus.reporter, loadMerge: loadProgressMerge };

/**
 * The progress store's storage: versioned, migrated, and never loses a saved string it cannot read,
 * nor what another tab saved (each save merges it in first).
 */
export function createSafeStorage(getStorage: StorageGetter = browserStorage): PersistStorage<ProgressState> {
  return createVersionedStorage(getStorage, progressFormat);
}

/** Reads a progress backup, for a learner who wants it back. */
export function readBackup(backupKey: string, getStorage: StorageGetter = browserStorage): Promise<BackupReadResult<ProgressState>> {
  return readVersionedBackup(backupKey, progressFormat, getStorage);
}
