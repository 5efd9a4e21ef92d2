import type { QuestionLogic } from '../../question-contract';
import { multipleChoiceInputSchema } from './multiple-choice-input';
import { scoreMultipleChoice } from './multiple-choice-score';
import type { MultipleChoiceInput, MultipleChoiceSpec } from './multiple-choice-spec';

export const multipleChoiceLogic = {
  type: 'multiple-choice',
  inputSchema: multipleChoiceInputSchema,
  score: scoreMultipleChoice,
  emptyInput: () => ({ type: 'multiple-choice', selected: [] }),
  isAnswerable: (input) => input.selected.length > 0,
  maxPoints: () => 1,
} satisfies QuestionLogic<MultipleChoiceSpec, MultipleChoiceInput>;
