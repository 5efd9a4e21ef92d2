import type { QuestionLogic } from '../../question-descriptor';
import { multipleChoiceInputSchema } from './multiple-choice-input';
import type { MultipleChoiceInput, MultipleChoiceSpec } from './multiple-choice-spec';

export const multipleChoiceLogic = {
  type: 'multiple-choice',
  inputSchema: multipleChoiceInputSchema,
} satisfies QuestionLogic<MultipleChoiceSpec, MultipleChoiceInput>;
