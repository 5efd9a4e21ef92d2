import type { ByType } from './by-type';
import type { LogicOf } from './question-contract';
import type { QuestionType } from './question-spec';
import { matchingLogic } from './types/matching/matching-logic';
import { multipleChoiceLogic } from './types/multiple-choice/multiple-choice-logic';
import { orderingLogic } from './types/ordering/ordering-logic';
import { scenarioLogic } from './types/scenario/scenario-logic';
import { singleChoiceLogic } from './types/single-choice/single-choice-logic';

/**
 * Runtime registry of the pure core (scoring, inputs): it loads with the course's first page, so
 * it lists nothing heavier. The input union (question-input.ts) is derived from it.
 */
export const questionLogics = [singleChoiceLogic, multipleChoiceLogic, scenarioLogic, orderingLogic, matchingLogic] as const;

export type QuestionLogicRegistry = { [K in QuestionType]: LogicOf<K> };

/** By type. Typed against every spec type: a type with a spec but no logic (or the reverse) does not compile. */
export const questionLogic = Object.fromEntries(questionLogics.map((descriptor) => [descriptor.type, descriptor])) as ByType<typeof questionLogics> satisfies QuestionLogicRegistry;
