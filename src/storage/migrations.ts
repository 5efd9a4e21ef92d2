/** Turns a payload of version `from` into version `from + 1`; steps may throw on a shape they cannot read. */
export type MigrationStep = (payload: unknown) => unknown;

export type MigrationResult<S> = { ok: true; state: S } | { ok: false; reason: 'newer-version' | 'invalid' };

/** What `runMigrations` validates the migrated payload with (any zod schema). */
export interface StateSchema<S> {
  safeParse: (value: unknown) => { success: true; data: S } | { success: false };
}

/** Runs the steps from `version` up to `currentVersion`, then validates the result. Shared by every persisted store. */
export function runMigrations<S>(
  schema: StateSchema<S>,
  payload: unknown,
  version: number,
  steps: Readonly<Record<number, MigrationStep>>,
  currentVersion: number,
): MigrationResult<S> {
  if (!Number.isInteger(version) || version < 0) return { ok: false, reason: 'invalid' };
  if (version > currentVersion) return { ok: false, reason: 'newer-version' };

  let migrated = payload;
  for (let from = version; from < currentVersion; from++) {
    const step = steps[from];
    if (!step) return { ok: false, reason: 'invalid' };
    try {
      migrated = step(migrated);
    } catch {
      return { ok: false, reason: 'invalid' };
    }
  }

  const parsed = schema.safeParse(migrated);
  return parsed.success ? { ok: true, state: parsed.data } : { ok: false, reason: 'invalid' };
}
