import type { Score } from '../../score';
import type { SingleChoiceInput, SingleChoiceSpec } from './single-choice-spec';

export function scoreSingleChoice(spec: SingleChoiceSpec, input: SingleChoiceInput | undefined): Score {
  if (!input?.selected) return { type: 'invalid', code: 'empty' };
  const chosen = spec.choices.find((c) => c.id === input.selected);
  return { type: 'points', earned: chosen?.correct ? 1 : 0, total: 1 };
}
