import type { QuestionUi } from '../../question-contract';
import type { QuestionMarkerProps } from '../../slots';
import { Choice } from '../choice/choice-parts';
import { multipleChoiceAnswers } from './multiple-choice-answers';
import { MultipleChoiceView } from './MultipleChoiceView';

/** The MDX marker: renders nothing; the quiz shows the question through MultipleChoiceView. */
export function MultipleChoice(_props: QuestionMarkerProps) {
  return null;
}

export const multipleChoiceUi = {
  ...multipleChoiceAnswers,
  component: 'MultipleChoice',
  View: MultipleChoiceView,
  Standalone: null,
  components: { MultipleChoice, Choice },
} satisfies QuestionUi<'multiple-choice'>;
