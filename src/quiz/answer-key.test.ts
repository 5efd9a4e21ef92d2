import { apologyOrdering, behavioursQuestion, johnQuestion, practiceMatching } from '../../tests/support/quiz-fixtures';
import { lateDelivery } from '../../tests/support/scenario-fixtures';
import { answerKey, questionTitle } from './answer-key';
import type { QuestionSpec } from './question-spec';
import { questionAnswers } from './question-answers';

const label = (question: { choices: ReadonlyArray<{ id: string; label: string }> }, id: string) => question.choices.find((c) => c.id === id)!.label;

describe('answerKey', () => {
  it('names the one right choice of a single choice', () => {
    expect(answerKey(johnQuestion, questionAnswers)).toEqual({ kind: 'choice', items: [label(johnQuestion, 'b')] });
  });

  it('names every right choice of a multiple choice, in authored order', () => {
    expect(answerKey(behavioursQuestion, questionAnswers)).toEqual({ kind: 'choice', items: [label(behavioursQuestion, 'a'), label(behavioursQuestion, 'b')] });
  });

  it('gives the items of an ordering in the right order', () => {
    expect(answerKey(apologyOrdering, questionAnswers)).toEqual({ kind: 'sequencing', items: apologyOrdering.items.map((item) => item.label) });
  });

  it('pairs each left-hand side of a matching with its match', () => {
    expect(answerKey(practiceMatching, questionAnswers)).toEqual({ kind: 'matching', items: practiceMatching.pairs.map((pair) => `${pair.left} → ${pair.right}`) });
  });

  it('gives the best reply at each step of a scenario', () => {
    const key = answerKey(lateDelivery, questionAnswers);
    expect(key.kind).toBe('performance');
    expect(key.items.length).toBeGreaterThan(0);
    const replies = lateDelivery.steps.flatMap((step) => step.options.map((option) => option.label));
    for (const item of key.items) expect(replies).toContain(item);
  });
});

describe('questionTitle', () => {
  const withPrompt = (prompt: string): QuestionSpec => ({ ...johnQuestion, prompt });

  it('keeps a short prompt whole', () => {
    expect(questionTitle(withPrompt('Who counts as a customer?'), questionAnswers)).toBe('Who counts as a customer?');
  });

  it('names the question asked after a scenario, not the scenario', () => {
    const prompt = 'Carmen runs the front desk of a city hotel. Every week she notes what guests ask. Which behaviour does Carmen show most clearly?';
    expect(questionTitle(withPrompt(prompt), questionAnswers)).toBe('Which behaviour does Carmen show most clearly?');
  });

  it('finds a Spanish question too', () => {
    expect(questionTitle(withPrompt('Luis vende muebles de oficina. ¿Qué implica esto para Luis?'), questionAnswers)).toBe('¿Qué implica esto para Luis?');
  });

  it('shortens a long prompt at a word, with an ellipsis', () => {
    const prompt = 'True or false: apologising to a customer for a late delivery means admitting that the company itself was at fault for it.';
    const title = questionTitle(withPrompt(prompt), questionAnswers, 60);
    expect(title).toBe('True or false: apologising to a customer for a late…');
    expect(title.length).toBeLessThanOrEqual(61);
  });
});
