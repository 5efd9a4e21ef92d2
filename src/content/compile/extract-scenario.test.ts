import { extractLesson } from './extract-lesson';

const frontmatter = `---
title: Walking the path
summary: A lesson.
duration: 3
order: 1
---
`;

const scenario = `<Scenario id="late" title="A late delivery">
  <Step id="start">

    The customer writes.

    <Option goto="calm" points={2} feedback="Good.">Apologise.</Option>
    <Option goto="upset" points={0}>Blame the courier.</Option>
  </Step>
  <Step id="calm" end>

    She calms down.

  </Step>
  <Step id="upset" end>

    She leaves.

  </Step>
  <Explanation>Own it.</Explanation>
</Scenario>`;

const extract = (body: string) => extractLesson(`${frontmatter}\n${body}\n`, 'lesson.mdx', 'walking', 'en');

describe('a Scenario in a lesson', () => {
  it('stands alone as a quiz of its own, with the same id and the scenario as its only question', () => {
    const { lesson, diagnostics } = extract(scenario);
    expect(diagnostics).toEqual([]);
    const [quiz] = lesson!.spec.quizzes;
    expect(quiz).toMatchObject({ id: 'late', title: 'A late delivery', shuffle: false, standalone: true });
    expect(quiz!.questions).toEqual([
      expect.objectContaining({
        type: 'scenario',
        id: 'late',
        bestPoints: 2,
        explanation: 'Own it.',
        steps: [
          expect.objectContaining({ id: 'start', text: 'The customer writes.', options: [expect.objectContaining({ label: 'Apologise.', feedback: 'Good.' }), expect.anything()] }),
          expect.objectContaining({ id: 'calm', end: true, text: 'She calms down.' }),
          expect.objectContaining({ id: 'upset', end: true }),
        ],
      }),
    ]);
    expect(lesson!.ids).toEqual([expect.objectContaining({ id: 'late', kind: 'question', questionType: 'scenario', position: { line: 8, column: 1 } })]);
  });

  it('is a question like the others inside a Quiz', () => {
    const { lesson, diagnostics } = extract(`<Quiz id="check">\n${scenario}\n</Quiz>`);
    expect(diagnostics).toEqual([]);
    const [quiz] = lesson!.spec.quizzes;
    expect(quiz).not.toHaveProperty('standalone');
    expect(quiz!.questions.map((q) => `${q.type}:${q.id}`)).toEqual(['scenario:late']);
  });

  it('reports an id shared by a standalone scenario and another check', () => {
    const { diagnostics } = extract(`${scenario}\n\n<Reflection id="late" prompt="Why?" />`);
    expect(diagnostics.map((d) => d.message)).toEqual([expect.stringMatching(/The id "late" is already used on line 8/)]);
  });
});
