import type { QuestionCompiler } from '../../question-descriptor';
import { parseOrdering } from './ordering-parse';
import { orderingSpecSchema, type OrderingSpec } from './ordering-spec';

export const orderingCompiler = {
  type: 'ordering',
  component: 'Ordering',
  specSchema: orderingSpecSchema,
  parse: parseOrdering,
  parts: { Item: '<Ordering>' },
  standalone: false,
  promptInSpec: true,
  translation: {
    // Items are matched by position, and the authored order is the answer.
    shape: (spec: OrderingSpec) => `${spec.type}:${spec.items.length}`,
    rule: 'the same number of items, in the same (correct) order',
  },
} as const satisfies QuestionCompiler<OrderingSpec>;
