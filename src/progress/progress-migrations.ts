import { runMigrations, type MigrationResult, type MigrationStep } from '../storage/migrations';
import { progressStateSchema, type ProgressState } from './progress-schema';
import { CURRENT_VERSION } from './progress-version';

export type { MigrationStep };

export { CURRENT_VERSION } from './progress-version';

/**
 * Keyed by the version a step migrates from. To add version N + 1: change the schema,
 * add the step `N: (payload) => …`, bump CURRENT_VERSION and freeze a vN+1 fixture.
 */
export const migrations: Readonly<Record<number, MigrationStep>> = {};

export function migrateProgress(
  payload: unknown,
  version: number,
  steps: Readonly<Record<number, MigrationStep>> = migrations,
  currentVersion: number = CURRENT_VERSION,
): MigrationResult<ProgressState> {
  return runMigrations(progressStateSchema, payload, version, steps, currentVersion);
}
