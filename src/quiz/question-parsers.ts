import type { AuthoredElement, ParseResult } from './authored';
import { questionCompilers } from './question-compilers';
import type { QuestionSpec, QuestionType } from './question-spec';

type Compiler = (typeof questionCompilers)[number];

export type QuestionComponentName = Compiler['component'];

/** Build-time only: authored component name -> parser to a question spec. */
export const questionParsers = Object.fromEntries(questionCompilers.map((compiler) => [compiler.component, compiler.parse])) as Readonly<
  Record<QuestionComponentName, (el: AuthoredElement) => ParseResult<QuestionSpec>>
>;

export const isQuestionComponent = (name: string): name is QuestionComponentName => Object.hasOwn(questionParsers, name);

/** Questions that may also stand alone, outside any <Quiz>: the build wraps each in a quiz of its own. */
export const standaloneQuestionComponents: ReadonlySet<string> = new Set(
  questionCompilers.filter((compiler) => compiler.standalone).map((compiler) => compiler.component),
);

/** Components that only make sense inside a question, with where they belong. */
export const questionPartParents: Record<string, string> = Object.assign(
  {},
  ...questionCompilers.map((compiler): Record<string, string> => compiler.parts),
  { Explanation: 'a question' },
) as Record<string, string>;

const compilers = Object.fromEntries(questionCompilers.map((compiler) => [compiler.type, compiler])) as Record<QuestionType, Compiler>;

/** What a translation must keep, for the message when it does not (a site that is no question gets the choices' rule). */
export const translationRule = (type: QuestionType | undefined): string => (type ? compilers[type] : questionCompilers[0]).translation.rule;

/**
 * What must stay the same in every language for scores to line up: the type
 * and the answer key, never the wording.
 */
export const translationShape = (spec: QuestionSpec): string => (compilers[spec.type].translation.shape as (spec: QuestionSpec) => string)(spec);
