import { z } from 'zod/mini';
import { questionLogics } from './question-logic';

/** The input schemas, as a tuple (a mapped type keeps tuples only over a type parameter). */
type SchemasOf<T extends readonly unknown[]> = { -readonly [I in keyof T]: T[I] extends { inputSchema: infer S } ? S : never };
type InputSchemas = SchemasOf<typeof questionLogics>;

/**
 * What the learner did on any question, as persisted in progress. Ships to the browser, so it uses
 * zod/mini; the authored spec schemas (question-spec.ts) use full zod and stay build-time only.
 */
export const questionInputSchema = z.discriminatedUnion('type', questionLogics.map((logic) => logic.inputSchema) as InputSchemas);
export type QuestionInput = z.infer<typeof questionInputSchema>;
