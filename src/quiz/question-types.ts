import type { ByType } from './by-type';
import type { QuestionUi } from './question-contract';
import type { QuestionType } from './question-spec';
import { Explanation } from './slots';
import { matchingUi } from './types/matching/matching-ui';
import { multipleChoiceUi } from './types/multiple-choice/multiple-choice-ui';
import { orderingUi } from './types/ordering/ordering-ui';
import { scenarioUi } from './types/scenario/scenario-ui';
import { singleChoiceUi } from './types/single-choice/single-choice-ui';

/** UI registry: each type's pure core plus its views and MDX tags. */
export const questionUis = [singleChoiceUi, multipleChoiceUi, scenarioUi, orderingUi, matchingUi] as const;

export type QuestionTypeRegistry = { [K in QuestionType]: QuestionUi<K> };

export const questionTypes = Object.fromEntries(questionUis.map((descriptor) => [descriptor.type, descriptor])) as ByType<typeof questionUis> satisfies QuestionTypeRegistry;

/** Every question tag and part for the lessons' MDX component map, plus the explanation every question may have. */
export const questionComponents = Object.assign({ Explanation }, ...questionUis.map((ui) => ui.components)) as Readonly<
  Record<string, (typeof questionUis)[number]['components'][keyof (typeof questionUis)[number]['components']]>
>;

/** The authored tags of the types whose question may stand alone in a lesson. */
export const standaloneComponents: readonly string[] = questionUis.filter((ui) => ui.Standalone !== null).map((ui) => ui.component);
