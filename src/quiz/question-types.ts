import type { QuestionTypeEntry } from './question-contract';
import { questionLogic } from './question-logic';
import type { QuestionType } from './question-spec';
import { MatchingView } from './types/matching/MatchingView';
import { MultipleChoiceView } from './types/multiple-choice/MultipleChoiceView';
import { OrderingView } from './types/ordering/OrderingView';
import { ScenarioView } from './types/scenario/ScenarioView';
import { SingleChoiceView } from './types/single-choice/SingleChoiceView';

export type QuestionTypeRegistry = { [K in QuestionType]: QuestionTypeEntry<K> };

/**
 * UI registry by spec type: the pure logic (question-logic.ts, which scoring
 * and records import without React) plus the renderer.
 */
export const questionTypes = {
  'single-choice': { ...questionLogic['single-choice'], View: SingleChoiceView },
  'multiple-choice': { ...questionLogic['multiple-choice'], View: MultipleChoiceView },
  scenario: { ...questionLogic.scenario, View: ScenarioView },
  ordering: { ...questionLogic.ordering, View: OrderingView },
  matching: { ...questionLogic.matching, View: MatchingView },
} as const satisfies QuestionTypeRegistry;
