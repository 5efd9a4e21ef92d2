import { z } from 'zod';
import { choiceSpecSchema } from '../choice-spec.ts';

export const singleChoiceSpecSchema = z.object({
  type: z.literal('single-choice'),
  id: z.string(),
  /** Plain text of the question, for records and reports. */
  prompt: z.string(),
  /** Keep authored order instead of shuffling. */
  fixed: z.boolean(),
  choices: z.array(choiceSpecSchema).min(2),
  explanation: z.string().optional(),
});
export type SingleChoiceSpec = z.infer<typeof singleChoiceSpecSchema>;

/** What the learner did: the id of the chosen choice, or null. */
export const singleChoiceInputSchema = z.object({
  type: z.literal('single-choice'),
  selected: z.string().nullable(),
});
export type SingleChoiceInput = z.infer<typeof singleChoiceInputSchema>;
