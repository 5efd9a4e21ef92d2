import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18n from '../../../i18n/i18n';
import type { QuizSpec } from '../../question-spec';
import { QuizHarness } from '../../../../tests/support/quiz-harness';
import { apologyOrdering } from '../../../../tests/support/quiz-fixtures';
import { Explanation } from '../../slots';
import { Item, Ordering } from './ordering-ui';
import { initialOrder } from './ordering-order';

const t = i18n.getFixedT('en', 'quiz');
const SEED = 4;
const quiz: QuizSpec = { id: 'order-quiz', shuffle: false, questions: [apologyOrdering] };
const labels = apologyOrdering.items.map((item) => item.label);
const labelOf = (id: string) => apologyOrdering.items.find((item) => item.id === id)!.label;

async function setup() {
  const user = userEvent.setup();
  render(
    <QuizHarness spec={quiz} seed={SEED}>
      <Ordering id="q-apology">
        <p>Put the steps of a good apology in order.</p>
        {apologyOrdering.items.map((item) => (
          <Item key={item.id}>{item.label}</Item>
        ))}
        <Explanation>Listening first shows the apology is for this customer.</Explanation>
      </Ordering>
    </QuizHarness>,
  );
  await user.click(screen.getByRole('button', { name: t('start.button') }));
  return user;
}

/** The item labels in the order the list shows them. */
const shown = (list = screen.getAllByRole('list')[0]!) =>
  within(list)
    .getAllByRole('listitem')
    .map((li) => labels.find((label) => li.textContent.includes(label)));
const up = (label: string) => screen.getByRole('button', { name: t('ordering.moveUp', { item: label }) });
const down = (label: string) => screen.getByRole('button', { name: t('ordering.moveDown', { item: label }) });
const announcer = () => screen.getAllByRole('status').find((el) => el.classList.contains('ordering-announcement'))!;

/** Presses Move up on each item until the list is in authored order; returns the presses made. */
async function solveWithButtons(user: ReturnType<typeof userEvent.setup>) {
  for (let target = 0; target < labels.length; target++) {
    const label = labels[target]!;
    while (shown().indexOf(label) > target) await user.click(up(label));
  }
}

describe('OrderingView', () => {
  it('shows every item in the seeded shuffle, never in the correct order, each with named move buttons', async () => {
    await setup();
    expect(screen.getByRole('group', { name: /Put the steps of a good apology in order\./ })).toHaveAccessibleDescription(t('ordering.hint'));
    expect(shown()).toEqual(initialOrder(apologyOrdering, SEED).map(labelOf));
    expect(shown()).not.toEqual(labels);
    for (const label of labels) {
      expect(up(label)).toBeInTheDocument();
      expect(down(label)).toBeInTheDocument();
    }
    const [first, , , last] = shown();
    expect(up(first!)).toHaveAttribute('aria-disabled', 'true');
    expect(down(last!)).toHaveAttribute('aria-disabled', 'true');
  });

  it('moves an item with its button, keeps focus on that button and announces the new position', async () => {
    const user = await setup();
    const before = shown();
    const moved = before[2]!;

    await user.click(up(moved));

    expect(shown()).toEqual([before[0], moved, before[1], before[3]]);
    expect(up(moved)).toHaveFocus();
    expect(announcer()).toHaveTextContent(t('ordering.moved', { item: moved, position: 2, total: 4 }));
  });

  it('moves the focused item with the arrow keys too', async () => {
    const user = await setup();
    const before = shown();
    const moved = before[0]!;
    down(moved).focus();

    await user.keyboard('{ArrowDown}{ArrowDown}');

    expect(shown().indexOf(moved)).toBe(2);
    expect(down(moved)).toHaveFocus();
    expect(announcer()).toHaveTextContent(t('ordering.moved', { item: moved, position: 3, total: 4 }));
    await user.keyboard('{ArrowUp}');
    expect(shown().indexOf(moved)).toBe(1);
  });

  it('asks the learner to move the items before checking', async () => {
    const user = await setup();
    await user.click(screen.getByRole('button', { name: t('check') }));
    expect(screen.getByText(t('error.unmoved'))).toBeInTheDocument();
    await user.click(up(shown()[1]!));
    expect(screen.queryByText(t('error.unmoved'))).not.toBeInTheDocument();
  });

  it('marks each item of a wrong order, then shows the correct order after the feedback', async () => {
    const user = await setup();
    const before = shown();
    await user.click(down(before[0]!));
    const answered = shown();
    await user.click(screen.getByRole('button', { name: t('check') }));

    expect(screen.getByText(t('verdict.incorrect'))).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: t('ordering.moveUp', { item: labels[0]! }) })).not.toBeInTheDocument();
    const [learnerList] = screen.getAllByRole('list');
    within(learnerList!)
      .getAllByRole('listitem')
      .forEach((li, index) => {
        const authoredAt = labels.indexOf(answered[index]!);
        expect(li).toHaveTextContent(authoredAt === index ? t('ordering.inPlace') : t('ordering.outOfPlace'));
      });
    const explanation = screen.getByText('Listening first shows the apology is for this customer.');
    const key = screen.getByRole('list', { name: t('answerKey.sequencing') });
    expect(within(key).getAllByRole('listitem').map((item) => item.textContent)).toEqual(labels);
    expect(explanation.compareDocumentPosition(key) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('gives the point only for the authored order', async () => {
    const user = await setup();
    await solveWithButtons(user);
    expect(shown()).toEqual(labels);
    await user.click(screen.getByRole('button', { name: t('check') }));

    expect(screen.getByText(t('verdict.correct'))).toBeInTheDocument();
    expect(screen.getAllByText(t('ordering.inPlace'))).toHaveLength(labels.length);
    expect(screen.queryByText(t('answerKey.sequencing'))).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: t('seeResult') }));
    expect(screen.getByText(t('result.score', { earned: 1, count: 1 }))).toBeInTheDocument();
  });
});
