import { z } from 'zod/mini';

/**
 * What the learner did: the reply chosen at each step, in order, from the first step on.
 * Validated at runtime, so zod/mini only.
 */
export const scenarioInputSchema = z.object({
  type: z.literal('scenario'),
  path: z.array(z.object({ step: z.string(), option: z.string() })),
});
export type ScenarioInput = z.infer<typeof scenarioInputSchema>;
