import { render } from '@testing-library/react';
import { isValidElement } from 'react';
import { collectSlots, Explanation, findQuestionElement } from './slots';
import { Choice } from './types/choice/choice-parts';
import { Pair } from './types/matching/matching-ui';
import { MultipleChoice } from './types/multiple-choice/multiple-choice-ui';
import { Item } from './types/ordering/ordering-ui';
import { SingleChoice } from './types/single-choice/single-choice-ui';

describe('collectSlots', () => {
  it('splits the prompt, the choice labels in authored order and the explanation, skipping whitespace', () => {
    const slots = collectSlots([
      '\n',
      <p key="1">Scenario</p>,
      '\n',
      <p key="2">
        <strong>Question?</strong>
      </p>,
      <Choice key="3" feedback="No.">
        First
      </Choice>,
      '\n',
      <Choice key="4" correct>
        Second <em>choice</em>
      </Choice>,
      <Explanation key="5">Because.</Explanation>,
    ]);

    expect(slots.prompt).toHaveLength(2);
    expect(slots.prompt.every((node) => isValidElement(node) && node.type === 'p')).toBe(true);
    expect(slots.choices).toHaveLength(2);
    expect(slots.choices[0]).toBe('First');
    const { container } = render(<>{slots.choices[1]}</>);
    expect(container).toHaveTextContent('Second choice');
    expect(slots.explanation).toBe('Because.');
  });

  it('matches choices by component, not by name, and leaves the explanation out when there is none', () => {
    function Impostor({ children }: { children: string }) {
      return <span>{children}</span>;
    }
    Impostor.displayName = 'Choice';
    const slots = collectSlots([<Impostor key="1">Not a choice</Impostor>, <Choice key="2">A</Choice>]);
    expect(slots.prompt).toHaveLength(1);
    expect(slots.choices).toEqual(['A']);
    expect(slots).not.toHaveProperty('explanation');
  });
});

describe('findQuestionElement', () => {
  it('finds a question among the quiz children by its id prop', () => {
    const children = [
      '\n',
      <SingleChoice key="1" id="q1">
        <Choice>A</Choice>
      </SingleChoice>,
      <MultipleChoice key="2" id="q2" />,
    ];
    expect(findQuestionElement(children, 'q2')?.type).toBe(MultipleChoice);
    expect(findQuestionElement(children, 'missing')).toBeUndefined();
  });
});

describe('question markers', () => {
  it('render nothing on their own', () => {
    const { container } = render(
      <SingleChoice id="q1">
        <p>Prompt</p>
        <Choice>A</Choice>
      </SingleChoice>,
    );
    expect(container).toBeEmptyDOMElement();
  });
});

describe('collectSlots for Ordering and Matching', () => {
  it('collects ordering items by authored position, keeping their inline Markdown', () => {
    const slots = collectSlots([<p key="1">Order them.</p>, <Item key="2">First</Item>, '\n', <Item key="3"><strong>Second</strong> step</Item>]);
    expect(slots.prompt).toHaveLength(1);
    expect(slots.items).toHaveLength(2);
    const { container } = render(<>{slots.items![1]}</>);
    expect(container.querySelector('strong')).toHaveTextContent('Second');
  });

  it('leaves matching pairs out of the prompt: their text is all in the spec', () => {
    const slots = collectSlots([<p key="1">Match them.</p>, <Pair key="2" left="A" right="1" />, <Pair key="3" left="B" right="2" />]);
    expect(slots.prompt).toHaveLength(1);
    expect(slots).not.toHaveProperty('items');
  });
});
