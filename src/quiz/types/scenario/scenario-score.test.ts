import { walkScenario } from './scenario-graph';
import { scenarioPaths } from './scenario-paths';
import { scenarioAnswers } from './scenario-answers';
import { scenarioLogic } from './scenario-logic';
import { scoreScenario } from './scenario-score';
import { lateDelivery } from '../../../../tests/support/scenario-fixtures';

const input = (...path: Array<[string, string]>) => ({
  type: 'scenario' as const,
  path: path.map(([step, option]) => ({ step, option })),
});

describe('scoreScenario', () => {
  it('returns invalid incomplete until an end step is reached', () => {
    expect(scoreScenario(lateDelivery, undefined)).toEqual({ type: 'invalid', code: 'incomplete' });
    expect(scoreScenario(lateDelivery, input())).toEqual({ type: 'invalid', code: 'incomplete' });
    expect(scoreScenario(lateDelivery, input(['start', 'a']))).toEqual({ type: 'invalid', code: 'incomplete' });
  });

  it('earns every point on the best path', () => {
    expect(scoreScenario(lateDelivery, input(['start', 'a'], ['owned', 'a']))).toEqual({ type: 'points', earned: 4, total: 4 });
  });

  it('earns the points gathered along another path, over the best path’s points', () => {
    expect(scoreScenario(lateDelivery, input(['start', 'a'], ['owned', 'b']))).toEqual({ type: 'points', earned: 3, total: 4 });
    expect(scoreScenario(lateDelivery, input(['start', 'b'], ['blamed', 'a']))).toEqual({ type: 'points', earned: 1, total: 4 });
    expect(scoreScenario(lateDelivery, input(['start', 'b'], ['blamed', 'b']))).toEqual({ type: 'points', earned: 0, total: 4 });
  });

  it('ignores a saved path from the first reply that no longer fits the scenario', () => {
    expect(scoreScenario(lateDelivery, input(['start', 'z'], ['owned', 'a']))).toEqual({ type: 'invalid', code: 'incomplete' });
    expect(scoreScenario(lateDelivery, input(['owned', 'a']))).toEqual({ type: 'invalid', code: 'incomplete' });
  });
});

describe('walkScenario', () => {
  it('starts at the first step with no reply given', () => {
    expect(walkScenario(lateDelivery, [])).toMatchObject({ turns: [], current: { id: 'start' }, earned: 0, ended: false });
  });

  it('follows each reply to its goto and stops at an end step, ignoring anything after it', () => {
    const walk = walkScenario(lateDelivery, input(['start', 'b'], ['blamed', 'a'], ['late-save', 'a']).path);
    expect(walk.turns.map((t) => `${t.step.id}:${t.option.id}`)).toEqual(['start:b', 'blamed:a']);
    expect(walk).toMatchObject({ current: { id: 'late-save' }, earned: 1, ended: true });
  });
});

describe('scenarioPaths', () => {
  it('lists every path from the first step to an end, each scoring within the best path’s points', () => {
    const paths = scenarioPaths(lateDelivery);
    expect(paths.map((path) => path.map((p) => `${p.step}:${p.option}`).join(' '))).toEqual([
      'start:a owned:a',
      'start:a owned:b',
      'start:b blamed:a',
      'start:b blamed:b',
    ]);
    const earned = paths.map((path) => scoreScenario(lateDelivery, { type: 'scenario', path }));
    expect(earned.map((s) => (s.type === 'points' ? s.earned : null))).toEqual([4, 3, 1, 0]);
  });
});

describe('scenarioLogic', () => {
  it('starts from an empty path, as progress can save it, not answerable until an end step is reached', () => {
    const empty = scenarioAnswers.emptyInput();
    expect(empty).toEqual({ type: 'scenario', path: [] });
    expect(scenarioAnswers.isAnswerable(empty, lateDelivery)).toBe(false);
    expect(scenarioAnswers.isAnswerable(input(['start', 'a']), lateDelivery)).toBe(false);
    expect(scenarioAnswers.isAnswerable(input(['start', 'a'], ['owned', 'b']), lateDelivery)).toBe(true);
    expect(scenarioLogic.inputSchema.safeParse(scenarioAnswers.emptyInput()).success).toBe(true);
  });
});
