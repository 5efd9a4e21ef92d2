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

/**
 * The most points any path from `from` to an end can gather. Expects a graph
 * the build has checked: every goto names a step and nothing loops.
 */
export function bestPathPoints(steps: readonly ScenarioStepSpec[], from = steps[0]?.id): number {
  const byId = new Map(steps.map((step) => [step.id, step]));
  const memo = new Map<string, number>();
  const best = (id: string): number => {
    const known = memo.get(id);
    if (known !== undefined) return known;
    const step = byId.get(id);
    const points = step ? Math.max(0, ...step.options.map((o) => o.points + best(o.goto))) : 0;
    memo.set(id, points);
    return points;
  };
  return from === undefined ? 0 : best(from);
}

/** Every path from the first step to an end, as the saved input would hold it. */
export function scenarioPaths(spec: ScenarioSpec): Path[] {
  const byId = new Map(spec.steps.map((step) => [step.id, step]));
  const paths: Path[] = [];
  const walk = (step: ScenarioStepSpec | undefined, path: Path) => {
    if (!step) return;
    if (step.end) {
      paths.push(path);
      return;
    }
    for (const option of step.options) walk(byId.get(option.goto), [...path, { step: step.id, option: option.id }]);
  };
  walk(spec.steps[0], []);
  return paths;
}
