import { answersIn, type AnswerSet } from './answer-set';
import type { SpecOf } from './question-contract';
import type { InteractionType } from './question-descriptor';
import type { QuestionSpec, QuestionType } from './question-spec';

/** The right answer to a question, as a learner reads it after a wrong answer. */
export interface AnswerKey {
  /** How it reads: the right choice(s), an order, pairs, or the best reply at each step. */
  kind: InteractionType;
  /** In the order to show them: choices as authored, items in order, "left → right" per pair, one reply per step. */
  items: string[];
}

// The type's own answer key (`correctInput`) told the way a record tells an answer (`describeAnswer`).
const keyAs = <K extends QuestionType>(set: AnswerSet, type: K, spec: SpecOf<K>): AnswerKey => {
  const answers = answersIn(set, type);
  return {
    kind: answers.interaction.type,
    items: answers.describeAnswer(spec, answers.correctInput(spec)).map((option) => option.label ?? option.id),
  };
};

/** The answer key of a question, through its type's answers in `set`. */
export const answerKey = (spec: QuestionSpec, set: AnswerSet): AnswerKey => keyAs(set, spec.type, spec);

const promptAs = <K extends QuestionType>(set: AnswerSet, type: K, spec: SpecOf<K>): string => answersIn(set, type).report.prompt(spec);

const sentences = (text: string): string[] => text.split(/(?<=[.!?…])\s+/).filter((sentence) => sentence !== '');

/**
 * A question named in a line, for the quiz summary: the last sentence of its prompt that asks
 * something (a scenario often comes first), else the whole prompt, cut at a word after about
 * `max` characters.
 */
export function questionTitle(spec: QuestionSpec, set: AnswerSet, max = 90): string {
  const prompt = promptAs(set, spec.type, spec).trim();
  const asked = sentences(prompt).findLast((sentence) => /\?["”»’)]*$/.test(sentence)) ?? prompt;
  if (asked.length <= max) return asked;
  const cut = asked.slice(0, max);
  const atWord = cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2));
  return `${atWord.replace(/[\s,;:.–—-]+$/, '')}…`;
}
