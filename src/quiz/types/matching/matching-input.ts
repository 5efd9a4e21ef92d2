import { z } from 'zod/mini';

/**
 * What the learner did: for each left-hand side (by pair id), the right-hand
 * side they picked (by pair id), or null. Validated at runtime, so zod/mini only.
 */
export const matchingInputSchema = z.object({
  type: z.literal('matching'),
  matches: z.record(z.string(), z.nullable(z.string())),
});
export type MatchingInput = z.infer<typeof matchingInputSchema>;
