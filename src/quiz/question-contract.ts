import type { ComponentType } from 'react';
import type { QuestionInput, QuestionSpec, QuestionType } from './question-spec';
import type { Score } from './score';
import type { QuestionSlots } from './slots';

export type SpecOf<K extends QuestionType> = Extract<QuestionSpec, { type: K }>;
export type InputOf<K extends QuestionType> = Extract<QuestionInput, { type: K }>;

/**
 * The pure half of a question type: everything scoring, records and exports
 * need, with no React in sight.
 */
export interface QuestionLogic<K extends QuestionType> {
  score: (spec: SpecOf<K>, input: InputOf<K> | undefined) => Score;
  /** What the learner starts from before touching the question. */
  emptyInput: () => InputOf<K>;
  /** True once the input is complete enough to be checked. */
  isAnswerable: (input: InputOf<K>, spec: SpecOf<K>) => boolean;
  /** Points the question is worth; counts toward the total when it goes unanswered. */
  maxPoints: (spec: SpecOf<K>) => number;
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

/** One entry of the UI registry: the logic plus the renderer. */
export type QuestionTypeEntry<K extends QuestionType> = QuestionLogic<K> & {
  View: ComponentType<QuestionViewProps<K>>;
};
