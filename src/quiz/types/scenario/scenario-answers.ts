import { answerOption } from '../../answer-options';
import type { QuestionAnswers } from '../../question-contract';
import { walkScenario } from './scenario-graph';
import { scenarioPaths } from './scenario-paths';
import { scoreScenario } from './scenario-score';
import type { ScenarioInput, ScenarioSpec } from './scenario-spec';

/** Every path to an end with the points it earns, best first (the first best path is the answer key). */
const walks = (spec: ScenarioSpec) =>
  scenarioPaths(spec)
    .map((path) => ({ path, walk: walkScenario(spec, path) }))
    .sort((a, b) => b.walk.earned - a.walk.earned);

const bestPath = (spec: ScenarioSpec): ScenarioInput['path'] => walks(spec).find(({ walk }) => walk.earned === spec.bestPoints)?.path ?? [];

export const scenarioAnswers = {
  type: 'scenario',
  emptyInput: () => ({ type: 'scenario', path: [] }),
  isAnswerable: (input, spec) => walkScenario(spec, input.path).ended,
  score: scoreScenario,
  correctInput: (spec) => ({ type: 'scenario', path: bestPath(spec) }),
  mistakes: (spec) => walks(spec).filter(({ walk }) => walk.earned < spec.bestPoints).map(({ path }) => ({ type: 'scenario', path })),
  // The path through the conversation: one reply per step, `<step id>:<option id>`.
  describeAnswer: (spec, input) =>
    input.path.map(({ step, option }) =>
      answerOption(`${step}:${option}`, spec.steps.find((s) => s.id === step)?.options.find((o) => o.id === option)?.label),
    ),
  report: {
    prompt: (spec) => spec.title ?? spec.steps[0]?.text ?? spec.id,
    optionLabels: (spec) => Object.fromEntries(spec.steps.flatMap((step) => step.options.map((option) => [`${step.id}:${option.id}`, option.label]))),
  },
  interaction: {
    // A conversation is a sequence of steps, each answered with one reply: SCORM's and xAPI's "performance".
    type: 'performance',
    correctResponse: (spec) => ({
      type: 'performance',
      steps: walkScenario(spec, bestPath(spec)).turns.map(({ step, option }) => ({ step: step.id, response: { id: option.id, label: option.label } })),
    }),
  },
} satisfies QuestionAnswers<'scenario'>;
