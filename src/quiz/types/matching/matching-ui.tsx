import type { QuestionUi } from '../../question-contract';
import { slotPart, type QuestionMarkerProps } from '../../slots';
import { matchingAnswers } from './matching-answers';
import { MatchingView } from './MatchingView';

/** The MDX marker: renders nothing; the quiz shows the question through MatchingView. */
export function Matching(_props: QuestionMarkerProps) {
  return null;
}

export interface PairProps {
  /** Read by the build into the spec (a matching's text is all in attributes); ignored here. */
  left?: string;
  /** Read by the build into the spec; ignored here. */
  right?: string;
}

/** A pair of a <Matching>: all data, shown through the matching's view. */
export const Pair = slotPart('data', function Pair(_props: PairProps) {
  return null;
});

export const matchingUi = {
  ...matchingAnswers,
  component: 'Matching',
  View: MatchingView,
  Standalone: null,
  components: { Matching, Pair },
} satisfies QuestionUi<'matching'>;
