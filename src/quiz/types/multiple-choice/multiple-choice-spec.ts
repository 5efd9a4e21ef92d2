import { z } from 'zod';
import { choiceSpecSchema } from '../choice/choice-spec';

export const multipleChoiceSpecSchema = z.object({
  type: z.literal('multiple-choice'),
  id: z.string(),
  prompt: z.string(),
  fixed: z.boolean(),
  choices: z.array(choiceSpecSchema).min(2),
  explanation: z.string().optional(),
});
export type MultipleChoiceSpec = z.infer<typeof multipleChoiceSpecSchema>;

export type { MultipleChoiceInput } from './multiple-choice-input';
