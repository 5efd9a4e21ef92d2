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
import { CURRENT_VERSION, migrateProgress } from './progress-migrations';
import type { ProgressState } from './progress-schema';

const progressStatus = createStorageStatus();

/** What happened to the saved progress, as codes for the UI to translate. Not persisted. */
export const useStorageStatus = progressStatus.useStatus;

/** Records a progress notice, replacing an earlier one with the same code. */
export const recordNotice = progressStatus.record;

export type DecodedProgress = Decoded<ProgressState>;

/** Reads saved progress as written by zustand persist (`{ state, version }`), migrating older versions. */
export function decodeProgress(raw: string): DecodedProgress {
  return decodeSaved(raw, migrateProgress);
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
export function readBackup(backupKey: string, getStorage: StorageGetter = browserStorage): BackupReadResult<ProgressState> {
  return readVersionedBackup(backupKey, progressFormat, getStorage);
}
