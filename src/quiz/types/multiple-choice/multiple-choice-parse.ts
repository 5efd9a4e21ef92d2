import type { AuthoredElement, ParseResult } from '../../authored';
import { parseChoiceQuestion } from '../choice/choice-parse';
import type { MultipleChoiceSpec } from './multiple-choice-spec';

export function parseMultipleChoice(el: AuthoredElement): ParseResult<MultipleChoiceSpec> {
  const parts = parseChoiceQuestion(el);
  if (!parts.ok) return parts;
  if (!parts.spec.choices.some((c) => c.correct)) {
    return {
      ok: false,
      issues: [{ position: el.position, message: '<MultipleChoice> has no correct choice: mark one or more <Choice correct>.' }],
    };
  }
  return { ok: true, spec: { type: 'multiple-choice', ...parts.spec } };
}
