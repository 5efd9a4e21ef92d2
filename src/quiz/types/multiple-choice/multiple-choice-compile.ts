import type { QuestionCompiler } from '../../question-descriptor';
import { choiceParts, choiceTranslation } from '../choice/choice-compile';
import { parseMultipleChoice } from './multiple-choice-parse';
import { multipleChoiceSpecSchema, type MultipleChoiceSpec } from './multiple-choice-spec';

export const multipleChoiceCompiler = {
  type: 'multiple-choice',
  component: 'MultipleChoice',
  specSchema: multipleChoiceSpecSchema,
  parse: parseMultipleChoice,
  parts: choiceParts,
  standalone: false,
  promptInSpec: true,
  translation: choiceTranslation,
} as const satisfies QuestionCompiler<MultipleChoiceSpec>;
