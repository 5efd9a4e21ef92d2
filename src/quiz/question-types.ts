import type { QuestionTypeEntry } from './question-contract';
import { questionLogic } from './question-logic';
import type { QuestionType } from './question-spec';
import { MultipleChoiceView } from './types/multiple-choice/MultipleChoiceView';
import { SingleChoiceView } from './types/single-choice/SingleChoiceView';

export type QuestionTypeRegistry = { [K in QuestionType]: QuestionTypeEntry<K> };

/**
 * UI registry by spec type: the pure logic (question-logic.ts, which scoring
 * and records import without React) plus the renderer.
 */
export const questionTypes = {
  'single-choice': { ...questionLogic['single-choice'], View: SingleChoiceView },
  'multiple-choice': { ...questionLogic['multiple-choice'], View: MultipleChoiceView },
} as const satisfies QuestionTypeRegistry;
