import { labelled } from '../../answer-options';
import type { QuestionAnswers } from '../../question-contract';
import { choiceInteraction, choiceReport } from '../choice/choice-answers';
import { scoreMultipleChoice } from './multiple-choice-score';

const correctIds = (spec: { choices: ReadonlyArray<{ id: string; correct: boolean }> }) =>
  spec.choices.filter((choice) => choice.correct).map((choice) => choice.id);

export const multipleChoiceAnswers = {
  type: 'multiple-choice',
  emptyInput: () => ({ type: 'multiple-choice', selected: [] }),
  isAnswerable: (input) => input.selected.length > 0,
  score: scoreMultipleChoice,
  correctInput: (spec) => ({ type: 'multiple-choice', selected: correctIds(spec) }),
  // One right choice left out and one wrong one taken: the mistake a learner who half knows makes.
  mistakes: (spec) =>
    spec.choices
      .filter((choice) => !choice.correct)
      .map((wrong) => ({ type: 'multiple-choice', selected: [...correctIds(spec).slice(1), wrong.id] })),
  // Authored order, so two records of the same selection read the same.
  describeAnswer: (spec, input) =>
    labelled(spec.choices, [
      ...spec.choices.map((choice) => choice.id).filter((id) => input.selected.includes(id)),
      ...input.selected.filter((id) => !spec.choices.some((choice) => choice.id === id)),
    ]),
  report: choiceReport,
  interaction: choiceInteraction,
} satisfies QuestionAnswers<'multiple-choice'>;
