import type { QuestionLogic } from '../../question-contract';
import { scoreMultipleChoice } from './multiple-choice-score.ts';

export const multipleChoiceLogic = {
  score: scoreMultipleChoice,
  emptyInput: () => ({ type: 'multiple-choice', selected: [] }),
  isAnswerable: (input) => input.selected.length > 0,
  maxPoints: () => 1,
} satisfies QuestionLogic<'multiple-choice'>;
