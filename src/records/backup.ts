// A learner's backup: everything this device keeps of them (progress with its answers and
// reflections, and the profile) in one file they can restore in another browser. Lives in records
// rather than progress because it holds the profile too, and records may read both.
//
// Reading a backup is all-or-nothing: a file is accepted whole, or refused with one reason code,
// and nothing here ever throws on what a file holds. Writing goes through `replaceLearnerData`,
// which puts the previous state back if either store fails to save.
import { z } from 'zod/mini';
import { migrateProgress, CURRENT_VERSION } from '../progress/progress-migrations';
import type { ProgressState } from '../progress/progress-schema';
import { localDate } from './download';
import { migrateProfile, PROFILE_VERSION, type ProfileState } from './profile-schema';
import { RECORD_FORMAT } from './completion-record-schema';

export const BACKUP_FORMAT = 'customer-focus-progress-backup';
export const BACKUP_FORMAT_VERSION = 1;
/** A backup of a whole course is a few hundred KB at most; anything bigger is not one. */
export const MAX_BACKUP_BYTES = 5 * 1024 * 1024;

export interface LearnerData {
  progress: ProgressState;
  profile: ProfileState;
}

export interface AppRef {
  name: string;
  version: string;
}

export interface Backup extends LearnerData {
  exportedAt: string;
  app: AppRef;
}

/** Why a file was refused. The page translates the code. */
export type BackupProblem =
  /** Over MAX_BACKUP_BYTES. */
  | 'too-large'
  /** Not UTF-8 JSON text: a PDF, an image, a note. */
  | 'not-json'
  /** The learner's completion record (the other file this page downloads), not a backup. */
  | 'completion-record'
  /** JSON, but not a backup. */
  | 'not-a-backup'
  /** A backup made by a newer version of the course, which this one cannot read. */
  | 'newer-version'
  /** A backup with something missing or wrong in it: cut short, edited, damaged. */
  | 'damaged';

export type BackupRead = { ok: true; backup: Backup } | { ok: false; problem: BackupProblem };

/** A store as saved: its schema version and its state, like the store's own saved string. */
const savedSchema = z.object({ version: z.int().check(z.minimum(0)), state: z.unknown() });

const backupSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.int().check(z.minimum(1)),
  exportedAt: z.iso.datetime(),
  app: z.object({ name: z.string(), version: z.string() }),
  progress: savedSchema,
  profile: savedSchema,
});

/** The backup file's text: versioned, each store with the schema version it was saved at. */
export function backupText(data: LearnerData, app: AppRef, now: Date): string {
  const file: z.infer<typeof backupSchema> = {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    exportedAt: now.toISOString(),
    app: { name: app.name, version: app.version },
    progress: { version: CURRENT_VERSION, state: data.progress },
    profile: { version: PROFILE_VERSION, state: data.profile },
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** `customer-focus-backup-YYYY-MM-DD.json`, in the learner's own calendar. */
export const backupFilename = (now: Date): string => `customer-focus-backup-${localDate(now)}.json`;

const refuse = (problem: BackupProblem): BackupRead => ({ ok: false, problem });

/** Thrown by the reviver: a key no backup this app writes has, and one that could reach a prototype. */
class ForbiddenKey extends Error {}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false; problem: BackupProblem } {
  const start = text.trimStart();
  const looksLikeJson = start.startsWith('{') || start.startsWith('[');
  try {
    const value: unknown = JSON.parse(text, (key, value: unknown) => {
      if (key === '__proto__') throw new ForbiddenKey();
      return value;
    });
    return { ok: true, value };
  } catch (error) {
    // JSON cut short or broken, nested past the engine's limit, or holding `__proto__`.
    return { ok: false, problem: error instanceof ForbiddenKey || looksLikeJson ? 'damaged' : 'not-json' };
  }
}

const formatOf = (value: unknown): unknown =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as { format?: unknown }).format : undefined;

const decoder = new TextDecoder('utf-8', { fatal: true });
const encoder = new TextEncoder();

/**
 * Reads a backup file: size, UTF-8, JSON, format, version, then each store through its own
 * migrations, so a backup from an older version of the course opens in this one.
 */
export function readBackup(input: Uint8Array | string): BackupRead {
  if (typeof input === 'string' && input.length > MAX_BACKUP_BYTES) return refuse('too-large');
  const bytes = typeof input === 'string' ? encoder.encode(input) : input;
  if (bytes.byteLength > MAX_BACKUP_BYTES) return refuse('too-large');

  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    return refuse('not-json');
  }
  const parsed = parseJson(text);
  if (!parsed.ok) return parsed;

  const format = formatOf(parsed.value);
  if (format === RECORD_FORMAT) return refuse('completion-record');
  if (format !== BACKUP_FORMAT) return refuse('not-a-backup');
  const { formatVersion } = parsed.value as { formatVersion?: unknown };
  if (typeof formatVersion === 'number' && formatVersion > BACKUP_FORMAT_VERSION) return refuse('newer-version');

  const file = backupSchema.safeParse(parsed.value);
  if (!file.success) return refuse('damaged');
  const { progress, profile, exportedAt, app } = file.data;

  const migratedProgress = migrateProgress(progress.state, progress.version);
  const migratedProfile = migrateProfile(profile.state, profile.version);
  if (!migratedProgress.ok || !migratedProfile.ok) {
    const newer = (!migratedProgress.ok && migratedProgress.reason === 'newer-version') || (!migratedProfile.ok && migratedProfile.reason === 'newer-version');
    return refuse(newer ? 'newer-version' : 'damaged');
  }
  return { ok: true, backup: { progress: migratedProgress.state, profile: migratedProfile.state, exportedAt, app: { name: app.name, version: app.version } } };
}

/** What a restore would replace, side by side with what replaces it. */
export interface DataSummary {
  lessonsCompleted: number;
  attempts: number;
  answers: number;
  reflections: number;
  /** Empty when no profile was saved. */
  name: string;
}

export function summarizeData({ progress, profile }: LearnerData): DataSummary {
  const attempts = Object.values(progress.quizzes).flatMap((quiz) => quiz.attempts);
  return {
    lessonsCompleted: Object.values(progress.lessons).filter((lesson) => lesson.completedAt !== undefined).length,
    attempts: attempts.length,
    answers: attempts.reduce((sum, attempt) => sum + Object.keys(attempt.answers).length, 0),
    reflections: Object.values(progress.reflections).filter((entry) => entry.text.trim() !== '').length,
    name: profile.name,
  };
}

/**
 * One store, as a restore sees it: what it holds now, and a write that says whether it was saved.
 * A write is the restore itself, or the undo of one that could not be saved (which puts back
 * exactly what `read` gave).
 */
export interface StoreSlot<S> {
  read: () => S;
  write: (state: S, as: 'restore' | 'undo') => boolean;
}

export interface LearnerSlots {
  progress: StoreSlot<ProgressState>;
  profile: StoreSlot<ProfileState>;
}

/**
 * Writes both stores, or neither: if either cannot save (storage full, blocked), both get their
 * previous state back, so the device never holds one store from the backup and one from before.
 */
export function replaceLearnerData(slots: LearnerSlots, next: LearnerData): { ok: true } | { ok: false; problem: 'save-failed' } {
  const previous: LearnerData = { progress: slots.progress.read(), profile: slots.profile.read() };
  if (slots.progress.write(next.progress, 'restore') && slots.profile.write(next.profile, 'restore')) return { ok: true };
  slots.progress.write(previous.progress, 'undo');
  slots.profile.write(previous.profile, 'undo');
  return { ok: false, problem: 'save-failed' };
}
