import { authored, choice } from '../../../../tests/support/authored';
import { parseMultipleChoice } from './multiple-choice-parse';

const question = (children: ReturnType<typeof choice>[]) => authored('MultipleChoice', { id: 'q2' }, children, 'Which apply?');
const messages = (result: ReturnType<typeof parseMultipleChoice>) => (result.ok ? [] : result.issues.map((i) => i.message));

describe('parseMultipleChoice', () => {
  it('accepts several correct choices', () => {
    const result = parseMultipleChoice(question([choice('A', { correct: true }), choice('B', { correct: true }), choice('C')]));
    expect(result.ok && result.spec.choices.filter((c) => c.correct).map((c) => c.id)).toEqual(['a', 'b']);
    expect(result.ok && result.spec.type).toBe('multiple-choice');
  });

  it('rejects a question with no correct choice', () => {
    expect(messages(parseMultipleChoice(question([choice('A'), choice('B')])))).toEqual([
      expect.stringMatching(/<MultipleChoice> has no correct choice: mark one or more <Choice correct>/),
    ]);
  });

  it('rejects fewer than two choices and an empty one', () => {
    expect(messages(parseMultipleChoice(question([choice('', { correct: true })])))).toEqual(
      expect.arrayContaining([expect.stringMatching(/<Choice> is empty/), expect.stringMatching(/has 1 <Choice>: give it at least two/)]),
    );
  });

  it('rejects a child that is not a Choice or Explanation, and a second Explanation', () => {
    const result = parseMultipleChoice(
      question([
        choice('A', { correct: true }),
        choice('B'),
        authored('Fact'),
        authored('Explanation', {}, [], 'One'),
        authored('Explanation', {}, [], 'Two'),
      ]),
    );
    expect(messages(result)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/<Fact> cannot be used inside <MultipleChoice>/),
        expect.stringMatching(/more than one <Explanation>/),
      ]),
    );
  });
});
