import type { QuestionCompiler } from '../../question-descriptor';
import { parseScenario } from './scenario-parse';
import { scenarioSpecSchema, type ScenarioSpec } from './scenario-spec';

export const scenarioCompiler = {
  type: 'scenario',
  component: 'Scenario',
  specSchema: scenarioSpecSchema,
  parse: parseScenario,
  parts: { Step: '<Scenario>', Option: 'a <Step> of a <Scenario>' },
  standalone: true,
  // A scenario has no prompt of its own: what comes before its first <Step> is shown from the lesson.
  promptInSpec: false,
  translation: {
    // Step ids in order, which end, and every reply's goto and points.
    shape: (spec: ScenarioSpec) =>
      `${spec.type}:${spec.steps
        .map((s) => `${s.id}${s.end ? '!' : ''}(${s.options.map((o) => `${o.goto}=${o.points}`).join(',')})`)
        .join(';')}`,
    rule: 'the same steps in the same order (same ids, same end steps) and the same goto and points on every option',
  },
} as const satisfies QuestionCompiler<ScenarioSpec>;
