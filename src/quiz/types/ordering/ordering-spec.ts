import { z } from 'zod';

export const orderingItemSpecSchema = z.object({
  /** Assigned by authored position (a, b, c …), stable across languages. */
  id: z.string(),
  /** Plain text of the item, for records, reports and announcements. */
  label: z.string().min(1),
});
export type OrderingItemSpec = z.infer<typeof orderingItemSpecSchema>;

export const orderingSpecSchema = z.object({
  type: z.literal('ordering'),
  id: z.string(),
  /** Plain text of the question, for records and reports. */
  prompt: z.string(),
  /** In the correct order, as authored. */
  items: z.array(orderingItemSpecSchema).min(2),
  explanation: z.string().optional(),
});
export type OrderingSpec = z.infer<typeof orderingSpecSchema>;

export type { OrderingInput } from './ordering-input';
