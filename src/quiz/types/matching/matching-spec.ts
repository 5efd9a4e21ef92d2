import { z } from 'zod';

export const matchingPairSpecSchema = z.object({
  /** Assigned by authored position (a, b, c …), stable across languages. */
  id: z.string(),
  left: z.string().min(1),
  right: z.string().min(1),
});
export type MatchingPairSpec = z.infer<typeof matchingPairSpecSchema>;

export const matchingSpecSchema = z.object({
  type: z.literal('matching'),
  id: z.string(),
  /** Plain text of the question, for records and reports. */
  prompt: z.string(),
  /** The right pairs, as authored; the learner sees the right-hand sides shuffled. */
  pairs: z.array(matchingPairSpecSchema).min(2),
  explanation: z.string().optional(),
});
export type MatchingSpec = z.infer<typeof matchingSpecSchema>;

export type { MatchingInput } from './matching-input';
