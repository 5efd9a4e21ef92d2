import { z } from 'zod/mini';
import { matchingInputSchema } from './types/matching/matching-input.ts';
import { multipleChoiceInputSchema } from './types/multiple-choice/multiple-choice-input.ts';
import { orderingInputSchema } from './types/ordering/ordering-input.ts';
import { scenarioInputSchema } from './types/scenario/scenario-input.ts';
import { singleChoiceInputSchema } from './types/single-choice/single-choice-input.ts';

/**
 * What the learner did on any question, as persisted in progress. Ships to the browser, so it uses
 * zod/mini; the authored spec schemas (question-spec.ts) use full zod and stay build-time only.
 */
export const questionInputSchema = z.discriminatedUnion('type', [singleChoiceInputSchema, multipleChoiceInputSchema, scenarioInputSchema, orderingInputSchema, matchingInputSchema]);
export type QuestionInput = z.infer<typeof questionInputSchema>;
