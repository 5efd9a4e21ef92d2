import type { AttrValue } from '../../authored';
import { authored } from '../../../../tests/support/authored';
import { parseScenario } from './scenario-parse';

const option = (goto: string, points: number, line: number, extra: Record<string, AttrValue> = {}, label = `Go to ${goto}`) =>
  authored('Option', { goto, points, ...extra }, [], label, line);
const step = (id: string, options: ReturnType<typeof option>[], line: number, extra: Record<string, AttrValue> = {}) =>
  authored('Step', { id, ...extra }, options, `Step ${id} text.`, line);
const end = (id: string, line: number) => step(id, [], line, { end: true });
const scenario = (children: ReturnType<typeof authored>[], attrs: Record<string, AttrValue> = {}) =>
  authored('Scenario', { id: 'late', ...attrs }, children, '', 2);

/** start → calm (2) | upset (0); upset → calm (1) | lost (0). */
const valid = () =>
  scenario([
    step('start', [option('calm', 2, 4, { feedback: 'Good.' }), option('upset', 0, 5)], 3),
    step('upset', [option('calm', 1, 8), option('lost', 0, 9)], 7),
    end('calm', 11),
    end('lost', 12),
  ]);

const issues = (result: ReturnType<typeof parseScenario>) => (result.ok ? [] : result.issues);
const messages = (result: ReturnType<typeof parseScenario>) => issues(result).map((i) => i.message);

describe('parseScenario', () => {
  it('builds a spec with option ids by position in each step and the best path points', () => {
    const result = parseScenario(
      scenario([...valid().children, authored('Explanation', {}, [], 'Own the problem.', 13)], { title: 'A late delivery' }),
    );
    expect(result).toEqual({
      ok: true,
      spec: {
        type: 'scenario',
        id: 'late',
        title: 'A late delivery',
        steps: [
          {
            id: 'start',
            text: 'Step start text.',
            end: false,
            options: [
              { id: 'a', label: 'Go to calm', goto: 'calm', points: 2, feedback: 'Good.' },
              { id: 'b', label: 'Go to upset', goto: 'upset', points: 0 },
            ],
          },
          {
            id: 'upset',
            text: 'Step upset text.',
            end: false,
            options: [
              { id: 'a', label: 'Go to calm', goto: 'calm', points: 1 },
              { id: 'b', label: 'Go to lost', goto: 'lost', points: 0 },
            ],
          },
          { id: 'calm', text: 'Step calm text.', end: true, options: [] },
          { id: 'lost', text: 'Step lost text.', end: true, options: [] },
        ],
        bestPoints: 2,
        explanation: 'Own the problem.',
      },
    });
  });

  it('takes the best path over all paths, not the best first reply', () => {
    const result = parseScenario(
      scenario([
        step('start', [option('quick', 2, 4), option('slow', 1, 5)], 3),
        step('quick', [option('done', 0, 7)], 6),
        step('slow', [option('done', 3, 9)], 8),
        end('done', 10),
      ]),
    );
    expect(result.ok && result.spec.bestPoints).toBe(4);
  });

  it('rejects a goto that names no step, at the option, listing the step ids', () => {
    const result = parseScenario(scenario([step('start', [option('calm', 2, 4), option('clam', 0, 5)], 3), end('calm', 6)]));
    expect(issues(result)).toEqual([
      { position: { line: 5, column: 1 }, message: expect.stringMatching(/<Option goto="clam"> names no step of this scenario: use one of its step ids \(start, calm\)/) as string },
    ]);
  });

  it('rejects an unreachable step, at the step', () => {
    const result = parseScenario(scenario([step('start', [option('calm', 1, 4), option('calm', 0, 5)], 3), end('calm', 6), end('orphan', 7)]));
    expect(issues(result)).toEqual([
      { position: { line: 7, column: 1 }, message: expect.stringMatching(/<Step id="orphan"> can never be reached.*Add an <Option goto="orphan">/) as string },
    ]);
  });

  it('rejects a loop, at the option that closes it, naming the steps it goes round', () => {
    const result = parseScenario(
      scenario([step('start', [option('again', 1, 4), option('done', 0, 5)], 3), step('again', [option('start', 0, 7)], 6), end('done', 8)]),
    );
    expect(issues(result)).toEqual([
      { position: { line: 7, column: 1 }, message: expect.stringMatching(/leads back to an earlier step of the same path \(start → again → start\)/) as string },
    ]);
  });

  it('rejects a step that goes nowhere and is not an end, so a path has no end', () => {
    const result = parseScenario(scenario([step('start', [option('stuck', 1, 4), option('done', 0, 5)], 3), step('stuck', [], 6), end('done', 7)]));
    expect(issues(result)).toEqual([
      { position: { line: 6, column: 1 }, message: expect.stringMatching(/<Step id="stuck"> has no <Option> and is not an end step.*<Step id="stuck" end>/) as string },
    ]);
  });

  it('rejects an end step that has options, at the step', () => {
    const result = parseScenario(scenario([step('start', [option('done', 1, 4)], 3), step('done', [option('start', 0, 6)], 5, { end: true })]));
    expect(messages(result)).toContainEqual(expect.stringMatching(/<Step id="done"> is an end step but holds <Option> replies/));
  });

  it('rejects a step id used twice, at the second step', () => {
    const result = parseScenario(scenario([step('start', [option('done', 1, 4)], 3), end('done', 5), end('done', 6)]));
    expect(issues(result)).toEqual([
      { position: { line: 6, column: 1 }, message: expect.stringMatching(/<Step id="done"> is already used on line 5 of this scenario/) as string },
    ]);
  });

  it('rejects an option without goto or points, and points that are negative or not whole', () => {
    const noGoto = authored('Option', { points: 1 }, [], 'Reply', 4);
    const noPoints = authored('Option', { goto: 'done' }, [], 'Reply', 5);
    expect(messages(parseScenario(scenario([step('start', [noGoto, noPoints], 3), end('done', 6)])))).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/<Option> needs the "goto" attribute/),
        expect.stringMatching(/<Option> needs the "points" attribute: add points=\{3\}/),
      ]),
    );
    for (const [points, message] of [
      [-1, /<Option> attribute "points": must be 0 or more, not -1: points=\{3\}/],
      [1.5, /<Option> attribute "points": write a whole number in braces/],
    ] as const) {
      expect(messages(parseScenario(scenario([step('start', [option('done', points, 4)], 3), end('done', 5)])))).toEqual([expect.stringMatching(message)]);
    }
  });

  it('rejects an option outside a step, other components inside, and an empty reply', () => {
    const result = parseScenario(
      scenario([
        option('done', 1, 3),
        step('start', [option('done', 1, 5), authored('Choice', {}, [], 'A', 6), option('done', 0, 7, {}, ' ')], 4),
        authored('Fact', { source: 'x' }, [], 'A figure', 8),
        end('done', 9),
      ]),
    );
    expect(messages(result)).toEqual([
      expect.stringMatching(/<Option> belongs inside a <Step>/),
      expect.stringMatching(/<Choice> cannot be used inside <Step>/),
      expect.stringMatching(/<Option> is empty/),
      expect.stringMatching(/<Fact> cannot be used inside <Scenario>/),
    ]);
  });

  it('rejects a scenario with no step, or whose best path earns nothing', () => {
    expect(messages(parseScenario(scenario([])))).toEqual([expect.stringMatching(/<Scenario> has no <Step>/)]);
    expect(messages(parseScenario(scenario([step('start', [option('done', 0, 4)], 3), end('done', 5)])))).toEqual([
      expect.stringMatching(/<Scenario> has no points to earn/),
    ]);
  });
});
