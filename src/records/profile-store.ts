import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import {
  browserStorage,
  createStorageStatus,
  createVersionedStorage,
  decodeSaved,
  type StorageGetter,
} from '../storage/versioned-storage';
import { emptyProfile, migrateProfile, PROFILE_VERSION, type ProfileState } from './profile-schema';

export const PROFILE_KEY = 'cf-profile';

export interface ProfileActions {
  /** Saves a checked profile (see `checkProfile`). */
  saveProfile: (profile: ProfileState) => void;
  clearProfile: () => void;
}

export type ProfileStore = ProfileState & ProfileActions;

const profileStatus = createStorageStatus();

/** What happened to the saved profile (unreadable, not saved…), as codes for the UI. Not persisted. */
export const useProfileStorageStatus = profileStatus.useStatus;

const dataOf = ({ name, employeeId, email }: ProfileState): ProfileState => ({ name, employeeId, email });

/** The learner's name, employee id and email, kept on this device only, like their progress. */
export function createProfileStore(getStorage: StorageGetter = browserStorage) {
  return create<ProfileStore>()(
    persist<ProfileStore, [], [], ProfileState>(
      (set) => ({
        ...emptyProfile(),
        saveProfile: (profile) => set(dataOf(profile)),
        clearProfile: () => set(emptyProfile()),
      }),
      {
        name: PROFILE_KEY,
        version: PROFILE_VERSION,
        storage: createVersionedStorage(getStorage, {
          version: PROFILE_VERSION,
          decode: (raw) => decodeSaved(raw, migrateProfile),
          reporter: profileStatus.reporter,
        }),
        partialize: dataOf,
        merge: (persisted, current) => (persisted ? { ...current, ...dataOf(persisted as ProfileState) } : current),
      },
    ),
  );
}

export const useProfile = createProfileStore();
