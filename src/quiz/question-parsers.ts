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

const compilerOf = (type: QuestionType) => questionCompilers.find((compiler) => compiler.type === type);

/** What a translation must keep, for the message when it does not. */
export const translationRule = (type: QuestionType | undefined): string =>
  (type && compilerOf(type)?.translation.rule) ?? questionCompilers[0].translation.rule;

/**
 * What must stay the same in every language for scores to line up: the type
 * and the answer key, never the wording.
 */
export function translationShape(spec: QuestionSpec): string {
  const shape = compilerOf(spec.type)?.translation.shape as ((spec: QuestionSpec) => string) | undefined;
  return shape ? shape(spec) : spec.type;
}
