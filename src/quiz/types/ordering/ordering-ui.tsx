import type { ReactNode } from 'react';
import type { QuestionUi } from '../../question-contract';
import { slotPart, type QuestionMarkerProps } from '../../slots';
import { orderingAnswers } from './ordering-answers';
import { OrderingView } from './OrderingView';

/** The MDX marker: renders nothing; the quiz shows the question through OrderingView. */
export function Ordering(_props: QuestionMarkerProps) {
  return null;
}

/** An item of an <Ordering>. Rendered by the ordering view, never on its own. */
export const Item = slotPart('item', function Item({ children }: { children?: ReactNode }) {
  return <>{children}</>;
});

export const orderingUi = {
  ...orderingAnswers,
  component: 'Ordering',
  View: OrderingView,
  Standalone: null,
  components: { Ordering, Item },
} satisfies QuestionUi<'ordering'>;
