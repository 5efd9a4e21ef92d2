import { choiceId, type AuthoredElement, type AuthoringIssue, type ParseResult } from '../../authored';
import { checkAttrs, didYouMean, str, type AttrRules } from '../../authored-attrs';
import type { MatchingPairSpec, MatchingSpec } from './matching-spec';

const matchingAttrs: AttrRules = { id: { kind: 'string', required: true } };
const pairAttrs: AttrRules = {
  left: { kind: 'string', required: true },
  right: { kind: 'string', required: true },
};

/**
 * <Matching id> with at least two <Pair left right /> (each left-hand side
 * once) and at most one <Explanation>. Pairs get ids by authored position.
 */
export function parseMatching(el: AuthoredElement): ParseResult<MatchingSpec> {
  const issues: AuthoringIssue[] = checkAttrs(el, matchingAttrs);
  const pairs: MatchingPairSpec[] = [];
  const leftLines = new Map<string, number>();
  let explanation: string | undefined;
  for (const child of el.children) {
    if (child.name === 'Pair') {
      const pairIssues = checkAttrs(child, pairAttrs);
      if (child.text.trim() || child.children.length) {
        pairIssues.push({
          position: child.position,
          message: '<Pair> takes its text in attributes only: write <Pair left="..." right="..." /> with nothing between tags.',
        });
      }
      issues.push(...pairIssues);
      const left = str(child, 'left')?.trim() ?? '';
      const right = str(child, 'right')?.trim() ?? '';
      if (left && leftLines.has(left)) {
        issues.push({
          position: child.position,
          message: `<Pair> left="${left}" is already used on line ${leftLines.get(left)!}: each left-hand side appears once in a <Matching>, so reword or remove one of them.`,
        });
      } else if (left) leftLines.set(left, child.position.line);
      pairs.push({ id: choiceId(pairs.length), left: left || '(empty)', right: right || '(empty)' });
    } else if (child.name === 'Explanation') {
      if (explanation !== undefined) {
        issues.push({ position: child.position, message: '<Matching> has more than one <Explanation>: keep one.' });
      }
      explanation = child.text.trim();
    } else {
      issues.push({
        position: child.position,
        message: `<${child.name}> cannot be used inside <Matching>: it takes <Pair left="..." right="..." /> and one <Explanation>.${didYouMean(child.name, ['Pair', 'Explanation'])}`,
      });
    }
  }
  if (pairs.length < 2) {
    issues.push({ position: el.position, message: `<Matching> has ${pairs.length} <Pair>: give it at least two.` });
  }
  if (issues.length) return { ok: false, issues };
  return {
    ok: true,
    spec: {
      type: 'matching',
      id: String(el.attrs.id),
      prompt: el.text.trim(),
      pairs,
      ...(explanation ? { explanation } : {}),
    },
  };
}
