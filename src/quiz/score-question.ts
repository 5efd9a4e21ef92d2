import { answersIn, type AnswerSet } from './answer-set';
import type { InputOf, SpecOf } from './question-contract';
import type { QuestionInput, QuestionSpec, QuestionType } from './question-spec';
import type { Score } from './score';

// Generic over the type so the set's entry and its spec/input stay correlated.
const scoreAs = <K extends QuestionType>(set: AnswerSet, type: K, spec: SpecOf<K>, input: InputOf<K> | undefined): Score =>
  answersIn(set, type).score(spec, input);

/** Scores through the question type's own scorer in `set`; input of another type counts as no answer. */
export function scoreQuestion(spec: QuestionSpec, input: QuestionInput | undefined, set: AnswerSet): Score {
  return scoreAs(set, spec.type, spec, input?.type === spec.type ? input : undefined);
}
