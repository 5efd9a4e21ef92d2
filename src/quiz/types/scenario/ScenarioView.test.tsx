import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import i18n from '../../../i18n/i18n';
import type { QuizSpec } from '../../question-spec';
import { QuizHarness } from '../../../../tests/support/quiz-harness';
import { Scenario } from './scenario-ui';
import { scoreScenario } from './scenario-score';
import type { ScenarioInput } from './scenario-spec';
import { lateDeliveryContent } from '../../../../tests/support/scenario-content';
import { lateDelivery } from '../../../../tests/support/scenario-fixtures';
import { StandaloneScenarioView } from './StandaloneScenarioView';

const t = i18n.getFixedT('en', 'quiz');
const reply = (name: string | RegExp) => screen.getByRole('button', { name });
const replies = () => within(screen.getByRole('group', { name: t('scenario.chooseReply') })).queryAllByRole('button');

/** Keeps the path the way ConnectedScenario's store does: finished once the path reaches an end. */
function StandaloneHarness() {
  const [input, setInput] = useState<ScenarioInput>({ type: 'scenario', path: [] });
  const [finished, setFinished] = useState(false);
  const restart = () => {
    setInput({ type: 'scenario', path: [] });
    setFinished(false);
  };
  return (
    <StandaloneScenarioView
      spec={lateDelivery}
      input={input}
      finished={finished}
      onInput={(next) => {
        setInput(next);
        setFinished(scoreScenario(lateDelivery, next).type === 'points');
      }}
      onRestart={restart}
    >
      {lateDeliveryContent()}
    </StandaloneScenarioView>
  );
}

describe('a standalone scenario', () => {
  it('shows the title, the first step and its options as buttons, with no question counter', () => {
    render(<StandaloneHarness />);
    expect(screen.getByRole('heading', { level: 2, name: 'A late delivery' })).toBeInTheDocument();
    expect(screen.getByText('where is my chair?')).toBeInTheDocument();
    expect(replies().map((b) => b.textContent)).toEqual(['Apologise and own it', 'Blame the courier.']);
    expect(screen.queryByText(/Question 1 of 1/)).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: t('scenario.restart') })).not.toBeInTheDocument();
  });

  it('moves to the chosen step, keeps the reply and its feedback in the transcript, and focuses the new step', async () => {
    const user = userEvent.setup();
    render(<StandaloneHarness />);
    await user.click(reply('Apologise and own it'));

    const transcript = screen.getByRole('list', { name: t('scenario.transcript') });
    expect(transcript).toHaveTextContent('where is my chair?');
    expect(transcript).toHaveTextContent(`${t('scenario.yourReply')}Apologise and own it`);
    expect(transcript).toHaveTextContent('Good start.');
    expect(screen.getByText('Marta needs it before Monday.').closest('[tabindex="-1"]')).toHaveFocus();
    expect(replies().map((b) => b.textContent)).toEqual(['Send it express tomorrow.', 'Offer a voucher.']);
    expect(screen.getAllByRole('status').some((s) => s.textContent === 'Good start.')).toBe(true);
  });

  it('shows the outcome, the points over the best path’s, the explanation and Restart at an end step', async () => {
    const user = userEvent.setup();
    render(<StandaloneHarness />);
    await user.click(reply('Apologise and own it'));
    await user.click(reply('Offer a voucher.'));

    expect(screen.getByText(t('scenario.outcome'))).toBeInTheDocument();
    expect(screen.getByText('She never uses the voucher.').closest('[tabindex="-1"]')).toHaveFocus();
    expect(screen.queryByRole('group', { name: t('scenario.chooseReply') })).not.toBeInTheDocument();
    const score = screen.getAllByRole('status').find((s) => s.textContent.includes(t('scenario.score', { earned: 3, count: 4 })));
    expect(score).toHaveTextContent(t('result.percent', { percent: 75 }));
    expect(score).toHaveTextContent(t('scenario.better'));
    expect(screen.getByText('Own the problem first.')).toBeInTheDocument();
    expect(reply(t('scenario.restart'))).toBeInTheDocument();
  });

  it('says the best path was found when every point was earned', async () => {
    const user = userEvent.setup();
    render(<StandaloneHarness />);
    await user.click(reply('Apologise and own it'));
    await user.click(reply('Send it express tomorrow.'));
    expect(screen.getByText(t('scenario.score', { earned: 4, count: 4 }))).toBeInTheDocument();
    expect(screen.getByText(t('scenario.best'))).toBeInTheDocument();
  });

  it('restarts from the first step with an empty transcript and focus on the first step', async () => {
    const user = userEvent.setup();
    render(<StandaloneHarness />);
    await user.click(reply('Blame the courier.'));
    await user.click(reply('Give the courier’s number.'));
    await user.click(reply(t('scenario.restart')));

    expect(screen.queryByRole('list', { name: t('scenario.transcript') })).not.toBeInTheDocument();
    expect(screen.getByText('where is my chair?').closest('[tabindex="-1"]')).toHaveFocus();
    expect(replies()).toHaveLength(2);
  });
});

describe('a scenario inside a quiz', () => {
  const quiz: QuizSpec = { id: 'l5-check', title: 'Check your understanding', shuffle: false, questions: [lateDelivery] };
  const setup = () => {
    const user = userEvent.setup();
    render(
      <QuizHarness spec={quiz}>
        <Scenario id="late-delivery">{lateDeliveryContent()}</Scenario>
      </QuizHarness>,
    );
    return user;
  };

  it('asks to finish the conversation before the answer can be checked', async () => {
    const user = setup();
    await user.click(reply(t('start.button')));
    await user.click(reply(t('check')));
    expect(screen.getByText(t('error.incomplete'))).toBeInTheDocument();
    expect(screen.getByRole('group', { name: t('scenario.chooseReply') })).toHaveAccessibleDescription(t('error.incomplete'));
  });

  it('is checked with the quiz’s button once an end is reached, showing the score, the explanation and the best replies', async () => {
    const user = setup();
    await user.click(reply(t('start.button')));
    expect(screen.getByRole('heading', { name: t('progress', { current: 1, total: 1 }) })).toBeInTheDocument();
    await user.click(reply('Blame the courier.'));
    await user.click(reply('Take responsibility now.'));
    expect(screen.queryByText(t('scenario.score', { earned: 1, count: 4 }))).not.toBeInTheDocument();

    await user.click(reply(t('check')));
    expect(screen.getByText(t('scenario.score', { earned: 1, count: 4 }))).toBeInTheDocument();
    expect(screen.getByText(t('verdict.partial'))).toBeInTheDocument();
    expect(screen.getByText('Own the problem first.')).toBeInTheDocument();
    expect(screen.getByRole('list', { name: t('answerKey.performance') })).toBeInTheDocument();

    await user.click(reply(t('seeResult')));
    expect(screen.getByRole('heading', { name: t('result.heading') })).toHaveFocus();
    // One question, a quarter of the best path's points.
    expect(screen.getByText(t('result.score', { earned: '0.25', count: 1 }))).toBeInTheDocument();
  });
});
