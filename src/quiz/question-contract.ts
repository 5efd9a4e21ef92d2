import type { ComponentType, ReactNode } from 'react';
import type { AnswerOption, CorrectResponse, InteractionType, QuestionLogic } from './question-descriptor';
import type { QuestionInput } from './question-input';
import type { QuestionSpec, QuestionType } from './question-spec';
import type { Score } from './score';
import type { QuestionSlots } from './slots';

/*
 * What a question type is, in four descriptors that live in its folder (src/quiz/types/<type>/):
 * the build's (`QuestionCompiler`: authored MDX to a validated spec), the first page's
 * (`QuestionLogic`: the saved input's schema and the points), the answers' (`QuestionAnswers`:
 * taking, scoring and telling answers) and the screen's (`QuestionUi`: views and MDX tags). They are
 * split only where bundling needs it: the build's zod schemas never reach the browser, the first
 * page carries no scoring, and records load without React. Every field is required, so a type that
 * misses a piece does not compile. The first two are in question-descriptor.ts.
 */

export type SpecOf<K extends QuestionType> = Extract<QuestionSpec, { type: K }>;
export type InputOf<K extends QuestionType> = Extract<QuestionInput, { type: K }>;

export type LogicOf<K extends QuestionType> = QuestionLogic<SpecOf<K>, InputOf<K>>;

/** The logic registry by type (question-logic.ts): typed against every spec type where it is used. */
export type QuestionLogicRegistry = { [K in QuestionType]: LogicOf<K> };

/**
 * How answers are taken and scored, the answer key, and how answers are told outside the quiz: in
 * records, in the HR report, to an LMS or LRS. Pure, and loaded only by the pages that need it.
 */
export interface QuestionAnswers<K extends QuestionType> {
  type: K;
  /** What the learner starts from before touching the question. */
  emptyInput: () => InputOf<K>;
  /** True once the input is complete enough to be checked. */
  isAnswerable: (input: InputOf<K>, spec: SpecOf<K>) => boolean;
  score: (spec: SpecOf<K>, input: InputOf<K> | undefined) => Score;
  /** The answer key as a learner's input: what someone who knows the answer gives. Scores full marks. */
  correctInput: (spec: SpecOf<K>) => InputOf<K>;
  /** Plausible wrong answers (each scores below full marks), for previews and load tests; empty when none exists. */
  mistakes: (spec: SpecOf<K>) => Array<InputOf<K>>;
  /** What the learner chose, as a completion record names it (docs/completion-record.md). */
  describeAnswer: (spec: SpecOf<K>, input: InputOf<K>) => AnswerOption[];
  /** How the HR report names the question and every option id a record may use. */
  report: {
    prompt: (spec: SpecOf<K>) => string;
    optionLabels: (spec: SpecOf<K>) => Record<string, string>;
  };
  /** How an LMS or LRS sees the question. */
  interaction: {
    type: InteractionType;
    correctResponse: (spec: SpecOf<K>) => CorrectResponse;
  };
}

export interface QuestionViewProps<K extends QuestionType> {
  spec: SpecOf<K>;
  /** Rich content from the lesson: the prompt, choice labels by authored position, the explanation. */
  slots: QuestionSlots;
  /** The attempt seed; the view derives its own order from it. */
  seed: number;
  input: InputOf<K>;
  onInput: (input: InputOf<K>) => void;
  /** Once checked, the inputs lock and the feedback shows. */
  checked: boolean;
  /** Id of the message that explains why the answer could not be checked, while it shows. */
  errorId: string | undefined;
}

export interface StandaloneViewProps<K extends QuestionType> {
  spec: SpecOf<K>;
  /** The authored element's children: the question's rich content. */
  children?: ReactNode;
  input: InputOf<K>;
  /** True once the answer is recorded: the score, the explanation and Restart show. */
  finished: boolean;
  onInput: (input: InputOf<K>) => void;
  onRestart: () => void;
}

/**
 * The screen half: the answers, plus how the question renders and which MDX tags it brings. Not the
 * logic's input schema: the lesson page checks no saved input (the progress store did, when it
 * loaded), so the schema library stays off the path to a lesson's first paint.
 */
export type QuestionUi<K extends QuestionType> = QuestionAnswers<K> & {
  /** The authored tag, as the build knows it (QuestionCompiler.component). */
  component: string;
  View: ComponentType<QuestionViewProps<K>>;
  /** Shown for a question written outside any <Quiz>; null for types that cannot stand alone. */
  Standalone: ComponentType<StandaloneViewProps<K>> | null;
  /** Tags this type adds to the lessons' MDX component map: its marker and its parts. */
  components: Readonly<Record<string, ComponentType<never>>>;
};
