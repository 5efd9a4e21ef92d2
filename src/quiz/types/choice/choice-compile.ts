import type { ChoiceSpec } from './choice-spec';

/** Parts the choice questions share, with where they belong. */
export const choiceParts = { Choice: '<SingleChoice> or <MultipleChoice>' } as const;

/** What a translated choice question must keep: its choices' count and which are correct. */
export const choiceTranslation = {
  shape: (spec: { type: string; choices: readonly ChoiceSpec[] }): string =>
    `${spec.type}:${spec.choices.map((c) => (c.correct ? '1' : '0')).join('')}`,
  rule: 'the same number of choices and the same correct ones',
};
