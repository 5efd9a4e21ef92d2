import type { AuthoredElement, ParseResult } from '../../authored';
import { parseChoiceQuestion } from '../choice/choice-parse';
import type { SingleChoiceSpec } from './single-choice-spec';

export function parseSingleChoice(el: AuthoredElement): ParseResult<SingleChoiceSpec> {
  const parts = parseChoiceQuestion(el);
  if (!parts.ok) return parts;
  const correct = parts.spec.choices.filter((c) => c.correct).length;
  if (correct !== 1) {
    return {
      ok: false,
      issues: [
        {
          position: el.position,
          message:
            correct === 0
              ? '<SingleChoice> has no correct choice: mark exactly one <Choice correct>.'
              : `<SingleChoice> has ${correct} correct choices: mark exactly one <Choice correct>, or use <MultipleChoice> for "select all that apply".`,
        },
      ],
    };
  }
  return { ok: true, spec: { type: 'single-choice', ...parts.spec } };
}
