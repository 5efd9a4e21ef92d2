import { labelled } from '../../answer-options';
import type { QuestionAnswers } from '../../question-contract';
import { choiceInteraction, choiceReport } from '../choice/choice-answers';
import { scoreSingleChoice } from './single-choice-score';

export const singleChoiceAnswers = {
  type: 'single-choice',
  emptyInput: () => ({ type: 'single-choice', selected: null }),
  isAnswerable: (input) => input.selected !== null,
  score: scoreSingleChoice,
  correctInput: (spec) => ({ type: 'single-choice', selected: spec.choices.find((choice) => choice.correct)?.id ?? null }),
  mistakes: (spec) => spec.choices.filter((choice) => !choice.correct).map((choice) => ({ type: 'single-choice', selected: choice.id })),
  describeAnswer: (spec, input) => (input.selected === null ? [] : labelled(spec.choices, [input.selected])),
  report: choiceReport,
  interaction: choiceInteraction,
} satisfies QuestionAnswers<'single-choice'>;
