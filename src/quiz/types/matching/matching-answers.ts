import { answerOption } from '../../answer-options';
import type { QuestionAnswers } from '../../question-contract';
import { answerFor, matchedCount, scoreMatching } from './matching-score';
import type { MatchingSpec } from './matching-spec';

/** Every left-hand side matched to the option that is right for it. */
const rightMatches = (spec: MatchingSpec): Record<string, string> =>
  Object.fromEntries(spec.pairs.map((pair) => [pair.id, answerFor(spec, pair)]));

export const matchingAnswers = {
  type: 'matching',
  emptyInput: () => ({ type: 'matching', matches: {} }),
  isAnswerable: (input, spec) => matchedCount(spec, input) === spec.pairs.length,
  score: scoreMatching,
  correctInput: (spec) => ({ type: 'matching', matches: rightMatches(spec) }),
  // Two left-hand sides with different answers, swapped.
  mistakes: (spec) => {
    const matches = rightMatches(spec);
    const [first] = spec.pairs;
    const other = spec.pairs.find((pair) => first && matches[pair.id] !== matches[first.id]);
    if (!first || !other) return [];
    return [{ type: 'matching', matches: { ...matches, [first.id]: matches[other.id]!, [other.id]: matches[first.id]! } }];
  },
  // One entry per matched left-hand side, in authored order: `<left pair id>:<right pair id>`, "left → right".
  describeAnswer: (spec, input) =>
    spec.pairs.flatMap((pair) => {
      const right = input.matches[pair.id];
      if (typeof right !== 'string') return [];
      const picked = spec.pairs.find((other) => other.id === right);
      return [answerOption(`${pair.id}:${right}`, picked && `${pair.left} → ${picked.right}`)];
    }),
  report: {
    prompt: (spec) => spec.prompt,
    optionLabels: (spec) =>
      Object.fromEntries(spec.pairs.flatMap((left) => spec.pairs.map((right) => [`${left.id}:${right.id}`, `${left.left} → ${right.right}`]))),
  },
  interaction: {
    type: 'matching',
    correctResponse: (spec) => ({
      type: 'matching',
      pairs: spec.pairs.map((pair) => ({ source: { id: pair.id, label: pair.left }, target: { id: answerFor(spec, pair), label: pair.right } })),
    }),
  },
} satisfies QuestionAnswers<'matching'>;
