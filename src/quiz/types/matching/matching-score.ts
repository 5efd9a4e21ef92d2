import type { Score } from '../../score';
import type { MatchingInput, MatchingPairSpec, MatchingSpec } from './matching-spec';

/**
 * The option id that is right for `pair`. Pairs sharing a right-hand text offer
 * it once, under the first such pair's id, so either reading counts.
 */
export function answerFor(spec: Pick<MatchingSpec, 'pairs'>, pair: MatchingPairSpec): string {
  return spec.pairs.find((p) => p.right === pair.right)?.id ?? pair.id;
}

/** Pairs the learner has matched to something. */
export const matchedCount = (spec: Pick<MatchingSpec, 'pairs'>, input: MatchingInput | undefined): number =>
  spec.pairs.filter((p) => typeof input?.matches[p.id] === 'string').length;

/** One point per pair matched right; every left-hand side needs a match first. */
export function scoreMatching(spec: MatchingSpec, input: MatchingInput | undefined): Score {
  const matched = matchedCount(spec, input);
  if (matched === 0) return { type: 'invalid', code: 'empty' };
  if (matched < spec.pairs.length) return { type: 'invalid', code: 'incomplete' };
  const earned = spec.pairs.filter((p) => input?.matches[p.id] === answerFor(spec, p)).length;
  return { type: 'points', earned, total: spec.pairs.length };
}
