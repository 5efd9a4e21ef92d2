import fc from 'fast-check';
import { offsetOf, positionAt } from './text-position';

describe('places in a lesson file', () => {
  const text = '---\ntitle: A\n---\n\n<Quiz id="q">\n';

  it('finds the offset of a line and column as the checks number them', () => {
    expect(text.slice(offsetOf(text, 5, 2), offsetOf(text, 5, 6))).toBe('Quiz');
    expect(positionAt(text, text.indexOf('Quiz'))).toEqual({ line: 5, column: 2 });
  });

  it('stays on the line when the column is past its end, and in the text when the line is past the end', () => {
    expect(offsetOf(text, 2, 99)).toBe(text.indexOf('\n---'));
    expect(offsetOf(text, 99, 1)).toBe(text.length);
  });

  it('reads back every place it finds, in any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'é', '\n', ' ', '<') }), fc.nat(), (body, at) => {
        const offset = at % (body.length + 1);
        const { line, column } = positionAt(body, offset);
        expect(offsetOf(body, line, column)).toBe(offset);
      }),
    );
  });
});
