import type { ByType } from './by-type';
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

/**
 * By type. Where it is read it is typed as `QuestionLogicRegistry` (question-contract.ts), so a
 * type with a spec but no logic does not compile; the registry itself imports nothing but the
 * descriptors, since the input union is derived from it.
 */
export const questionLogic = Object.fromEntries(questionLogics.map((descriptor) => [descriptor.type, descriptor])) as ByType<typeof questionLogics>;
