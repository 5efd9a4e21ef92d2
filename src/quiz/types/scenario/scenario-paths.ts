import type { ScenarioInput, ScenarioSpec, ScenarioStepSpec } from './scenario-spec';

/*
 * Whole-graph questions about a conversation: the build's best score and every path to an end.
 * Kept apart from walkScenario (scenario-graph.ts), which scoring needs on the course's first
 * page, so that page does not carry them.
 */

type Path = ScenarioInput['path'];

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
