import type { QuestionLogic } from '../../question-contract';
import { singleChoiceInputSchema } from './single-choice-input';
import { scoreSingleChoice } from './single-choice-score';
import type { SingleChoiceInput, SingleChoiceSpec } from './single-choice-spec';

export const singleChoiceLogic = {
  type: 'single-choice',
  inputSchema: singleChoiceInputSchema,
  score: scoreSingleChoice,
  emptyInput: () => ({ type: 'single-choice', selected: null }),
  isAnswerable: (input) => input.selected !== null,
  maxPoints: () => 1,
} satisfies QuestionLogic<SingleChoiceSpec, SingleChoiceInput>;
