import type { ScenarioInput, ScenarioOptionSpec, ScenarioSpec, ScenarioStepSpec } from './scenario-spec';

type Path = ScenarioInput['path'];

/** One reply the learner gave: the step it was given at and the option chosen. */
export interface ScenarioTurn {
  step: ScenarioStepSpec;
  option: ScenarioOptionSpec;
}

export interface ScenarioWalk {
  /** The replies given so far, in order. */
  turns: ScenarioTurn[];
  /** The step the learner is at now. */
  current: ScenarioStepSpec;
  earned: number;
  /** True once the current step is an end step. */
  ended: boolean;
}

/**
 * Follows a saved path from the first step. A path that no longer fits the
 * spec (content changed since it was saved) is cut at the first reply that
 * does not fit, so the learner carries on from there.
 */
export function walkScenario(spec: ScenarioSpec, path: Path): ScenarioWalk {
  const steps = new Map(spec.steps.map((step) => [step.id, step]));
  const turns: ScenarioTurn[] = [];
  let current = spec.steps[0]!;
  for (const entry of path) {
    if (current.end || entry.step !== current.id) break;
    const option = current.options.find((o) => o.id === entry.option);
    const next = option && steps.get(option.goto);
    if (!option || !next) break;
    turns.push({ step: current, option });
    current = next;
  }
  const earned = turns.reduce((sum, turn) => sum + turn.option.points, 0);
  return { turns, current, earned, ended: current.end };
}
