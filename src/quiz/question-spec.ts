import { z } from 'zod';
import { matchingSpecSchema } from './types/matching/matching-spec.ts';
import { multipleChoiceSpecSchema } from './types/multiple-choice/multiple-choice-spec.ts';
import { orderingSpecSchema } from './types/ordering/ordering-spec.ts';
import { scenarioSpecSchema } from './types/scenario/scenario-spec.ts';
import { singleChoiceSpecSchema } from './types/single-choice/single-choice-spec.ts';

export const questionSpecSchema = z.discriminatedUnion('type', [singleChoiceSpecSchema, multipleChoiceSpecSchema, scenarioSpecSchema, orderingSpecSchema, matchingSpecSchema]);
export type QuestionSpec = z.infer<typeof questionSpecSchema>;
export type QuestionType = QuestionSpec['type'];

/** The runtime (zod/mini) input schema lives in question-input.ts; only its type is re-exported here. */
export type { QuestionInput } from './question-input.ts';

/** The authored name of each question component, by spec type. */
export const questionComponentNames = {
  'single-choice': 'SingleChoice',
  'multiple-choice': 'MultipleChoice',
  scenario: 'Scenario',
  ordering: 'Ordering',
  matching: 'Matching',
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
  /** Set on the quiz the build wraps around a question that stands alone (a <Scenario> outside any <Quiz>). */
  standalone: z.literal(true).optional(),
});
export type QuizSpec = z.infer<typeof quizSpecSchema>;
