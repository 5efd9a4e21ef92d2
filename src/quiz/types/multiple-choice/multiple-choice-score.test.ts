import { behavioursQuestion } from '../../../../tests/support/quiz-fixtures';
import { scoreMultipleChoice } from './multiple-choice-score';

const answer = (...selected: string[]) => ({ type: 'multiple-choice' as const, selected });

describe('scoreMultipleChoice', () => {
  it('returns invalid empty when nothing is selected', () => {
    expect(scoreMultipleChoice(behavioursQuestion, undefined)).toEqual({ type: 'invalid', code: 'empty' });
    expect(scoreMultipleChoice(behavioursQuestion, answer())).toEqual({ type: 'invalid', code: 'empty' });
  });

  it('earns the point for exactly the correct set, in any order', () => {
    expect(scoreMultipleChoice(behavioursQuestion, answer('a', 'b'))).toEqual({ type: 'points', earned: 1, total: 1 });
    expect(scoreMultipleChoice(behavioursQuestion, answer('b', 'a'))).toEqual({ type: 'points', earned: 1, total: 1 });
  });

  it('earns nothing for a subset of the correct choices', () => {
    expect(scoreMultipleChoice(behavioursQuestion, answer('a'))).toEqual({ type: 'points', earned: 0, total: 1 });
  });

  it('earns nothing when a wrong choice is added to the correct set', () => {
    expect(scoreMultipleChoice(behavioursQuestion, answer('a', 'b', 'c'))).toEqual({ type: 'points', earned: 0, total: 1 });
  });
});
