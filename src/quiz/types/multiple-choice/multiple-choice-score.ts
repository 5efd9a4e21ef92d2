import type { Score } from '../../score';
import type { MultipleChoiceInput, MultipleChoiceSpec } from './multiple-choice-spec';

/** Right only when the selection is exactly the correct set. */
export function scoreMultipleChoice(spec: MultipleChoiceSpec, input: MultipleChoiceInput | undefined): Score {
  if (!input || input.selected.length === 0) return { type: 'invalid', code: 'empty' };
  const chosen = new Set(input.selected);
  const exact = spec.choices.every((c) => c.correct === chosen.has(c.id));
  return { type: 'points', earned: exact ? 1 : 0, total: 1 };
}
