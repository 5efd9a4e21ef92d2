import { choiceId, type AuthoredElement, type AuthoringIssue, type ParseResult } from '../../authored';
import { checkAttrs, didYouMean, flag, str, type AttrRules } from '../../authored-attrs';
import type { ChoiceSpec } from './choice-spec';

export const choiceQuestionAttrs: AttrRules = {
  id: { kind: 'string', required: true },
  fixed: { kind: 'boolean' },
};
const choiceAttrs: AttrRules = {
  correct: { kind: 'boolean' },
  feedback: { kind: 'string' },
};

export interface ChoiceQuestionParts {
  id: string;
  prompt: string;
  fixed: boolean;
  choices: ChoiceSpec[];
  explanation?: string;
}

/**
 * The part SingleChoice and MultipleChoice share: a prompt, at least two
 * <Choice> children with labels, and at most one <Explanation>.
 */
export function parseChoiceQuestion(el: AuthoredElement): ParseResult<ChoiceQuestionParts> {
  const issues: AuthoringIssue[] = checkAttrs(el, choiceQuestionAttrs);
  const choices: ChoiceSpec[] = [];
  let explanation: string | undefined;
  for (const child of el.children) {
    if (child.name === 'Choice') {
      issues.push(...checkAttrs(child, choiceAttrs));
      if (!child.text.trim()) {
        issues.push({ position: child.position, message: '<Choice> is empty: write the answer text between <Choice> and </Choice>.' });
      }
      const same = choices.findIndex((choice) => choice.label.toLowerCase() === child.text.trim().toLowerCase());
      if (child.text.trim() && same !== -1) {
        issues.push({ position: child.position, message: `<Choice> repeats choice ${same + 1} ("${child.text.trim()}"): learners could not tell the two apart; reword one.` });
      }
      const feedback = str(child, 'feedback');
      choices.push({
        id: choiceId(choices.length),
        label: child.text.trim() || '(empty)',
        correct: flag(child, 'correct'),
        ...(feedback ? { feedback } : {}),
      });
    } else if (child.name === 'Explanation') {
      if (explanation !== undefined) {
        issues.push({ position: child.position, message: `<${el.name}> has more than one <Explanation>: keep one.` });
      }
      explanation = child.text.trim();
    } else {
      issues.push({
        position: child.position,
        message: `<${child.name}> cannot be used inside <${el.name}>: it takes <Choice> and one <Explanation>.${didYouMean(child.name, ['Choice', 'Explanation'])}`,
      });
    }
  }
  if (choices.length < 2) {
    issues.push({
      position: el.position,
      message: `<${el.name}> has ${choices.length} <Choice>: give it at least two.`,
    });
  }
  if (issues.length) return { ok: false, issues };
  return {
    ok: true,
    spec: {
      id: String(el.attrs.id),
      prompt: el.text.trim(),
      fixed: flag(el, 'fixed'),
      choices,
      ...(explanation ? { explanation } : {}),
    },
  };
}
