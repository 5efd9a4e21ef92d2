import type { QuestionLogic } from '../../question-contract';
import { walkScenario } from './scenario-graph.ts';
import { scoreScenario } from './scenario-score.ts';

export const scenarioLogic = {
  score: scoreScenario,
  emptyInput: () => ({ type: 'scenario', path: [] }),
  isAnswerable: (input, spec) => walkScenario(spec, input.path).ended,
  maxPoints: (spec) => spec.bestPoints,
} satisfies QuestionLogic<'scenario'>;
