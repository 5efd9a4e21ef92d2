import type { QuestionLogic } from '../../question-contract';
import { walkScenario } from './scenario-graph';
import { scenarioInputSchema } from './scenario-input';
import { scoreScenario } from './scenario-score';
import type { ScenarioInput, ScenarioSpec } from './scenario-spec';

export const scenarioLogic = {
  type: 'scenario',
  inputSchema: scenarioInputSchema,
  score: scoreScenario,
  emptyInput: () => ({ type: 'scenario', path: [] }),
  isAnswerable: (input, spec) => walkScenario(spec, input.path).ended,
  maxPoints: (spec) => spec.bestPoints,
} satisfies QuestionLogic<ScenarioSpec, ScenarioInput>;
