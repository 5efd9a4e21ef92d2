import { z } from 'zod/mini';

/** What the learner did: the ids of the selected choices. Validated at runtime, so zod/mini only. */
export const multipleChoiceInputSchema = z.object({
  type: z.literal('multiple-choice'),
  selected: z.array(z.string()),
});
export type MultipleChoiceInput = z.infer<typeof multipleChoiceInputSchema>;
