import { johnQuestion } from '../../../../tests/support/quiz-fixtures';
import { scoreSingleChoice } from './single-choice-score';

describe('scoreSingleChoice', () => {
  it('returns invalid empty when nothing is selected', () => {
    expect(scoreSingleChoice(johnQuestion, undefined)).toEqual({ type: 'invalid', code: 'empty' });
    expect(scoreSingleChoice(johnQuestion, { type: 'single-choice', selected: null })).toEqual({ type: 'invalid', code: 'empty' });
  });

  it('earns the point for the correct choice', () => {
    expect(scoreSingleChoice(johnQuestion, { type: 'single-choice', selected: 'b' })).toEqual({ type: 'points', earned: 1, total: 1 });
  });

  it('earns nothing for a wrong choice or an unknown id', () => {
    expect(scoreSingleChoice(johnQuestion, { type: 'single-choice', selected: 'a' })).toEqual({ type: 'points', earned: 0, total: 1 });
    expect(scoreSingleChoice(johnQuestion, { type: 'single-choice', selected: 'z' })).toEqual({ type: 'points', earned: 0, total: 1 });
  });
});
