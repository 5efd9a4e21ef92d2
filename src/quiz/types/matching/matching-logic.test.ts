import { practiceMatching } from '../../../../tests/support/quiz-fixtures';
import { matchingAnswers } from './matching-answers';
import { matchingLogic } from './matching-logic';
import { rightOptions } from './matching-options';

const seeds = Array.from({ length: 20 }, (_, i) => i * 7919 + 1);

describe('rightOptions', () => {
  it('offers every right-hand side once, shuffled the same way for the same seed', () => {
    const first = rightOptions(practiceMatching, 3);
    expect(rightOptions(practiceMatching, 3)).toEqual(first);
    expect(first.map((o) => o.label).sort()).toEqual(['Convenient delivery', 'Fair resolution', 'Validate needs']);
    expect(new Set(seeds.map((seed) => rightOptions(practiceMatching, seed).map((o) => o.id).join())).size).toBeGreaterThan(1);
  });

  it('offers a right-hand side shared by two pairs only once', () => {
    const shared = { ...practiceMatching, pairs: [...practiceMatching.pairs, { id: 'd', left: 'Weekend cover', right: 'Convenient delivery' }] };
    expect(rightOptions(shared, 3).map((o) => o.id).sort()).toEqual(['a', 'b', 'c']);
  });
});

describe('matchingLogic', () => {
  it('starts empty, as progress can save it, and is answerable only once every left-hand side has a match', () => {
    expect(matchingAnswers.emptyInput()).toEqual({ type: 'matching', matches: {} });
    expect(matchingAnswers.isAnswerable({ type: 'matching', matches: { a: 'a', b: 'c' } }, practiceMatching)).toBe(false);
    expect(matchingAnswers.isAnswerable({ type: 'matching', matches: { a: 'a', b: 'c', c: 'b' } }, practiceMatching)).toBe(true);
    expect(matchingLogic.inputSchema.safeParse(matchingAnswers.emptyInput()).success).toBe(true);
  });
});
