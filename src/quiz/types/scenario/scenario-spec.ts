import { z } from 'zod';

export const scenarioOptionSpecSchema = z.object({
  /** Assigned by authored position within its step (a, b, c …), stable across languages. */
  id: z.string(),
  /** Plain text of the reply, for records and reports. */
  label: z.string().min(1),
  /** Id of the step this reply leads to. */
  goto: z.string(),
  points: z.number().int().min(0),
  feedback: z.string().optional(),
});
export type ScenarioOptionSpec = z.infer<typeof scenarioOptionSpecSchema>;

export const scenarioStepSpecSchema = z.object({
  id: z.string(),
  /** Plain text of what happens at this step, for records and reports. */
  text: z.string(),
  /** An end step closes the conversation: it has no options. */
  end: z.boolean(),
  options: z.array(scenarioOptionSpecSchema),
});
export type ScenarioStepSpec = z.infer<typeof scenarioStepSpecSchema>;

export const scenarioSpecSchema = z.object({
  type: z.literal('scenario'),
  id: z.string(),
  title: z.string().optional(),
  /** In authored order; the first is where the conversation starts. */
  steps: z.array(scenarioStepSpecSchema).min(1),
  /** The most points any path can gather, computed by the build: the score's denominator. */
  bestPoints: z.number().int().min(1),
  explanation: z.string().optional(),
});
export type ScenarioSpec = z.infer<typeof scenarioSpecSchema>;

export type { ScenarioInput } from './scenario-input';
