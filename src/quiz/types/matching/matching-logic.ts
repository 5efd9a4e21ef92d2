import type { QuestionLogic } from '../../question-descriptor';
import { matchingInputSchema } from './matching-input';
import type { MatchingInput, MatchingSpec } from './matching-spec';

export const matchingLogic = {
  type: 'matching',
  inputSchema: matchingInputSchema,
} satisfies QuestionLogic<MatchingSpec, MatchingInput>;
