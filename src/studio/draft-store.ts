import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import type { Locale } from '../i18n/locales';
import { browserStorage, createStorageStatus, createVersionedStorage, decodeSaved, type StorageGetter } from '../storage/versioned-storage';
import { DRAFT_VERSION, migrateDraft, type DraftState, type SavedDraft } from './draft-schema';

export const DRAFT_KEY = 'cf-studio-draft';

export interface DraftActions {
  /** Replaces the draft with another start (a lesson of the course, the template, a file). */
  start: (draft: DraftState) => void;
  edit: (locale: Locale, text: string) => void;
  /** Edits the other language file of the same lesson. */
  showLanguage: (locale: Locale) => void;
  /** The lesson folder the draft is checked as (the course's rules across files depend on it). */
  moveTo: (slug: string) => void;
}

export type DraftStore = { draft: DraftState | undefined } & DraftActions;

const status = createStorageStatus();

/** Whether the draft could be kept on this device (storage full, blocked, or a saved draft unreadable). */
export const useDraftStorageStatus = status.useStatus;

/** The trainer's draft, kept on this device as they type, so a reload or a closed tab loses nothing. */
export function createDraftStore(getStorage: StorageGetter = browserStorage) {
  return create<DraftStore>()(
    persist<DraftStore, [], [], SavedDraft>(
      (set) => ({
        draft: undefined,
        start: (draft) => set({ draft }),
        edit: (locale, text) => set(({ draft }) => (draft ? { draft: { ...draft, files: { ...draft.files, [locale]: text } } } : {})),
        showLanguage: (locale) => set(({ draft }) => (draft ? { draft: { ...draft, locale } } : {})),
        moveTo: (slug) => set(({ draft }) => (draft ? { draft: { ...draft, slug } } : {})),
      }),
      {
        name: DRAFT_KEY,
        version: DRAFT_VERSION,
        storage: createVersionedStorage<SavedDraft>(getStorage, {
          version: DRAFT_VERSION,
          decode: (raw) => decodeSaved(raw, migrateDraft),
          reporter: status.reporter,
        }),
        partialize: ({ draft }) => (draft ? { draft } : {}),
        merge: (persisted, current) => ({ ...current, draft: (persisted as SavedDraft | undefined)?.draft }),
      },
    ),
  );
}

export const useDraft = createDraftStore();
