import { apologyOrdering, behavioursQuestion, johnQuestion, practiceMatching } from '../../tests/support/quiz-fixtures';
import { lateDelivery } from '../../tests/support/scenario-fixtures';
import { questionAnswers, type QuestionAnswersRegistry } from './question-answers';
import type { SpecOf } from './question-contract';
import type { QuestionSpec, QuestionType } from './question-spec';
import { scoreQuestion } from './score-question';

const answers: QuestionAnswersRegistry = questionAnswers;
const of = <K extends QuestionType>(type: K, spec: SpecOf<K>) => ({
  correct: answers[type].correctInput(spec),
  mistakes: answers[type].mistakes(spec),
  response: answers[type].interaction.correctResponse(spec),
  interaction: answers[type].interaction.type,
  prompt: answers[type].report.prompt(spec),
  labels: answers[type].report.optionLabels(spec),
});
const answersOf = (spec: QuestionSpec) => of(spec.type, spec);

/** Shares a right-hand side, so two pairs are right with the same option. */
const sharedMatching = {
  ...practiceMatching,
  pairs: [...practiceMatching.pairs, { id: 'd', left: 'Thank-you call', right: 'Validate needs' }],
} satisfies QuestionSpec;

const every: QuestionSpec[] = [johnQuestion, behavioursQuestion, apologyOrdering, practiceMatching, sharedMatching, lateDelivery];

describe('every question type’s answer key', () => {
  it.each(every.map((spec) => [spec.id, spec] as const))('%s: the correct input scores full marks and every mistake less', (_id, spec) => {
    const { correct, mistakes } = answersOf(spec);
    const full = scoreQuestion(spec, correct, questionAnswers);
    expect(full).toMatchObject({ type: 'points' });
    if (full.type === 'points') expect(full.earned).toBe(full.total);
    expect(mistakes.length).toBeGreaterThan(0);
    for (const mistake of mistakes) {
      const score = scoreQuestion(spec, mistake, questionAnswers);
      expect(score.type === 'points' && score.earned < score.total, JSON.stringify(mistake)).toBe(true);
    }
  });

  it.each(every.map((spec) => [spec.id, spec] as const))('%s: the LMS response is of the type’s interaction, and every option a record can name has a label', (_id, spec) => {
    const { response, interaction, labels } = answersOf(spec);
    expect(response.type).toBe(interaction);
    expect(Object.keys(labels).length).toBeGreaterThan(0);
  });
});

describe('the correct response an LMS or LRS is told', () => {
  it('lists the correct choices of a single or multiple choice, with their labels', () => {
    expect(answersOf(johnQuestion).response).toEqual({ type: 'choice', choices: [{ id: 'b', label: johnQuestion.choices[1]!.label }] });
    expect(answersOf(behavioursQuestion).response).toEqual({
      type: 'choice',
      choices: behavioursQuestion.choices.slice(0, 2).map(({ id, label }) => ({ id, label })),
    });
  });

  it('lists an ordering’s items in the authored (correct) order as a sequence', () => {
    expect(answersOf(apologyOrdering).response).toEqual({ type: 'sequencing', items: apologyOrdering.items });
  });

  it('pairs each left-hand side with the option that is right for it, sharing an option where right-hand sides repeat', () => {
    const { response } = answersOf(sharedMatching);
    expect(response).toMatchObject({ type: 'matching' });
    if (response.type !== 'matching') return;
    expect(response.pairs.map(({ source, target }) => `${source.id}=${target.id}`)).toEqual(['a=a', 'b=b', 'c=c', 'd=a']);
    expect(response.pairs[3]).toEqual({ source: { id: 'd', label: 'Thank-you call' }, target: { id: 'a', label: 'Validate needs' } });
  });

  it('walks a scenario’s best path as a performance: one reply per step', () => {
    expect(answersOf(lateDelivery).response).toEqual({
      type: 'performance',
      steps: [
        { step: 'start', response: { id: 'a', label: 'Apologise and own it.' } },
        { step: 'owned', response: { id: 'a', label: 'Send it express tomorrow.' } },
      ],
    });
  });
});

describe('what the HR report names', () => {
  it('uses a question’s prompt, and a scenario’s title', () => {
    expect(answersOf(johnQuestion).prompt).toBe(johnQuestion.prompt);
    expect(answersOf(lateDelivery).prompt).toBe('A late delivery');
    expect(answersOf({ ...lateDelivery, title: undefined }).prompt).toBe('Marta writes: where is my chair?');
  });

  it('labels every reply of a scenario by step, and every left–right combination of a matching', () => {
    expect(answersOf(lateDelivery).labels['blamed:b']).toBe('Give the courier’s number.');
    expect(answersOf(practiceMatching).labels['b:c']).toBe('Evening shift → Fair resolution');
    expect(Object.keys(answersOf(practiceMatching).labels)).toHaveLength(9);
  });
});
