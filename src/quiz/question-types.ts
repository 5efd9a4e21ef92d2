import type { ByType } from './by-type';
import type { QuestionTypeRegistry, QuestionUiSet } from './question-ui-set';
import { matchingUi } from './types/matching/matching-ui';
import { multipleChoiceUi } from './types/multiple-choice/multiple-choice-ui';
import { orderingUi } from './types/ordering/ordering-ui';
import { scenarioUi } from './types/scenario/scenario-ui';
import { singleChoiceUi } from './types/single-choice/single-choice-ui';

export type { QuestionTypeRegistry } from './question-ui-set';

/**
 * Every type's views and MDX tags, for the pages that show any question: the gallery, the studio's
 * preview and tests. A lesson page loads only the types its lesson uses (question-ui-set.ts).
 */
export const questionUis = [singleChoiceUi, multipleChoiceUi, scenarioUi, orderingUi, matchingUi] as const;

export const questionTypes = Object.fromEntries(questionUis.map((descriptor) => [descriptor.type, descriptor])) as ByType<typeof questionUis> satisfies QuestionTypeRegistry;

/** All the views, as a page provides them (`QuestionUisContext`). */
export const allQuestionUis: QuestionUiSet = questionTypes;

