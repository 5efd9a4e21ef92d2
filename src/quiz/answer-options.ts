import type { AnswerOption, LabelledOption } from './question-descriptor';

export const answerOption = (id: string, label: string | undefined): AnswerOption => (label === undefined ? { id } : { id, label });

/** The options with these ids, in this order, labelled from `items` where it has them. */
export const labelled = (items: readonly LabelledOption[], ids: readonly string[]): AnswerOption[] =>
  ids.map((id) => answerOption(id, items.find((item) => item.id === id)?.label));

/** Id and label only, e.g. of a choice that also carries `correct` and `feedback`. */
export const labelOf = ({ id, label }: LabelledOption): LabelledOption => ({ id, label });

export const labelsById = (items: readonly LabelledOption[]): Record<string, string> =>
  Object.fromEntries(items.map((item) => [item.id, item.label]));
