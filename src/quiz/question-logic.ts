import type { QuestionLogic } from './question-contract';
import type { QuestionType } from './question-spec';
import { multipleChoiceLogic } from './types/multiple-choice/multiple-choice-logic.ts';
import { singleChoiceLogic } from './types/single-choice/single-choice-logic.ts';

export type QuestionLogicRegistry = { [K in QuestionType]: QuestionLogic<K> };

/** Pure registry by spec type. A new type adds one line here and one in question-types.ts. */
export const questionLogic = {
  'single-choice': singleChoiceLogic,
  'multiple-choice': multipleChoiceLogic,
} as const satisfies QuestionLogicRegistry;
