import type { AuthoredElement, ParseResult } from './authored';
import type { QuestionSpec } from './question-spec';
import { parseMultipleChoice } from './types/multiple-choice/multiple-choice-parse.ts';
import { parseSingleChoice } from './types/single-choice/single-choice-parse.ts';

/** Build-time only: authored component name -> parser to a question spec. */
export const questionParsers = {
  SingleChoice: parseSingleChoice,
  MultipleChoice: parseMultipleChoice,
} as const satisfies Record<string, (el: AuthoredElement) => ParseResult<QuestionSpec>>;

export type QuestionComponentName = keyof typeof questionParsers;

export const isQuestionComponent = (name: string): name is QuestionComponentName =>
  Object.hasOwn(questionParsers, name);

/** Components that only make sense inside a question, with where they belong. */
export const questionPartParents: Record<string, string> = {
  Choice: '<SingleChoice> or <MultipleChoice>',
  Explanation: 'a question',
};

/**
 * What must stay the same in every language for scores to line up: the type
 * and the answer key, never the wording.
 */
export function translationShape(spec: QuestionSpec): string {
  switch (spec.type) {
    case 'single-choice':
    case 'multiple-choice':
      return `${spec.type}:${spec.choices.map((c) => (c.correct ? '1' : '0')).join('')}`;
  }
}
