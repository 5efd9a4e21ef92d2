import type { ByType } from './by-type';
import type { QuestionAnswers } from './question-contract';
import type { QuestionType } from './question-spec';
import { matchingAnswers } from './types/matching/matching-answers';
import { multipleChoiceAnswers } from './types/multiple-choice/multiple-choice-answers';
import { orderingAnswers } from './types/ordering/ordering-answers';
import { scenarioAnswers } from './types/scenario/scenario-answers';
import { singleChoiceAnswers } from './types/single-choice/single-choice-answers';

/** Registry of answer keys and how answers read in records, the HR report and LMS interactions (loaded by those pages only). */
export const questionAnswerList = [singleChoiceAnswers, multipleChoiceAnswers, scenarioAnswers, orderingAnswers, matchingAnswers] as const;

export type QuestionAnswersRegistry = { [K in QuestionType]: QuestionAnswers<K> };

export const questionAnswers = Object.fromEntries(questionAnswerList.map((descriptor) => [descriptor.type, descriptor])) as ByType<typeof questionAnswerList> satisfies QuestionAnswersRegistry;
