import type { QuestionLogic } from '../../question-descriptor';
import { matchingInputSchema } from './matching-input';
import type { MatchingInput, MatchingSpec } from './matching-spec';

export const matchingLogic = {
  type: 'matching',
  inputSchema: matchingInputSchema,
  maxPoints: (spec) => spec.pairs.length,
} satisfies QuestionLogic<MatchingSpec, MatchingInput>;
