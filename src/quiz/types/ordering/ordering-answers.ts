import { labelled, labelOf, labelsById } from '../../answer-options';
import type { QuestionAnswers } from '../../question-contract';
import { scoreOrdering } from './ordering-score';

export const orderingAnswers = {
  type: 'ordering',
  emptyInput: () => ({ type: 'ordering', order: [] }),
  isAnswerable: (input) => input.order.length > 0,
  score: scoreOrdering,
  correctInput: (spec) => ({ type: 'ordering', order: spec.items.map((item) => item.id) }),
  // The first two swapped: nearly right, still wrong.
  mistakes: (spec) => {
    const [first, second, ...rest] = spec.items.map((item) => item.id);
    return first !== undefined && second !== undefined ? [{ type: 'ordering', order: [second, first, ...rest] }] : [];
  },
  // The items in the order the learner put them.
  describeAnswer: (spec, input) => labelled(spec.items, input.order),
  report: { prompt: (spec) => spec.prompt, optionLabels: (spec) => labelsById(spec.items) },
  interaction: {
    type: 'sequencing',
    correctResponse: (spec) => ({ type: 'sequencing', items: spec.items.map(labelOf) }),
  },
} satisfies QuestionAnswers<'ordering'>;
