import type { QuestionLogic } from '../../question-contract';
import { matchingInputSchema } from './matching-input';
import { matchedCount, scoreMatching } from './matching-score';
import type { MatchingInput, MatchingSpec } from './matching-spec';

export const matchingLogic = {
  type: 'matching',
  inputSchema: matchingInputSchema,
  score: scoreMatching,
  emptyInput: () => ({ type: 'matching', matches: {} }),
  isAnswerable: (input, spec) => matchedCount(spec, input) === spec.pairs.length,
  maxPoints: (spec) => spec.pairs.length,
} satisfies QuestionLogic<MatchingSpec, MatchingInput>;
