import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18n from '../i18n/i18n';
import type { LessonSpec } from '../content/lesson-spec';
import { attemptsOf, lastFinishedAttempt } from '../progress/progress-selectors';
import { useProgress } from '../progress/progress-store';
import { standaloneQuiz } from '../quiz/quiz-parse';
import { lateDeliveryContent } from '../../tests/support/scenario-content';
import { lateDelivery } from '../../tests/support/scenario-fixtures';
import { ConnectedStandalone as ConnectedScenario } from './ConnectedStandalone';
import { LessonContext } from './lesson-context';
import { AllQuestionViews } from '../../tests/support/quiz-harness';

const t = i18n.getFixedT('en', 'quiz');
const ID = lateDelivery.id;

const lesson: LessonSpec = {
  slug: 'walking',
  locale: 'en',
  title: 'Walking the path',
  summary: 'A lesson.',
  duration: 5,
  order: 5,
  objectives: [],
  kind: 'lesson',
  quizzes: [standaloneQuiz(lateDelivery)],
  reflections: [],
};

const show = () =>
  render(
    <LessonContext.Provider value={lesson}>
      <AllQuestionViews>
        <ConnectedScenario id={ID}>{lateDeliveryContent()}</ConnectedScenario>
      </AllQuestionViews>
    </LessonContext.Provider>,
  );

const attempts = () => attemptsOf(useProgress.getState(), ID);
const reply = (name: string) => screen.getByRole('button', { name });

beforeEach(() => {
  act(() => useProgress.getState().resetProgress());
});

describe('ConnectedScenario', () => {
  it('saves nothing until the learner replies, then keeps the path as the draft of a one-question attempt', async () => {
    const user = userEvent.setup();
    show();
    expect(attempts()).toHaveLength(0);

    await user.click(reply('Apologise and own it'));
    expect(attempts()).toHaveLength(1);
    expect(attempts()[0]).toMatchObject({
      lessonSlug: 'walking',
      questionIds: [ID],
      drafts: { [ID]: { type: 'scenario', path: [{ step: 'start', option: 'a' }] } },
      answers: {},
    });
    expect(attempts()[0]!.finishedAt).toBeUndefined();
  });

  it('records the answer and finishes the attempt when an end is reached, which counts for the lesson', async () => {
    const user = userEvent.setup();
    show();
    await user.click(reply('Apologise and own it'));
    await user.click(reply('Offer a voucher.'));

    const [attempt] = attempts();
    expect(attempt!.answers[ID]).toMatchObject({ earned: 3, total: 4, input: { path: [{ step: 'start', option: 'a' }, { step: 'owned', option: 'b' }] } });
    expect(attempt!.drafts).toEqual({});
    expect(attempt!.finishedAt).toBeDefined();
    expect(lastFinishedAttempt(useProgress.getState(), ID)).toBe(attempt);
    expect(screen.getByText(t('scenario.score', { earned: 3, count: 4 }))).toBeInTheDocument();
  });

  it('shows the saved path again when the lesson is opened again, mid-way or finished', async () => {
    const user = userEvent.setup();
    const first = show();
    await user.click(reply('Blame the courier.'));
    first.unmount();

    const second = show();
    expect(screen.getByText('Marta: I bought from you.')).toBeInTheDocument();
    await user.click(reply('Take responsibility now.'));
    second.unmount();

    show();
    expect(screen.getByText('Sorted out, but only after she complained twice.')).toBeInTheDocument();
    expect(screen.getByText(t('scenario.score', { earned: 1, count: 4 }))).toBeInTheDocument();
  });

  it('starts a new attempt on Restart and keeps the finished one', async () => {
    const user = userEvent.setup();
    show();
    await user.click(reply('Blame the courier.'));
    await user.click(reply('Give the courier’s number.'));
    await user.click(reply(t('scenario.restart')));

    expect(attempts()).toHaveLength(2);
    expect(attempts()[1]).toMatchObject({ questionIds: [ID], drafts: {}, answers: {} });
    expect(lastFinishedAttempt(useProgress.getState(), ID)).toBe(attempts()[0]);
    expect(reply('Apologise and own it')).toBeInTheDocument();

    await user.click(reply('Apologise and own it'));
    expect(attempts()).toHaveLength(2);
    expect(attempts()[1]!.drafts[ID]).toEqual({ type: 'scenario', path: [{ step: 'start', option: 'a' }] });
  });

  it('renders nothing for an id that is not a standalone scenario of the lesson', () => {
    const { container } = render(
      <LessonContext.Provider value={lesson}>
        <AllQuestionViews>
          <ConnectedScenario id="unknown">{lateDeliveryContent()}</ConnectedScenario>
        </AllQuestionViews>
      </LessonContext.Provider>,
    );
    expect(container).toBeEmptyDOMElement();
  });
});
