import type { ComponentType, ReactNode } from 'react';
import type { ZodMiniType } from 'zod/mini';
import type { AuthoredElement, ParseResult } from './authored';
import type { QuestionInput, QuestionSpec, QuestionType } from './question-spec';
import type { Score } from './score';
import type { QuestionSlots } from './slots';

/*
 * What a question type is, in three descriptors that live in its folder (src/quiz/types/<type>/):
 * the build's (`QuestionCompiler`: authored MDX to a validated spec), the pure runtime's
 * (`QuestionLogic`: input, scoring, records, reports, LMS interactions) and the screen's
 * (`QuestionUi`: the view and the MDX tags). They are split only where bundling needs it: the
 * build's zod schemas never reach the browser, and scoring and records load without React. Every
 * field is required, so a type that misses a piece does not compile.
 */

export type SpecOf<K extends QuestionType> = Extract<QuestionSpec, { type: K }>;
export type InputOf<K extends QuestionType> = Extract<QuestionInput, { type: K }>;

/*
 * The build and pure descriptors are typed by the type's own spec and input (not by its id): the
 * unions of every spec and input are derived from them, so they cannot depend on those unions.
 */
interface SpecLike {
  type: string;
  id: string;
}

/** Build time: how an authored component becomes this type's spec, and what a translation must keep. */
export interface QuestionCompiler<S extends SpecLike> {
  type: S['type'];
  /** The authored tag, e.g. `SingleChoice`. */
  component: string;
  /** The spec as the course index holds it (full zod; never shipped to the browser). */
  specSchema: { parse: (value: unknown) => S };
  parse: (el: AuthoredElement) => ParseResult<S>;
  /** Tags that belong only inside this question, with where they belong, for the message when one strays. */
  parts: Readonly<Record<string, string>>;
  /** True when the question may stand alone in a lesson, outside any <Quiz>: the build wraps it in a quiz of its own. */
  standalone: boolean;
  translation: {
    /** What must stay the same in every language for scores to line up: the answer key, never the wording. */
    shape: (spec: S) => string;
    /** `shape` in words, for the message when a translation differs. */
    rule: string;
  };
}

/** An option a record names: a choice, an item, a match or a reply, with its label when the course still has it. */
export interface AnswerOption {
  id: string;
  label?: string;
}

export interface LabelledOption {
  id: string;
  label: string;
}

/**
 * The right answer as SCORM and xAPI interactions state it (cmi.interactions.n.correct_responses,
 * xAPI `correctResponsesPattern`), with labels for interaction definitions. Each standard's
 * adapter writes its own pattern syntax from this.
 */
export type CorrectResponse =
  | { type: 'choice'; choices: LabelledOption[] }
  | { type: 'sequencing'; items: LabelledOption[] }
  | { type: 'matching'; pairs: Array<{ source: LabelledOption; target: LabelledOption }> }
  | { type: 'performance'; steps: Array<{ step: string; response: LabelledOption }> };

export type InteractionType = CorrectResponse['type'];

/**
 * The part of a question type the course's first page needs: how its saved input is checked when
 * progress loads, and what the question is worth (course scores count unanswered questions). It
 * holds nothing else, so the first page stays light; scoring a new answer is in `QuestionAnswers`.
 */
export interface QuestionLogic<S extends SpecLike, I extends { type: string }> {
  type: S['type'];
  /** What the learner did, as saved in progress (zod/mini: it ships to the browser). */
  inputSchema: ZodMiniType<I>;
  /** Points the question is worth; counts toward the total when it goes unanswered. */
  maxPoints: (spec: S) => number;
}

export type LogicOf<K extends QuestionType> = QuestionLogic<SpecOf<K>, InputOf<K>>;

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

/** The screen half: the logic and the answers, plus how the question renders and which MDX tags it brings. */
export type QuestionUi<K extends QuestionType> = LogicOf<K> & QuestionAnswers<K> & {
  /** The authored tag, as the build knows it (QuestionCompiler.component). */
  component: string;
  View: ComponentType<QuestionViewProps<K>>;
  /** Shown for a question written outside any <Quiz>; null for types that cannot stand alone. */
  Standalone: ComponentType<StandaloneViewProps<K>> | null;
  /** Tags this type adds to the lessons' MDX component map: its marker and its parts. */
  components: Readonly<Record<string, ComponentType<never>>>;
};
