import type { QuestionAnswers } from './question-contract';
import type { QuestionType } from './question-spec';

/**
 * How answers are taken and scored, by type: every type's (the registry, question-answers.ts, for
 * records, the HR report and LMS tracking) or the types a lesson page loaded, whose views carry
 * them (question-ui-set.ts). So a lesson never downloads the scoring of a type it does not use.
 */
export type AnswerSet = { [K in QuestionType]?: QuestionAnswers<K> };

/** One type's answers; throws when the set lacks the type (a page whose lesson file does not name it). */
export function answersIn<K extends QuestionType>(set: AnswerSet, type: K): QuestionAnswers<K> {
  const answers: QuestionAnswers<K> | undefined = set[type];
  if (!answers) throw missingType(type);
  return answers;
}

/** The error when a page lacks a type it is asked to show or score. */
export const missingType = (type: QuestionType): Error =>
  new Error(`This page has no view for "${type}" questions: its lesson file does not name the type.`);
