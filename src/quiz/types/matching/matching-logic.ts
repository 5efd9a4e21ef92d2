import type { QuestionLogic } from '../../question-contract';
import { hashSeed, seededShuffle } from '../../shuffle';
import { matchingInputSchema } from './matching-input';
import { answerFor, matchedCount, scoreMatching } from './matching-score';
import type { MatchingInput, MatchingSpec } from './matching-spec';

export const matchingLogic = {
  type: 'matching',
  inputSchema: matchingInputSchema,
  score: scoreMatching,
  emptyInput: () => ({ type: 'matching', matches: {} }),
  isAnswerable: (input, spec) => matchedCount(spec, input) === spec.pairs.length,
  maxPoints: (spec) => spec.pairs.length,
} satisfies QuestionLogic<MatchingSpec, MatchingInput>;

export interface MatchingOption {
  id: string;
  label: string;
}

/** The right-hand sides to choose from, each once, shuffled per attempt and question. */
export function rightOptions(spec: Pick<MatchingSpec, 'id' | 'pairs'>, seed: number): MatchingOption[] {
  const unique = spec.pairs.filter((pair) => answerFor(spec, pair) === pair.id).map((p) => ({ id: p.id, label: p.right }));
  return seededShuffle(unique, hashSeed(seed, spec.id));
}
