import { z } from 'zod/mini';

/**
 * What the learner did: the item ids in the order they put them, or none while
 * they have not moved anything yet. Validated at runtime, so zod/mini only.
 */
export const orderingInputSchema = z.object({
  type: z.literal('ordering'),
  order: z.array(z.string()),
});
export type OrderingInput = z.infer<typeof orderingInputSchema>;
