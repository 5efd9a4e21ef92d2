import type { QuestionCompiler } from '../../question-descriptor';
import { choiceParts, choiceTranslation } from '../choice/choice-compile';
import { parseSingleChoice } from './single-choice-parse';
import { singleChoiceSpecSchema, type SingleChoiceSpec } from './single-choice-spec';

export const singleChoiceCompiler = {
  type: 'single-choice',
  component: 'SingleChoice',
  specSchema: singleChoiceSpecSchema,
  parse: parseSingleChoice,
  parts: choiceParts,
  standalone: false,
  promptInSpec: true,
  translation: choiceTranslation,
} as const satisfies QuestionCompiler<SingleChoiceSpec>;
