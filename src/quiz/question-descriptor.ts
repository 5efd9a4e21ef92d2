import type { ZodMiniType } from 'zod/mini';
import type { AuthoredElement, ParseResult } from './authored';

/*
 * The descriptors the spec and input unions are derived from (question-spec.ts, question-input.ts):
 * typed by the type's own spec and input, not by its id, so they do not depend on those unions and
 * nothing imports in a circle. The rest of the contract is in question-contract.ts.
 */
export interface SpecLike {
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
  /**
   * True when the spec holds the question's prompt and its view shows it when the lesson body
   * leaves a plain one out (remark-slim-questions: a question's words ship once).
   */
  promptInSpec: boolean;
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
 * progress loads. It holds nothing else, so the first page stays light; scoring a new answer is in
 * `QuestionAnswers`. What a question weighs in a score needs no descriptor: every question weighs
 * the same (`scoreAttempt` in quiz-engine.ts).
 */
export interface QuestionLogic<S extends SpecLike, I extends { type: string }> {
  type: S['type'];
  /** What the learner did, as saved in progress (zod/mini: it ships to the browser). */
  inputSchema: ZodMiniType<I>;
}
