import type { QuestionUi } from '../../question-contract';
import type { QuestionMarkerProps } from '../../slots';
import { Choice } from '../choice/choice-parts';
import { singleChoiceAnswers } from './single-choice-answers';
import { SingleChoiceView } from './SingleChoiceView';

/** The MDX marker: renders nothing; the quiz shows the question through SingleChoiceView. */
export function SingleChoice(_props: QuestionMarkerProps) {
  return null;
}

export const singleChoiceUi = {
  ...singleChoiceAnswers,
  component: 'SingleChoice',
  View: SingleChoiceView,
  Standalone: null,
  components: { SingleChoice, Choice },
} satisfies QuestionUi<'single-choice'>;
