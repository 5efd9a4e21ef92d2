import type { QuestionCompiler } from '../../question-descriptor';
import { parseMatching } from './matching-parse';
import { matchingSpecSchema, type MatchingSpec } from './matching-spec';

export const matchingCompiler = {
  type: 'matching',
  component: 'Matching',
  specSchema: matchingSpecSchema,
  parse: parseMatching,
  parts: { Pair: '<Matching>' },
  standalone: false,
  promptInSpec: true,
  translation: {
    // Pairs are matched by position; pairs that share a right-hand side must share it in every language.
    shape: (spec: MatchingSpec) => `${spec.type}:${spec.pairs.map((p) => spec.pairs.findIndex((q) => q.right === p.right)).join(',')}`,
    rule: 'the same number of pairs, in the same order, with the same right-hand sides shared',
  },
} as const satisfies QuestionCompiler<MatchingSpec>;
