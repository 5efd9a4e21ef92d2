import type { Score } from '../../score';
import type { OrderingInput, OrderingSpec } from './ordering-spec';

/** One point, only when every item is where the author put it. */
export function scoreOrdering(spec: OrderingSpec, input: OrderingInput | undefined): Score {
  if (!input || input.order.length === 0) return { type: 'invalid', code: 'unmoved' };
  const right = input.order.length === spec.items.length && spec.items.every((item, i) => input.order[i] === item.id);
  return { type: 'points', earned: right ? 1 : 0, total: 1 };
}
