import { extractLesson } from './extract-lesson';

const lesson = (body: string) => `---
title: Handout test
summary: A lesson for the handout extractor.
duration: 3
order: 1
---

${body}
`;

const handoutOf = (body: string) => {
  const { lesson: extracted, diagnostics } = extractLesson(lesson(body), 'handout.mdx', 'handout', 'en');
  expect(diagnostics).toEqual([]);
  return extracted!.spec.handout!;
};

describe('the lesson handout', () => {
  it('takes each <KeyPoints> item as plain text, in order', () => {
    expect(
      handoutOf(`<KeyPoints>

- Customer focus is **shared** across the organisation.
- Customers hold the power: they [research](https://example.com) first.

</KeyPoints>`).keyPoints,
    ).toEqual(['Customer focus is shared across the organisation.', 'Customers hold the power: they research first.']);
  });

  it('keeps a nested list inside its item', () => {
    expect(
      handoutOf(`<KeyPoints>

- Four behaviours:
  - listening
  - empathy

</KeyPoints>`).keyPoints,
    ).toEqual(['Four behaviours: listening empathy']);
  });

  it('takes each <Fact> with its text, source and address', () => {
    expect(
      handoutOf(`<Fact source="Salesforce" href="https://example.com/report">

73% of customers expect a company to grasp what they need.

</Fact>

Some text between.

<Fact source="American Express">

About one customer in three leaves after a *single* bad experience.

And a second paragraph.

</Fact>`).facts,
    ).toEqual([
      { text: '73% of customers expect a company to grasp what they need.', source: 'Salesforce', href: 'https://example.com/report' },
      { text: 'About one customer in three leaves after a single bad experience. And a second paragraph.', source: 'American Express' },
    ]);
  });

  it('is empty for a lesson without key points or facts', () => {
    expect(handoutOf('Just a paragraph, and a list:\n\n- not a key point')).toEqual({ keyPoints: [], facts: [] });
  });
});
