import { questionAnswers, type QuestionAnswersRegistry } from './question-answers';
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

const registry: QuestionAnswersRegistry = questionAnswers;

// The type's own answer key (`correctInput`) told the way a record tells an answer (`describeAnswer`).
const keyAs = <K extends QuestionType>(type: K, spec: SpecOf<K>): AnswerKey => {
  const answers = registry[type];
  return {
    kind: answers.interaction.type,
    items: answers.describeAnswer(spec, answers.correctInput(spec)).map((option) => option.label ?? option.id),
  };
};

export const answerKey = (spec: QuestionSpec): AnswerKey => keyAs(spec.type, spec);

const promptAs = <K extends QuestionType>(type: K, spec: SpecOf<K>): string => registry[type].report.prompt(spec);

const sentences = (text: string): string[] => text.split(/(?<=[.!?…])\s+/).filter((sentence) => sentence !== '');

/**
 * A question named in a line, for the quiz summary: the last sentence of its prompt that asks
 * something (a scenario often comes first), else the whole prompt, cut at a word after about
 * `max` characters.
 */
export function questionTitle(spec: QuestionSpec, max = 90): string {
  const prompt = promptAs(spec.type, spec).trim();
  const asked = sentences(prompt).findLast((sentence) => /\?["”»’)]*$/.test(sentence)) ?? prompt;
  if (asked.length <= max) return asked;
  const cut = asked.slice(0, max);
  const atWord = cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2));
  return `${atWord.replace(/[\s,;:.–—-]+$/, '')}…`;
}
