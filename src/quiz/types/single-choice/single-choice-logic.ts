import type { QuestionLogic } from '../../question-contract';
import { scoreSingleChoice } from './single-choice-score.ts';

export const singleChoiceLogic = {
  score: scoreSingleChoice,
  emptyInput: () => ({ type: 'single-choice', selected: null }),
  isAnswerable: (input) => input.selected !== null,
  maxPoints: () => 1,
} satisfies QuestionLogic<'single-choice'>;
