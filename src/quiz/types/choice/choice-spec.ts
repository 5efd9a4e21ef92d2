import { z } from 'zod';

export const choiceSpecSchema = z.object({
  /** Assigned by authored position (a, b, c …), stable across languages. */
  id: z.string(),
  /** Plain text of the label, for records and reports. */
  label: z.string().min(1),
  correct: z.boolean(),
  feedback: z.string().optional(),
});
export type ChoiceSpec = z.infer<typeof choiceSpecSchema>;
