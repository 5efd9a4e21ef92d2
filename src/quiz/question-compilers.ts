import { matchingCompiler } from './types/matching/matching-compile';
import { multipleChoiceCompiler } from './types/multiple-choice/multiple-choice-compile';
import { orderingCompiler } from './types/ordering/ordering-compile';
import { scenarioCompiler } from './types/scenario/scenario-compile';
import { singleChoiceCompiler } from './types/single-choice/single-choice-compile';

/**
 * Build-time registry: every question type's compiler, in the order messages list them. The spec
 * union (question-spec.ts) and the parsers by tag (question-parsers.ts) are derived from it.
 */
export const questionCompilers = [singleChoiceCompiler, multipleChoiceCompiler, scenarioCompiler, orderingCompiler, matchingCompiler] as const;
