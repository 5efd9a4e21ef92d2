import { choiceId, type AuthoredElement, type AuthoringIssue, type ParseResult } from '../../authored';
import { checkAttrs, didYouMean, type AttrRules } from '../../authored-attrs';
import type { OrderingItemSpec, OrderingSpec } from './ordering-spec';

const orderingAttrs: AttrRules = { id: { kind: 'string', required: true } };

/**
 * <Ordering id> with at least two <Item>s written in the correct order, and at
 * most one <Explanation>. Items get ids by authored position.
 */
export function parseOrdering(el: AuthoredElement): ParseResult<OrderingSpec> {
  const issues: AuthoringIssue[] = checkAttrs(el, orderingAttrs);
  const items: OrderingItemSpec[] = [];
  const firstLine = new Map<string, number>();
  let explanation: string | undefined;
  for (const child of el.children) {
    if (child.name === 'Item') {
      issues.push(...checkAttrs(child, {}));
      for (const inner of child.children) {
        issues.push({ position: inner.position, message: `<${inner.name}> cannot be used inside <Item>: an item holds text only.` });
      }
      const label = child.text.trim();
      if (!label) {
        issues.push({ position: child.position, message: '<Item> is empty: write the step between <Item> and </Item>.' });
      } else if (firstLine.has(label)) {
        issues.push({
          position: child.position,
          message: `<Item> reads the same as the one on line ${firstLine.get(label)!}: reword one, so the learner can tell them apart.`,
        });
      } else firstLine.set(label, child.position.line);
      items.push({ id: choiceId(items.length), label: label || '(empty)' });
    } else if (child.name === 'Explanation') {
      if (explanation !== undefined) {
        issues.push({ position: child.position, message: '<Ordering> has more than one <Explanation>: keep one.' });
      }
      explanation = child.text.trim();
    } else {
      issues.push({
        position: child.position,
        message: `<${child.name}> cannot be used inside <Ordering>: it takes <Item> (in the correct order) and one <Explanation>.${didYouMean(child.name, ['Item', 'Explanation'])}`,
      });
    }
  }
  if (items.length < 2) {
    issues.push({
      position: el.position,
      message: `<Ordering> has ${items.length} <Item>: give it at least two, written in the correct order.`,
    });
  }
  if (issues.length) return { ok: false, issues };
  return {
    ok: true,
    spec: {
      type: 'ordering',
      id: String(el.attrs.id),
      prompt: el.text.trim(),
      items,
      ...(explanation ? { explanation } : {}),
    },
  };
}
