import { authored, choice } from '../../../../tests/support/authored';
import { parseSingleChoice } from './single-choice-parse';

const question = (children = [choice('Right', { correct: true, feedback: 'Yes.' }), choice('Wrong')], attrs = {}) =>
  authored('SingleChoice', { id: 'q1', ...attrs }, children, 'What is right?', 3);

const messages = (result: ReturnType<typeof parseSingleChoice>) => (result.ok ? [] : result.issues.map((i) => i.message));

describe('parseSingleChoice', () => {
  it('builds a spec with choice ids by authored position', () => {
    const result = parseSingleChoice(
      question([choice('Right', { correct: true, feedback: 'Yes.' }), choice('Wrong'), authored('Explanation', {}, [], 'Why.')], {
        fixed: true,
      }),
    );
    expect(result).toEqual({
      ok: true,
      spec: {
        type: 'single-choice',
        id: 'q1',
        prompt: 'What is right?',
        fixed: true,
        choices: [
          { id: 'a', label: 'Right', correct: true, feedback: 'Yes.' },
          { id: 'b', label: 'Wrong', correct: false },
        ],
        explanation: 'Why.',
      },
    });
  });

  it('rejects a question with no correct choice, at the question line', () => {
    const result = parseSingleChoice(question([choice('One'), choice('Two')]));
    expect(result.ok).toBe(false);
    expect(messages(result)).toEqual([expect.stringMatching(/has no correct choice: mark exactly one <Choice correct>/)]);
    if (!result.ok) expect(result.issues[0]?.position.line).toBe(3);
  });

  it('rejects two correct choices and points to MultipleChoice', () => {
    const result = parseSingleChoice(question([choice('One', { correct: true }), choice('Two', { correct: true })]));
    expect(messages(result)).toEqual([expect.stringMatching(/has 2 correct choices.*<MultipleChoice>/)]);
  });

  it('rejects fewer than two choices', () => {
    expect(messages(parseSingleChoice(question([choice('Only', { correct: true })])))).toContainEqual(
      expect.stringMatching(/has 1 <Choice>: give it at least two/),
    );
  });

  it('rejects an empty choice, at the choice line', () => {
    const result = parseSingleChoice(question([choice('Right', { correct: true }), choice('   ', {}, 12)]));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.issues).toContainEqual({ position: { line: 12, column: 1 }, message: expect.stringMatching(/<Choice> is empty/) as string });
    }
  });

  it('rejects a choice that repeats another, at the repeat', () => {
    const result = parseSingleChoice(question([choice('Call back', { correct: true }), choice('Wait'), choice('call back', {}, 14)]));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues).toEqual([{ position: { line: 14, column: 1 }, message: expect.stringMatching(/<Choice> repeats choice 1 \("call back"\)/) as string }]);
  });

  it('rejects an unknown attribute on the question and on a choice, naming what it takes', () => {
    const result = parseSingleChoice(question([choice('Right', { corect: true }), choice('Wrong')], { shuffle: true }));
    expect(messages(result)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/<SingleChoice> has an unknown attribute "shuffle". It takes: id, fixed/),
        expect.stringMatching(/<Choice> has an unknown attribute "corect". It takes: correct, feedback/),
      ]),
    );
  });

  it('rejects a missing id', () => {
    const result = parseSingleChoice(authored('SingleChoice', {}, [choice('A', { correct: true }), choice('B')]));
    expect(messages(result)).toContainEqual(expect.stringMatching(/needs the "id" attribute: add id="..."/));
  });
});
