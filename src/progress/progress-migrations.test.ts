import v1Raw from '../../tests/fixtures/progress/v1.json?raw';
import { CURRENT_VERSION, migrateProgress, type MigrationStep } from './progress-migrations';
import { emptyProgress } from './progress-schema';

const fixtures = import.meta.glob<string>('../../tests/fixtures/progress/v*.json', {
  eager: true,
  query: '?raw',
  import: 'default',
});

const fixtureVersion = (path: string) => Number(/v(\d+)\.json$/.exec(path)?.[1]);

describe('migrateProgress', () => {
  it('keeps a frozen fixture for every version up to the current one', () => {
    const versions = Object.keys(fixtures).map(fixtureVersion).sort((a, b) => a - b);
    expect(versions).toEqual(Array.from({ length: CURRENT_VERSION }, (_, index) => index + 1));
  });

  it.each(Object.entries(fixtures))('loads the frozen fixture %s', (_path, raw) => {
    const { state, version } = JSON.parse(raw) as { state: unknown; version: number };
    expect(migrateProgress(state, version).ok).toBe(true);
  });

  it('loads the frozen v1 fixture unchanged', () => {
    const { state, version } = JSON.parse(v1Raw) as { state: unknown; version: number };
    expect(migrateProgress(state, version)).toEqual({ ok: true, state });
  });

  it('runs every step from the stored version up to the current one, in order', () => {
    const ran: number[] = [];
    const steps: Record<number, MigrationStep> = {
      0: (payload) => (ran.push(0), { ...(payload as object), reflections: {} }),
      1: (payload) => (ran.push(1), { ...(payload as object), lessons: {} }),
    };
    const result = migrateProgress({ quizzes: {} }, 0, steps, 2);
    expect(ran).toEqual([0, 1]);
    expect(result).toEqual({ ok: true, state: emptyProgress() });
  });

  it('skips the steps below the stored version', () => {
    const step0 = vi.fn((payload: unknown) => payload);
    const result = migrateProgress(emptyProgress(), 1, { 0: step0, 1: (payload) => payload }, 2);
    expect(result.ok).toBe(true);
    expect(step0).not.toHaveBeenCalled();
  });

  it('reports newer-version for data saved by a later version', () => {
    expect(migrateProgress(emptyProgress(), CURRENT_VERSION + 1)).toEqual({ ok: false, reason: 'newer-version' });
  });

  it('reports invalid when no step leads from the stored version', () => {
    expect(migrateProgress(emptyProgress(), 0)).toEqual({ ok: false, reason: 'invalid' });
  });

  it('reports invalid when a step throws', () => {
    const failing: MigrationStep = () => {
      throw new TypeError('unexpected shape');
    };
    expect(migrateProgress(emptyProgress(), 0, { 0: failing }, 1)).toEqual({ ok: false, reason: 'invalid' });
  });

  it.each([-1, 0.5, Number.NaN])('reports invalid for the impossible version %s', (version) => {
    expect(migrateProgress(emptyProgress(), version)).toEqual({ ok: false, reason: 'invalid' });
  });

  it.each([
    ['a missing field', { lessons: {}, quizzes: {} }],
    ['a lesson without a start date', { ...emptyProgress(), lessons: { intro: { timeSpentMs: 0, lastVisitedAt: '2025-01-01T00:00:00.000Z' } } }],
    ['a seed beyond 32 bits', { ...emptyProgress(), quizzes: { q: { attempts: [{ seed: 2 ** 32 }] } } }],
    ['a date that is not ISO', { ...emptyProgress(), reflections: { r: { text: 'x', updatedAt: 'yesterday' } } }],
    ['not an object', 'progress'],
  ])('reports invalid for %s', (_case, payload) => {
    expect(migrateProgress(payload, CURRENT_VERSION)).toEqual({ ok: false, reason: 'invalid' });
  });
});
