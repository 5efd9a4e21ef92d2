import { apologyOrdering } from '../../../../tests/support/quiz-fixtures';
import { orderingAnswers } from './ordering-answers';
import { orderingLogic } from './ordering-logic';
import { initialOrder, moveItem, shownOrder } from './ordering-order';

const seeds = Array.from({ length: 200 }, (_, i) => i * 7919 + 1);
const itemsOf = (count: number) => ({ id: `q${count}`, items: Array.from({ length: count }, (_, i) => ({ id: String.fromCharCode(97 + i) })) });

describe('initialOrder', () => {
  it('is a shuffle of every item, the same for the same seed and question', () => {
    const first = initialOrder(apologyOrdering, 42);
    expect(initialOrder(apologyOrdering, 42)).toEqual(first);
    expect([...first].sort()).toEqual(['a', 'b', 'c', 'd']);
    expect(new Set(seeds.map((seed) => initialOrder(apologyOrdering, seed).join())).size).toBeGreaterThan(1);
  });

  it('never starts in the correct order, even with two items', () => {
    for (const count of [2, 3, 4, 6]) {
      const spec = itemsOf(count);
      const authored = spec.items.map((item) => item.id).join();
      for (const seed of seeds) expect(initialOrder(spec, seed).join()).not.toBe(authored);
    }
  });

  it('shuffles two questions of one attempt independently', () => {
    const many = itemsOf(8);
    expect(initialOrder(many, 5)).not.toEqual(initialOrder({ ...many, id: 'other' }, 5));
  });
});

describe('shownOrder', () => {
  it("shows the learner's own order when it holds exactly the question's items", () => {
    expect(shownOrder(apologyOrdering, { type: 'ordering', order: ['d', 'a', 'c', 'b'] }, 1)).toEqual(['d', 'a', 'c', 'b']);
  });

  it('starts from the seeded shuffle when there is no order yet, or one that no longer fits the question', () => {
    const start = initialOrder(apologyOrdering, 1);
    expect(shownOrder(apologyOrdering, { type: 'ordering', order: [] }, 1)).toEqual(start);
    expect(shownOrder(apologyOrdering, { type: 'ordering', order: ['a', 'b', 'c'] }, 1)).toEqual(start);
    expect(shownOrder(apologyOrdering, { type: 'ordering', order: ['a', 'a', 'b', 'c'] }, 1)).toEqual(start);
    expect(shownOrder(apologyOrdering, { type: 'ordering', order: ['a', 'b', 'c', 'z'] }, 1)).toEqual(start);
  });
});

describe('moveItem', () => {
  it('moves an item up or down and leaves the input as it was', () => {
    const order = ['a', 'b', 'c', 'd'];
    expect(moveItem(order, 2, 1)).toEqual(['a', 'c', 'b', 'd']);
    expect(moveItem(order, 0, 3)).toEqual(['b', 'c', 'd', 'a']);
    expect(order).toEqual(['a', 'b', 'c', 'd']);
  });

  it('clamps the target to the list and ignores a missing item', () => {
    expect(moveItem(['a', 'b'], 1, -4)).toEqual(['b', 'a']);
    expect(moveItem(['a', 'b'], 0, 9)).toEqual(['b', 'a']);
    expect(moveItem(['a', 'b'], 5, 0)).toEqual(['a', 'b']);
  });
});

describe('orderingLogic', () => {
  it('starts empty, as progress can save it, and is answerable once the learner has moved something', () => {
    expect(orderingAnswers.emptyInput()).toEqual({ type: 'ordering', order: [] });
    expect(orderingAnswers.isAnswerable(orderingAnswers.emptyInput())).toBe(false);
    expect(orderingAnswers.isAnswerable({ type: 'ordering', order: ['b', 'a', 'c', 'd'] })).toBe(true);
    expect(orderingLogic.inputSchema.safeParse(orderingAnswers.emptyInput()).success).toBe(true);
  });
});
