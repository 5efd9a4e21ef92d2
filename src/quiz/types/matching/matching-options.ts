import { hashSeed, seededShuffle } from '../../shuffle';
import { answerFor } from './matching-score';
import type { MatchingSpec } from './matching-spec';

export interface MatchingOption {
  id: string;
  label: string;
}

/** The right-hand sides to choose from, each once, shuffled per attempt and question. */
export function rightOptions(spec: Pick<MatchingSpec, 'id' | 'pairs'>, seed: number): MatchingOption[] {
  const unique = spec.pairs.filter((pair) => answerFor(spec, pair) === pair.id).map((p) => ({ id: p.id, label: p.right }));
  return seededShuffle(unique, hashSeed(seed, spec.id));
}
