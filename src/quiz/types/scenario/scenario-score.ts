import type { Score } from '../../score';
import { walkScenario } from './scenario-graph';
import type { ScenarioInput, ScenarioSpec } from './scenario-spec';

/** Points gathered along the path taken over the best path's points; incomplete until an end step. */
export function scoreScenario(spec: ScenarioSpec, input: ScenarioInput | undefined): Score {
  const walk = walkScenario(spec, input?.path ?? []);
  if (!walk.ended) return { type: 'invalid', code: 'incomplete' };
  return { type: 'points', earned: Math.min(walk.earned, spec.bestPoints), total: spec.bestPoints };
}
