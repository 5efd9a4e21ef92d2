import type { MDXComponents } from 'mdx/types';
import { createContext, useContext, type ComponentType, type ReactNode } from 'react';
import { missingType } from './answer-set';
import type { QuestionUi } from './question-contract';
import type { QuestionType } from './question-spec';
import { Explanation } from './slots';

export type QuestionTypeRegistry = { [K in QuestionType]: QuestionUi<K> };
export type AnyQuestionUi = QuestionTypeRegistry[QuestionType];

/**
 * The question views a page has loaded, by type. A lesson's are the types its questions use: its own
 * file imports them (the build writes those imports), so a lesson of choice questions never
 * downloads the ordering or scenario views, nor their scoring: a type's views carry its answers, so
 * the set is also the page's `AnswerSet`. The gallery and the studio's preview have them all
 * (question-types.ts).
 */
export type QuestionUiSet = Partial<QuestionTypeRegistry>;

export const questionUiSetOf = (uis: readonly AnyQuestionUi[]): QuestionUiSet => Object.fromEntries(uis.map((ui) => [ui.type, ui]));

export const QuestionUisContext = createContext<QuestionUiSet>({});

/** The views of one type; throws when the page did not load them (a build that left a type out). */
export function useQuestionUi<K extends QuestionType>(type: K): QuestionUi<K> {
  const ui: QuestionUi<K> | undefined = useContext(QuestionUisContext)[type];
  if (!ui) throw missingType(type);
  return ui;
}

/** Every view the page has loaded: for scoring and telling answers of questions of several types. */
export const useQuestionUiSet = (): QuestionUiSet => useContext(QuestionUisContext);

/** Every question tag and part of these types for the MDX component map, plus the explanation every question may have. */
export const questionComponentsOf = (uis: readonly AnyQuestionUi[]): MDXComponents =>
  Object.assign({ Explanation }, ...uis.map((ui) => ui.components)) as MDXComponents;

/**
 * What the page mounts for a question standing alone in a lesson, given its quiz's id: the app's
 * connection to the learner's progress, which a lesson file imports only when it has such a
 * question.
 */
export type StandaloneConnector = ComponentType<{ id: string; children?: ReactNode }>;

/** The authored tags of these types whose question may stand alone in a lesson. */
export const standaloneComponentsOf = (uis: readonly AnyQuestionUi[]): string[] => uis.filter((ui) => ui.Standalone !== null).map((ui) => ui.component);
