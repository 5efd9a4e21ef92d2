import type { QuestionLogic } from '../../question-descriptor';
import { orderingInputSchema } from './ordering-input';
import type { OrderingInput, OrderingSpec } from './ordering-spec';

export const orderingLogic = {
  type: 'ordering',
  inputSchema: orderingInputSchema,
} satisfies QuestionLogic<OrderingSpec, OrderingInput>;
