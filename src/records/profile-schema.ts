import { z } from 'zod/mini';
import { runMigrations, type MigrationResult, type MigrationStep } from '../storage/migrations';
import { learnerSchema, type Learner } from './completion-record-schema';

/** Version 1 of the saved profile: what the learner typed, trimmed. Empty strings when not given. */
export const profileStateSchema = z.object({
  name: z.string(),
  employeeId: z.string(),
  email: z.string(),
});
export type ProfileState = z.infer<typeof profileStateSchema>;

export const emptyProfile = (): ProfileState => ({ name: '', employeeId: '', email: '' });

export const PROFILE_VERSION = 1;

/**
 * Keyed by the version a step migrates from. To add version N + 1: change the schema, add the
 * step `N: (payload) => …`, bump PROFILE_VERSION and freeze a vN+1 fixture in tests/fixtures/records.
 */
export const profileMigrations: Readonly<Record<number, MigrationStep>> = {};

export const migrateProfile = (
  payload: unknown,
  version: number,
  steps: Readonly<Record<number, MigrationStep>> = profileMigrations,
  currentVersion: number = PROFILE_VERSION,
): MigrationResult<ProfileState> => runMigrations(profileStateSchema, payload, version, steps, currentVersion);

/** What is wrong with each field, as codes for the UI to translate. */
export interface ProfileProblems {
  name?: 'required' | 'too-long';
  employeeId?: 'required' | 'too-long';
  email?: 'invalid' | 'too-long';
}

export type ProfileCheck =
  | { ok: true; profile: ProfileState; learner: Learner }
  | { ok: false; profile: ProfileState; problems: ProfileProblems };

const trimmed = (draft: ProfileState): ProfileState => ({
  name: draft.name.trim().replace(/\s+/g, ' '),
  employeeId: draft.employeeId.trim(),
  email: draft.email.trim(),
});

/** Checks a profile against the record's learner rules: name and employee id required, email optional. */
export function checkProfile(draft: ProfileState): ProfileCheck {
  const profile = trimmed(draft);
  const candidate = { name: profile.name, employeeId: profile.employeeId, ...(profile.email ? { email: profile.email } : {}) };
  const parsed = learnerSchema.safeParse(candidate);
  if (parsed.success) return { ok: true, profile, learner: parsed.data };
  const problems: ProfileProblems = {};
  for (const issue of parsed.error.issues) {
    const tooLong = issue.code === 'too_big';
    const field = issue.path[0];
    if (field === 'email') problems.email ??= tooLong ? 'too-long' : 'invalid';
    else if (field === 'name' || field === 'employeeId') problems[field] ??= tooLong ? 'too-long' : 'required';
  }
  return { ok: false, profile, problems };
}

/** The learner for a record, or undefined until name and employee id are set. */
export function learnerOf(profile: ProfileState): Learner | undefined {
  const check = checkProfile(profile);
  return check.ok ? check.learner : undefined;
}
