import { hashSeed, seededShuffle } from '../../shuffle';
import type { OrderingInput } from './ordering-spec';

/* How the ordering view lists the items and moves them: apart from scoring, so the course's first page does not carry it. */

/** What the starting order depends on: the question's id and its items' ids. */
interface OrderedItems {
  id: string;
  items: ReadonlyArray<{ id: string }>;
}

/**
 * The order the learner starts from: shuffled per attempt and question, and
 * never already correct (that would give the point for doing nothing).
 */
export function initialOrder(spec: OrderedItems, seed: number): string[] {
  const authored = spec.items.map((item) => item.id);
  const shuffled = seededShuffle(authored, hashSeed(seed, spec.id));
  const unchanged = shuffled.every((id, i) => id === authored[i]);
  return unchanged && authored.length > 1 ? [...shuffled.slice(1), shuffled[0]!] : shuffled;
}

/**
 * The order to show: the learner's own when it still holds exactly the
 * question's items, else the starting shuffle.
 */
export function shownOrder(spec: OrderedItems, input: OrderingInput, seed: number): string[] {
  const ids = new Set(spec.items.map((item) => item.id));
  const own = input.order;
  const valid = own.length === ids.size && new Set(own).size === own.length && own.every((id) => ids.has(id));
  return valid ? [...own] : initialOrder(spec, seed);
}

/** A copy of `order` with the item at `from` moved to `to` (both clamped to the list). */
export function moveItem(order: readonly string[], from: number, to: number): string[] {
  const out = [...order];
  if (from < 0 || from >= out.length) return out;
  const [item] = out.splice(from, 1);
  out.splice(Math.min(Math.max(0, to), out.length), 0, item!);
  return out;
}
