import { apologyOrdering } from '../../../../tests/support/quiz-fixtures';
import { scoreOrdering } from './ordering-score';

const order = (...ids: string[]) => ({ type: 'ordering' as const, order: ids });

describe('scoreOrdering', () => {
  it('returns invalid unmoved until the learner has put the items in an order', () => {
    expect(scoreOrdering(apologyOrdering, undefined)).toEqual({ type: 'invalid', code: 'unmoved' });
    expect(scoreOrdering(apologyOrdering, order())).toEqual({ type: 'invalid', code: 'unmoved' });
  });

  it('earns the point for the authored order', () => {
    expect(scoreOrdering(apologyOrdering, order('a', 'b', 'c', 'd'))).toEqual({ type: 'points', earned: 1, total: 1 });
  });

  it('earns nothing when only some items are in place', () => {
    expect(scoreOrdering(apologyOrdering, order('a', 'b', 'd', 'c'))).toEqual({ type: 'points', earned: 0, total: 1 });
    expect(scoreOrdering(apologyOrdering, order('d', 'c', 'b', 'a'))).toEqual({ type: 'points', earned: 0, total: 1 });
  });

  it('earns nothing for an order that misses or adds items', () => {
    expect(scoreOrdering(apologyOrdering, order('a', 'b', 'c'))).toEqual({ type: 'points', earned: 0, total: 1 });
    expect(scoreOrdering(apologyOrdering, order('a', 'b', 'c', 'd', 'e'))).toEqual({ type: 'points', earned: 0, total: 1 });
  });
});
