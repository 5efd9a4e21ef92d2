import type { QuestionLogic } from '../../question-descriptor';
import { singleChoiceInputSchema } from './single-choice-input';
import type { SingleChoiceInput, SingleChoiceSpec } from './single-choice-spec';

export const singleChoiceLogic = {
  type: 'single-choice',
  inputSchema: singleChoiceInputSchema,
} satisfies QuestionLogic<SingleChoiceSpec, SingleChoiceInput>;
