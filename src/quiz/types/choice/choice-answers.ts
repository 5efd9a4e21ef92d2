import { labelOf, labelsById } from '../../answer-options';
import type { CorrectResponse } from '../../question-descriptor';
import type { ChoiceSpec } from './choice-spec';

/** How the choice questions tell their answers outside the quiz: by choice id and label. */
export const choiceReport = {
  prompt: (spec: { prompt: string }): string => spec.prompt,
  optionLabels: (spec: { choices: readonly ChoiceSpec[] }): Record<string, string> => labelsById(spec.choices),
};

export const choiceInteraction = {
  type: 'choice',
  correctResponse: (spec: { choices: readonly ChoiceSpec[] }): CorrectResponse => ({
    type: 'choice',
    choices: spec.choices.filter((choice) => choice.correct).map(labelOf),
  }),
} as const;
