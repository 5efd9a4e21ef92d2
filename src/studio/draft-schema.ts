import { z } from 'zod/mini';
import { runMigrations, type MigrationResult, type MigrationStep } from '../storage/migrations';

/**
 * Version 1 of the studio's draft: the lesson folder it belongs to, the text of each language file
 * (English and Spanish), the one being edited, and where the draft started.
 */
export const draftSchema = z.object({
  slug: z.string(),
  locale: z.enum(['en', 'es']),
  files: z.object({ en: z.optional(z.string()), es: z.optional(z.string()) }),
  /** `course`: a lesson of the course; `blank`: the template; `file`: a file opened from the trainer's disk. */
  origin: z.enum(['course', 'blank', 'file']),
  /** The opened file's name, offered again when it is saved. */
  fileName: z.optional(z.string()),
});
export type DraftState = z.infer<typeof draftSchema>;

/** What is saved: the draft, or none yet. */
export const savedDraftSchema = z.object({ draft: z.optional(draftSchema) });
export type SavedDraft = z.infer<typeof savedDraftSchema>;

export const DRAFT_VERSION = 1;

/** Keyed by the version a step migrates from; to add version N + 1, add the step `N` and bump DRAFT_VERSION. */
export const draftMigrations: Readonly<Record<number, MigrationStep>> = {};

export const migrateDraft = (payload: unknown, version: number): MigrationResult<SavedDraft> =>
  runMigrations(savedDraftSchema, payload, version, draftMigrations, DRAFT_VERSION);
