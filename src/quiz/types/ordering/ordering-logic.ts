import type { QuestionLogic } from '../../question-contract';
import { orderingInputSchema } from './ordering-input';
import { scoreOrdering } from './ordering-score';
import type { OrderingInput, OrderingSpec } from './ordering-spec';

export const orderingLogic = {
  type: 'ordering',
  inputSchema: orderingInputSchema,
  score: scoreOrdering,
  emptyInput: () => ({ type: 'ordering', order: [] }),
  isAnswerable: (input) => input.order.length > 0,
  maxPoints: () => 1,
} satisfies QuestionLogic<OrderingSpec, OrderingInput>;
