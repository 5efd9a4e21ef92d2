import { questionAnswers, type QuestionAnswersRegistry } from './question-answers';
import type { InputOf, SpecOf } from './question-contract';
import type { QuestionInput, QuestionSpec, QuestionType } from './question-spec';
import type { Score } from './score';

const registry: QuestionAnswersRegistry = questionAnswers;

// Generic over the type so the registry entry and its spec/input stay correlated.
const scoreAs = <K extends QuestionType>(type: K, spec: SpecOf<K>, input: InputOf<K> | undefined): Score => registry[type].score(spec, input);

/** Scores through the question type's own scorer; input of another type counts as no answer. */
export function scoreQuestion(spec: QuestionSpec, input: QuestionInput | undefined): Score {
  return scoreAs(spec.type, spec, input?.type === spec.type ? input : undefined);
}
