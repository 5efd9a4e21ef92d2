import { authored } from '../../../../tests/support/authored';
import { translationShape } from '../../question-parsers';
import { parseOrdering } from './ordering-parse';

const item = (label: string, line = 10, attrs = {}) => authored('Item', attrs, [], label, line);
const question = (children = [item('First', 10), item('Second', 11)], attrs: Record<string, string | boolean> = { id: 'q-order' }) =>
  authored('Ordering', attrs, children, 'Put them in order.', 3);
const messages = (result: ReturnType<typeof parseOrdering>) => (result.ok ? [] : result.issues.map((i) => i.message));

describe('parseOrdering', () => {
  it('builds a spec with the items in authored order and ids by position', () => {
    const result = parseOrdering(question([item('First'), item('Second'), item('Third'), authored('Explanation', {}, [], 'Why.')]));
    expect(result).toEqual({
      ok: true,
      spec: {
        type: 'ordering',
        id: 'q-order',
        prompt: 'Put them in order.',
        items: [
          { id: 'a', label: 'First' },
          { id: 'b', label: 'Second' },
          { id: 'c', label: 'Third' },
        ],
        explanation: 'Why.',
      },
    });
  });

  it('rejects fewer than two items, at the question line', () => {
    const result = parseOrdering(question([item('Only')]));
    expect(messages(result)).toEqual([expect.stringMatching(/<Ordering> has 1 <Item>: give it at least two, written in the correct order/)]);
    if (!result.ok) expect(result.issues[0]?.position.line).toBe(3);
  });

  it('rejects an empty item, at the item line', () => {
    const result = parseOrdering(question([item('First'), item('  ', 12), item('Third')]));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues).toEqual([{ position: { line: 12, column: 1 }, message: expect.stringMatching(/<Item> is empty/) as string }]);
  });

  it('rejects two items that read the same, naming the first one', () => {
    expect(messages(parseOrdering(question([item('Same', 10), item('Other', 11), item('Same', 12)])))).toEqual([
      expect.stringMatching(/<Item> reads the same as the one on line 10/),
    ]);
  });

  it('rejects components other than Item and one Explanation', () => {
    const result = parseOrdering(
      question([
        item('First'),
        authored('Choice', {}, [], 'A choice'),
        item('Second'),
        authored('Explanation', {}, [], 'One'),
        authored('Explanation', {}, [], 'Two'),
      ]),
    );
    expect(messages(result)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/<Choice> cannot be used inside <Ordering>: it takes <Item>/),
        expect.stringMatching(/more than one <Explanation>/),
      ]),
    );
  });

  it('rejects a component inside an item, attributes on an item and a missing id', () => {
    const result = parseOrdering(
      question([authored('Item', {}, [authored('Fact', {}, [], '', 10)], 'First', 10), item('Second', 11, { correct: true })], {}),
    );
    expect(messages(result)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/<Fact> cannot be used inside <Item>/),
        expect.stringMatching(/<Item> has an unknown attribute "correct". It takes no attributes/),
        expect.stringMatching(/<Ordering> needs the "id" attribute/),
      ]),
    );
  });
});

describe('an ordering across languages', () => {
  const shapeOf = (...labels: string[]) => {
    const result = parseOrdering(question(labels.map((label, i) => item(label, 10 + i))));
    if (!result.ok) throw new Error('fixture does not parse');
    return translationShape(result.spec);
  };

  it('keeps its shape when only the wording changes, and loses it when an item is added or dropped', () => {
    expect(shapeOf('Escuchar', 'Disculparse', 'Actuar')).toBe(shapeOf('Listen', 'Apologise', 'Act'));
    expect(shapeOf('Escuchar', 'Actuar')).not.toBe(shapeOf('Listen', 'Apologise', 'Act'));
  });
});
