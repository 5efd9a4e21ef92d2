import type { QuestionLogic } from './question-contract';
import type { QuestionType } from './question-spec';
import { matchingLogic } from './types/matching/matching-logic.ts';
import { multipleChoiceLogic } from './types/multiple-choice/multiple-choice-logic.ts';
import { orderingLogic } from './types/ordering/ordering-logic.ts';
import { scenarioLogic } from './types/scenario/scenario-logic.ts';
import { singleChoiceLogic } from './types/single-choice/single-choice-logic.ts';

export type QuestionLogicRegistry = { [K in QuestionType]: QuestionLogic<K> };

/** Pure registry by spec type. A new type adds one line here and one in question-types.ts. */
export const questionLogic = {
  'single-choice': singleChoiceLogic,
  'multiple-choice': multipleChoiceLogic,
  scenario: scenarioLogic,
  ordering: orderingLogic,
  matching: matchingLogic,
} as const satisfies QuestionLogicRegistry;
