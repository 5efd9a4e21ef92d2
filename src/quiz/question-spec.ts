import { z } from 'zod';
import { multipleChoiceSpecSchema } from './types/multiple-choice/multiple-choice-spec.ts';
import { singleChoiceSpecSchema } from './types/single-choice/single-choice-spec.ts';

export const questionSpecSchema = z.discriminatedUnion('type', [singleChoiceSpecSchema, multipleChoiceSpecSchema]);
export type QuestionSpec = z.infer<typeof questionSpecSchema>;
export type QuestionType = QuestionSpec['type'];

/** The runtime (zod/mini) input schema lives in question-input.ts; only its type is re-exported here. */
export type { QuestionInput } from './question-input.ts';

/** The authored name of each question component, by spec type. */
export const questionComponentNames = {
  'single-choice': 'SingleChoice',
  'multiple-choice': 'MultipleChoice',
} as const satisfies Record<QuestionType, string>;

export const quizSpecSchema = z.object({
  id: z.string(),
  title: z.string().optional(),
  /** Questions drawn for each attempt; all when absent. */
  draw: z.number().int().min(1).optional(),
  shuffle: z.boolean(),
  /** Percent needed to pass; the quiz is pass/fail only when set. */
  passMark: z.number().int().min(0).max(100).optional(),
  questions: z.array(questionSpecSchema).min(1),
});
export type QuizSpec = z.infer<typeof quizSpecSchema>;
