import type { AuthoredElement, ParseResult } from './authored';
import type { QuestionSpec, QuestionType } from './question-spec';
import { parseMatching } from './types/matching/matching-parse.ts';
import { parseMultipleChoice } from './types/multiple-choice/multiple-choice-parse.ts';
import { parseOrdering } from './types/ordering/ordering-parse.ts';
import { parseScenario } from './types/scenario/scenario-parse.ts';
import { parseSingleChoice } from './types/single-choice/single-choice-parse.ts';

/** Build-time only: authored component name -> parser to a question spec. */
export const questionParsers = {
  SingleChoice: parseSingleChoice,
  MultipleChoice: parseMultipleChoice,
  Scenario: parseScenario,
  Ordering: parseOrdering,
  Matching: parseMatching,
} as const satisfies Record<string, (el: AuthoredElement) => ParseResult<QuestionSpec>>;

export type QuestionComponentName = keyof typeof questionParsers;

export const isQuestionComponent = (name: string): name is QuestionComponentName =>
  Object.hasOwn(questionParsers, name);

/** Questions that may also stand alone, outside any <Quiz>: the build wraps each in a quiz of its own. */
export const standaloneQuestionComponents: ReadonlySet<QuestionComponentName> = new Set(['Scenario']);

/** Components that only make sense inside a question, with where they belong. */
export const questionPartParents: Record<string, string> = {
  Choice: '<SingleChoice> or <MultipleChoice>',
  Explanation: 'a question',
  Step: '<Scenario>',
  Option: 'a <Step> of a <Scenario>',
  Item: '<Ordering>',
  Pair: '<Matching>',
};

/** translationShape in words, for the types whose answer key is not their choices. */
const translationRules: Partial<Record<QuestionType, string>> = {
  scenario: 'the same steps in the same order (same ids, same end steps) and the same goto and points on every option',
  ordering: 'the same number of items, in the same (correct) order',
  matching: 'the same number of pairs, in the same order, with the same right-hand sides shared',
};

/** What a translation must keep, for the message when it does not. */
export const translationRule = (type: QuestionType | undefined): string =>
  (type && translationRules[type]) ?? 'the same number of choices and the same correct ones';

/**
 * What must stay the same in every language for scores to line up: the type
 * and the answer key, never the wording.
 */
export function translationShape(spec: QuestionSpec): string {
  switch (spec.type) {
    case 'single-choice':
    case 'multiple-choice':
      return `${spec.type}:${spec.choices.map((c) => (c.correct ? '1' : '0')).join('')}`;
    case 'scenario':
      // Step ids in order, which end, and every reply's goto and points.
      return `${spec.type}:${spec.steps
        .map((s) => `${s.id}${s.end ? '!' : ''}(${s.options.map((o) => `${o.goto}=${o.points}`).join(',')})`)
        .join(';')}`;
    case 'ordering':
      // Items are matched by position, and the authored order is the answer.
      return `${spec.type}:${spec.items.length}`;
    case 'matching':
      // Pairs are matched by position; pairs that share a right-hand side must share it in every language.
      return `${spec.type}:${spec.pairs.map((p) => spec.pairs.findIndex((q) => q.right === p.right)).join(',')}`;
  }
}
