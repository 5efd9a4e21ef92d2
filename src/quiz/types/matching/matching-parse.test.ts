import { authored } from '../../../../tests/support/authored';
import { translationShape } from '../../question-parsers';
import { parseMatching } from './matching-parse';

const pair = (left: string | undefined, right: string | undefined, line = 10) =>
  authored('Pair', { ...(left !== undefined ? { left } : {}), ...(right !== undefined ? { right } : {}) }, [], '', line);
const question = (children = [pair('A', '1'), pair('B', '2')], attrs: Record<string, string> = { id: 'q-match' }) =>
  authored('Matching', attrs, children, 'Match them.', 3);
const messages = (result: ReturnType<typeof parseMatching>) => (result.ok ? [] : result.issues.map((i) => i.message));

describe('parseMatching', () => {
  it('builds a spec with the pairs as authored and ids by position', () => {
    const result = parseMatching(question([pair('Listen', 'First'), pair('Act', 'Then'), authored('Explanation', {}, [], 'Why.')]));
    expect(result).toEqual({
      ok: true,
      spec: {
        type: 'matching',
        id: 'q-match',
        prompt: 'Match them.',
        pairs: [
          { id: 'a', left: 'Listen', right: 'First' },
          { id: 'b', left: 'Act', right: 'Then' },
        ],
        explanation: 'Why.',
      },
    });
  });

  it('rejects fewer than two pairs, at the question line', () => {
    const result = parseMatching(question([pair('Only', 'One')]));
    expect(messages(result)).toEqual([expect.stringMatching(/<Matching> has 1 <Pair>: give it at least two/)]);
    if (!result.ok) expect(result.issues[0]?.position.line).toBe(3);
  });

  it('rejects a pair missing its left or right side, or with an empty one', () => {
    expect(messages(parseMatching(question([pair('A', undefined, 10), pair(undefined, '2', 11), pair('C', '', 12)])))).toEqual([
      expect.stringMatching(/<Pair> needs the "right" attribute: add right="..."/),
      expect.stringMatching(/<Pair> needs the "left" attribute: add left="..."/),
      expect.stringMatching(/<Pair> attribute "right": give it a value/),
    ]);
  });

  it('rejects a left-hand side used twice, at the second pair, naming the first', () => {
    const result = parseMatching(question([pair('Same', '1', 10), pair('Other', '2', 11), pair('Same', '3', 12)]));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.issues).toEqual([
        { position: { line: 12, column: 1 }, message: expect.stringMatching(/left="Same" is already used on line 10/) as string },
      ]);
    }
  });

  it('rejects text inside a pair and components other than Pair and one Explanation', () => {
    const result = parseMatching(
      question([authored('Pair', { left: 'A', right: '1' }, [], 'stray text'), pair('B', '2'), authored('Item', {}, [], 'An item')]),
    );
    expect(messages(result)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/<Pair> takes its text in attributes only/),
        expect.stringMatching(/<Item> cannot be used inside <Matching>: it takes <Pair/),
      ]),
    );
  });
});

describe('a matching across languages', () => {
  const shapeOf = (...pairs: Array<[string, string]>) => {
    const result = parseMatching(question(pairs.map(([left, right], i) => pair(left, right, 10 + i))));
    if (!result.ok) throw new Error('fixture does not parse');
    return translationShape(result.spec);
  };

  it('keeps its shape when only the wording changes', () => {
    expect(shapeOf(['Encuesta', 'Escuchar'], ['Reembolso', 'Resolver'])).toBe(shapeOf(['Survey', 'Listen'], ['Refund', 'Resolve']));
  });

  it('loses it when a pair is added or when pairs stop (or start) sharing a right-hand side', () => {
    const english = shapeOf(['Survey', 'Listen'], ['Interview', 'Listen'], ['Refund', 'Resolve']);
    expect(shapeOf(['Encuesta', 'Escuchar'], ['Entrevista', 'Escuchar'], ['Reembolso', 'Resolver'])).toBe(english);
    expect(shapeOf(['Encuesta', 'Escuchar'], ['Entrevista', 'Preguntar'], ['Reembolso', 'Resolver'])).not.toBe(english);
    expect(shapeOf(['Encuesta', 'Escuchar'], ['Reembolso', 'Resolver'])).not.toBe(shapeOf(['Survey', 'Listen'], ['Refund', 'Resolve'], ['Call', 'Act']));
  });
});
