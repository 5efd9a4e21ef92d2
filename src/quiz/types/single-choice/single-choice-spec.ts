import { z } from 'zod';
import { choiceSpecSchema } from '../choice/choice-spec';

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

export type { SingleChoiceInput } from './single-choice-input';
