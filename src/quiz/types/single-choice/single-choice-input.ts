import { z } from 'zod/mini';

/** What the learner did: the id of the chosen choice, or null. Validated at runtime, so zod/mini only. */
export const singleChoiceInputSchema = z.object({
  type: z.literal('single-choice'),
  selected: z.nullable(z.string()),
});
export type SingleChoiceInput = z.infer<typeof singleChoiceInputSchema>;
