import { z } from 'zod';
import { questionCompilers } from './question-compilers';

/** The compilers' spec schemas, as a tuple (a mapped type keeps tuples only over a type parameter). */
type SchemasOf<T extends readonly unknown[]> = { -readonly [I in keyof T]: T[I] extends { specSchema: infer S } ? S : never };
type SpecSchemas = SchemasOf<typeof questionCompilers>;

/** Every question type's authored spec (full zod: build time only; the browser imports its types). */
export const questionSpecSchema = z.discriminatedUnion('type', questionCompilers.map((compiler) => compiler.specSchema) as SpecSchemas);
export type QuestionSpec = z.infer<typeof questionSpecSchema>;
export type QuestionType = QuestionSpec['type'];

/** The runtime (zod/mini) input schema lives in question-input.ts; only its type is re-exported here. */
export type { QuestionInput } from './question-input';

export const quizSpecSchema = z.object({
  id: z.string(),
  title: z.string().optional(),
  /** Questions drawn for each attempt; all when absent. */
  draw: z.number().int().min(1).optional(),
  shuffle: z.boolean(),
  /** Percent needed to pass; the quiz is pass/fail only when set. */
  passMark: z.number().int().min(0).max(100).optional(),
  /** Present (false) only when the trainer turned it off: a wrong answer then shows no answer key. */
  revealAnswers: z.literal(false).optional(),
  questions: z.array(questionSpecSchema).min(1),
  /** Set on the quiz the build wraps around a question that stands alone (a <Scenario> outside any <Quiz>). */
  standalone: z.literal(true).optional(),
});
export type QuizSpec = z.infer<typeof quizSpecSchema>;
