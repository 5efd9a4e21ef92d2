import type { QuestionLogic } from '../../question-descriptor';
import { scenarioInputSchema } from './scenario-input';
import type { ScenarioInput, ScenarioSpec } from './scenario-spec';

export const scenarioLogic = {
  type: 'scenario',
  inputSchema: scenarioInputSchema,
} satisfies QuestionLogic<ScenarioSpec, ScenarioInput>;
