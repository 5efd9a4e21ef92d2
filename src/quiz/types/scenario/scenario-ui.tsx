import type { ReactNode } from 'react';
import type { QuestionUi } from '../../question-contract';
import { slotPart, type StepProps } from '../../slots';
import { scenarioAnswers } from './scenario-answers';
import { ScenarioView } from './ScenarioView';
import { StandaloneScenarioView } from './StandaloneScenarioView';

/** A <Scenario> inside a <Quiz>: renders nothing; the quiz shows it through ScenarioView. */
export function Scenario(_props: { id: string; title?: string; children?: ReactNode }) {
  return null;
}

/** One step of a scenario: its text and <Option> replies, shown through the scenario's view. */
export const Step = slotPart('step', function Step(_props: StepProps) {
  return null;
});

export interface OptionProps {
  /** Read by the build into the spec; ignored here. */
  goto?: string;
  /** Read by the build into the spec; ignored here. */
  points?: number;
  /** Read by the build into the spec; ignored here. */
  feedback?: string;
  children?: ReactNode;
}

/** A reply's label. Rendered by the scenario view, never on its own. */
export const Option = slotPart('option', function Option({ children }: OptionProps) {
  return <>{children}</>;
});

export const scenarioUi = {
  ...scenarioAnswers,
  component: 'Scenario',
  View: ScenarioView,
  Standalone: StandaloneScenarioView,
  components: { Scenario, Step, Option },
} satisfies QuestionUi<'scenario'>;
