import { practiceMatching } from '../../../../tests/support/quiz-fixtures';
import { scoreMatching } from './matching-score';

const matches = (m: Record<string, string | null>) => ({ type: 'matching' as const, matches: m });

describe('scoreMatching', () => {
  it('returns invalid empty when nothing is matched', () => {
    expect(scoreMatching(practiceMatching, undefined)).toEqual({ type: 'invalid', code: 'empty' });
    expect(scoreMatching(practiceMatching, matches({ a: null }))).toEqual({ type: 'invalid', code: 'empty' });
  });

  it('returns invalid incomplete while a left-hand side has no match', () => {
    expect(scoreMatching(practiceMatching, matches({ a: 'a', b: 'b' }))).toEqual({ type: 'invalid', code: 'incomplete' });
    expect(scoreMatching(practiceMatching, matches({ a: 'a', b: 'b', c: null }))).toEqual({ type: 'invalid', code: 'incomplete' });
  });

  it('earns one point per pair matched right, out of the number of pairs', () => {
    expect(scoreMatching(practiceMatching, matches({ a: 'a', b: 'b', c: 'c' }))).toEqual({ type: 'points', earned: 3, total: 3 });
    expect(scoreMatching(practiceMatching, matches({ a: 'a', b: 'c', c: 'b' }))).toEqual({ type: 'points', earned: 1, total: 3 });
    expect(scoreMatching(practiceMatching, matches({ a: 'b', b: 'c', c: 'a' }))).toEqual({ type: 'points', earned: 0, total: 3 });
  });

  it('accepts the shared option for pairs whose right-hand sides read the same', () => {
    const shared = {
      ...practiceMatching,
      pairs: [
        { id: 'a', left: 'Survey', right: 'Listening' },
        { id: 'b', left: 'Interview', right: 'Listening' },
        { id: 'c', left: 'Refund', right: 'Fair resolution' },
      ],
    };
    expect(scoreMatching(shared, matches({ a: 'a', b: 'a', c: 'c' }))).toEqual({ type: 'points', earned: 3, total: 3 });
  });
});
