import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18n from '../i18n/i18n';
import type { QuizSpec } from './question-spec';
import { QuizView } from './QuizView';
import { choiceOrder, type AttemptState } from './quiz-engine';
import { AllQuestionViews, CheckQuiz } from '../../tests/support/quiz-harness';
import { behavioursQuestion, checkQuiz, johnQuestion, practiceMatching, retentionQuestion } from '../../tests/support/quiz-fixtures';

const t = i18n.getFixedT('en', 'quiz');

const labelOf = (question: { choices: { id: string; label: string }[] }, id: string) =>
  question.choices.find((c) => c.id === id)!.label;
const john = (id: 'a' | 'b' | 'c') => labelOf(johnQuestion, id);
const behaviour = (id: 'a' | 'b' | 'c') => labelOf(behavioursQuestion, id);

function setup(spec: QuizSpec = checkQuiz, seed = 1) {
  const user = userEvent.setup();
  const view = render(<CheckQuiz spec={spec} seed={seed} />);
  return { user, ...view };
}

async function start(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole('button', { name: t('start.button') }));
}

const button = (name: string) => screen.getByRole('button', { name });

describe('QuizView', () => {
  it('shows a start screen with the title and question count, then the first question with focus on it', async () => {
    const { user } = setup();
    expect(screen.getByRole('heading', { level: 2, name: 'Check your understanding' })).toBeInTheDocument();
    expect(screen.getByText(t('start.questions', { count: 3 }))).toBeInTheDocument();
    expect(screen.queryByRole('radio')).not.toBeInTheDocument();

    await start(user);

    const heading = screen.getByRole('heading', { name: t('progress', { current: 1, total: 3 }) });
    expect(heading).toHaveFocus();
    expect(screen.getByRole('group', { name: /What is John overlooking\?/ })).toBeInTheDocument();
    expect(screen.getAllByRole('radio')).toHaveLength(3);
  });

  it('shows the pass mark and earlier attempts on the start screen', () => {
    render(<CheckQuiz spec={{ ...checkQuiz, passMark: 80 }} previousAttempts={{ count: 2, bestPercent: 67 }} />);
    expect(screen.getByText(t('start.passMark', { passMark: 80 }))).toBeInTheDocument();
    expect(screen.getByText(t('previous', { count: 2, best: 67 }))).toBeInTheDocument();
  });

  it('marks a right answer Correct and shows its feedback and the explanation', async () => {
    const { user } = setup();
    await start(user);

    await user.click(screen.getByRole('radio', { name: john('b') }));
    await user.click(button(t('check')));

    expect(screen.getByRole('status')).toHaveTextContent(t('verdict.correct'));
    expect(screen.getByText('Right: every contact counts.')).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: john('b') })).toHaveAccessibleDescription(
      `${t('mark.correct')} Right: every contact counts.`,
    );
    expect(screen.getByText(t('explanation'))).toBeInTheDocument();
    expect(screen.getByText('Loyalty is never guaranteed.')).toBeInTheDocument();
    for (const radio of screen.getAllByRole('radio')) expect(radio).toBeDisabled();
    expect(button(t('next'))).toHaveFocus();
  });

  it("marks a wrong answer Incorrect and shows that choice's feedback only", async () => {
    const { user } = setup();
    await start(user);

    await user.click(screen.getByRole('radio', { name: john('a') }));
    await user.click(button(t('check')));

    expect(screen.getByRole('status')).toHaveTextContent(t('verdict.incorrect'));
    expect(screen.getByRole('radio', { name: john('a') })).toHaveAccessibleDescription(
      `${t('mark.incorrect')} Empathy matters, but it is not the core issue.`,
    );
    expect(screen.queryByText('Right: every contact counts.')).not.toBeInTheDocument();
    expect(screen.getByText('Loyalty is never guaranteed.')).toBeInTheDocument();
  });

  it('shows the correct answer after the feedback of a wrong answer, and not after a right one', async () => {
    const { user } = setup();
    await start(user);
    await user.click(screen.getByRole('radio', { name: john('a') }));
    await user.click(button(t('check')));

    const key = screen.getByRole('list', { name: t('answerKey.choice', { count: 1 }) });
    expect(within(key).getAllByRole('listitem').map((item) => item.textContent)).toEqual([john('b')]);
    const explanation = screen.getByText('Loyalty is never guaranteed.');
    expect(explanation.compareDocumentPosition(key) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();

    await user.click(button(t('next')));
    await user.click(screen.getByRole('checkbox', { name: behaviour('a') }));
    await user.click(screen.getByRole('checkbox', { name: behaviour('b') }));
    await user.click(button(t('check')));
    expect(screen.getByRole('status')).toHaveTextContent(t('verdict.correct'));
    expect(screen.queryByRole('list', { name: t('answerKey.choice', { count: 2 }) })).not.toBeInTheDocument();
  });

  it('keeps the answer to itself when the quiz sets revealAnswers={false}', async () => {
    const { user } = setup({ ...checkQuiz, revealAnswers: false });
    await start(user);
    await user.click(screen.getByRole('radio', { name: john('a') }));
    await user.click(button(t('check')));

    expect(screen.getByRole('status')).toHaveTextContent(t('verdict.incorrect'));
    expect(screen.getByText('Loyalty is never guaranteed.')).toBeInTheDocument();
    expect(screen.queryByText(t('answerKey.choice', { count: 1 }))).not.toBeInTheDocument();
    expect(screen.queryByText(john('b'), { selector: 'li' })).not.toBeInTheDocument();
  });

  it('asks for an answer when Check is pressed with nothing selected, and clears it once one is chosen', async () => {
    const { user } = setup();
    await start(user);

    await user.click(button(t('check')));

    const group = screen.getByRole('group', { name: /What is John overlooking\?/ });
    expect(screen.getByRole('status')).toHaveTextContent(t('error.empty'));
    expect(group).toHaveAccessibleDescription(t('error.empty'));
    expect(button(t('check'))).toBeInTheDocument();

    await user.click(screen.getByRole('radio', { name: john('c') }));
    expect(screen.queryByText(t('error.empty'))).not.toBeInTheDocument();
    expect(group).not.toHaveAccessibleDescription(t('error.empty'));
  });

  it('moves from "Question 1 of 3" to "Question 2 of 3" and focuses the new question', async () => {
    const { user } = setup();
    await start(user);
    await user.click(screen.getByRole('radio', { name: john('b') }));
    await user.click(button(t('check')));
    await user.click(button(t('next')));

    expect(screen.getByRole('heading', { name: t('progress', { current: 2, total: 3 }) })).toHaveFocus();
    const group = screen.getByRole('group', { name: /Which of these actions/ });
    expect(group).toHaveAccessibleDescription(t('hint.selectAll'));
    expect(within(group).getAllByRole('checkbox')).toHaveLength(3);
    expect(screen.queryByRole('status')).toBeEmptyDOMElement();
  });

  it('marks multiple choice right only for the exact set, marking the choices picked, then listing the right ones', async () => {
    const { user } = setup();
    await start(user);
    await user.click(screen.getByRole('radio', { name: john('b') }));
    await user.click(button(t('check')));
    await user.click(button(t('next')));

    await user.click(screen.getByRole('checkbox', { name: behaviour('a') }));
    await user.click(screen.getByRole('checkbox', { name: behaviour('c') }));
    await user.click(button(t('check')));

    expect(screen.getByRole('status')).toHaveTextContent(t('verdict.incorrect'));
    expect(screen.getByRole('checkbox', { name: behaviour('a') })).toHaveAccessibleDescription(
      `${t('mark.correct')} Yes: listening and adapting.`,
    );
    expect(screen.getByRole('checkbox', { name: behaviour('b') })).not.toHaveAccessibleDescription();
    expect(screen.getByRole('checkbox', { name: behaviour('c') })).toHaveAccessibleDescription(
      `${t('mark.incorrect')} Not quite: speed alone does not help.`,
    );
    expect(screen.queryByText('Yes: every interaction counts.')).not.toBeInTheDocument();
    const key = screen.getByRole('list', { name: t('answerKey.choice', { count: 2 }) });
    expect(within(key).getAllByRole('listitem').map((item) => item.textContent)).toEqual([behaviour('a'), behaviour('b')]);
  });

  it('shows the score, the pass verdict and a per-question summary, and starts over on Try again', async () => {
    const { user } = setup({ ...checkQuiz, passMark: 60 });
    await start(user);
    await user.click(screen.getByRole('radio', { name: john('b') }));
    await user.click(button(t('check')));
    await user.click(button(t('next')));
    await user.click(screen.getByRole('checkbox', { name: behaviour('a') }));
    await user.click(button(t('check')));
    await user.click(button(t('next')));
    await user.click(screen.getByRole('radio', { name: 'Keeping customers improves results.' }));
    await user.click(button(t('check')));
    expect(screen.getByText('Small gains in retention have a large effect.')).toBeInTheDocument();
    await user.click(button(t('seeResult')));

    expect(screen.getByRole('heading', { name: t('result.heading') })).toHaveFocus();
    expect(screen.getByText(t('result.score', { earned: 2, count: 3 }))).toBeInTheDocument();
    expect(screen.getByText(t('result.percent', { percent: 67 }))).toBeInTheDocument();
    expect(screen.getByText(t('result.passed', { passMark: 60 }))).toBeInTheDocument();
    const items = within(screen.getByRole('list', { name: t('result.summary') })).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      `${t('result.question', { number: 1, title: 'What is John overlooking?' })} ${t('verdict.correct')}`,
      `${t('result.question', { number: 2, title: behavioursQuestion.prompt })} ${t('verdict.incorrect')}`,
      `${t('result.question', { number: 3, title: retentionQuestion.prompt })} ${t('verdict.correct')}`,
    ]);

    await user.click(button(t('result.retry')));

    expect(screen.getByRole('heading', { name: t('progress', { current: 1, total: 3 }) })).toHaveFocus();
    for (const radio of screen.getAllByRole('radio')) {
      expect(radio).not.toBeChecked();
      expect(radio).toBeEnabled();
    }
  });

  it('opens a question again from the summary, with the answer, its feedback and the right one, then goes back to it', async () => {
    const { user } = setup();
    await start(user);
    await user.click(screen.getByRole('radio', { name: john('a') }));
    await user.click(button(t('check')));
    await user.click(button(t('next')));
    await user.click(screen.getByRole('checkbox', { name: behaviour('a') }));
    await user.click(button(t('check')));
    await user.click(button(t('next')));
    await user.click(screen.getByRole('radio', { name: 'Keeping customers improves results.' }));
    await user.click(button(t('check')));
    await user.click(button(t('seeResult')));

    const first = t('result.question', { number: 1, title: 'What is John overlooking?' });
    await user.click(button(first));

    expect(screen.getByRole('heading', { name: t('progress', { current: 1, total: 3 }) })).toHaveFocus();
    expect(screen.getByRole('radio', { name: john('a') })).toBeChecked();
    for (const radio of screen.getAllByRole('radio')) expect(radio).toBeDisabled();
    expect(screen.getByRole('status')).toHaveTextContent(t('verdict.incorrect'));
    expect(screen.getByText('Empathy matters, but it is not the core issue.')).toBeInTheDocument();
    expect(screen.getByText('Loyalty is never guaranteed.')).toBeInTheDocument();
    expect(within(screen.getByRole('list', { name: t('answerKey.choice', { count: 1 }) })).getByText(john('b'))).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: t('check') })).not.toBeInTheDocument();

    await user.click(button(t('result.back')));
    expect(screen.getByRole('heading', { name: t('result.heading') })).toBeInTheDocument();
    expect(button(first)).toHaveFocus();
  });

  it('says when the pass mark is not reached', async () => {
    const { user } = setup({ ...checkQuiz, questions: [johnQuestion], passMark: 80 });
    await start(user);
    await user.click(screen.getByRole('radio', { name: john('a') }));
    await user.click(button(t('check')));
    await user.click(button(t('seeResult')));

    expect(screen.getByText(t('result.score', { earned: 0, count: 1 }))).toBeInTheDocument();
    expect(screen.getByText(t('result.failed', { passMark: 80 }))).toBeInTheDocument();
  });

  describe('a finished attempt with a matching two thirds right', () => {
    const spec: QuizSpec = { id: 'mixed', shuffle: false, passMark: 80, questions: [johnQuestion, practiceMatching, behavioursQuestion] };
    const finished: AttemptState = {
      questionIds: ['q-john', 'q-practices', 'q-behaviours'],
      position: 2,
      drafts: {},
      seed: 1,
      finished: true,
      answers: {
        'q-john': { input: { type: 'single-choice', selected: 'b' }, earned: 1, total: 1 },
        'q-practices': { input: { type: 'matching', matches: { a: 'a', b: 'c', c: 'b' } }, earned: 1, total: 3 },
        'q-behaviours': { input: { type: 'multiple-choice', selected: ['a', 'b'] }, earned: 1, total: 1 },
      },
    };
    const noop = () => undefined;
    const renderResult = () =>
      render(
        <AllQuestionViews>
          <QuizView spec={spec} attempt={finished} onStart={noop} onDraft={noop} onCheck={noop} onGoTo={noop} onFinish={noop} onRetry={noop} />
        </AllQuestionViews>,
      );

    afterEach(() => i18n.changeLanguage('en'));

    it('counts every question as one and the matching as the share of its pairs right', () => {
      renderResult();
      expect(screen.getByText(t('result.score', { earned: '2.33', count: 3 }))).toBeInTheDocument();
      expect(screen.getByText(t('result.percent', { percent: 78 }))).toBeInTheDocument();
      expect(screen.getByText(t('result.failed', { passMark: 80 }))).toBeInTheDocument();
    });

    it('writes the share the Spanish way', async () => {
      await i18n.changeLanguage('es');
      renderResult();
      expect(screen.getByText(i18n.getFixedT('es', 'quiz')('result.score', { earned: '2,33', count: 3 }))).toBeInTheDocument();
    });
  });

  it('shows choices in the seeded order, the same on every render of the same seed', async () => {
    const shownOrder = async (seed: number) => {
      const { user, unmount } = setup(checkQuiz, seed);
      await start(user);
      const names = screen.getAllByRole('radio').map((radio) => radio.getAttribute('value'));
      unmount();
      return names;
    };
    const first = await shownOrder(9);
    expect(await shownOrder(9)).toEqual(first);
    expect(first).toEqual(choiceOrder(johnQuestion, 9));
  });

  it('can be completed with the keyboard alone', async () => {
    const { user } = setup({ ...checkQuiz, questions: [johnQuestion, behavioursQuestion] });

    await user.tab();
    expect(button(t('start.button'))).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('heading', { name: t('progress', { current: 1, total: 2 }) })).toHaveFocus();

    // Question 1: Tab into the radio group, arrows to the right answer.
    await user.tab();
    expect(screen.getAllByRole('radio')[0]).toHaveFocus();
    await user.keyboard(' ');
    expect(screen.getAllByRole('radio')[0]).toBeChecked();
    const right = screen.getByRole('radio', { name: john('b') });
    const steps = choiceOrder(johnQuestion, 1).indexOf('b');
    for (let i = 0; i < steps; i++) await user.keyboard('{ArrowDown}');
    expect(right).toBeChecked();
    expect(right).toHaveFocus();
    await user.tab();
    expect(button(t('check'))).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('status')).toHaveTextContent(t('verdict.correct'));
    expect(button(t('next'))).toHaveFocus();
    await user.keyboard('{Enter}');

    // Question 2: Tab through the checkboxes, Space to tick the two right ones.
    expect(screen.getByRole('heading', { name: t('progress', { current: 2, total: 2 }) })).toHaveFocus();
    await user.tab();
    await user.keyboard(' ');
    await user.tab();
    await user.keyboard(' ');
    await user.tab();
    await user.tab();
    expect(button(t('check'))).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('status')).toHaveTextContent(t('verdict.correct'));
    await user.keyboard('{Enter}');

    expect(screen.getByRole('heading', { name: t('result.heading') })).toHaveFocus();
    expect(screen.getByText(t('result.score', { earned: 2, count: 2 }))).toBeInTheDocument();
    // Each question of the summary, then Try again.
    await user.tab();
    expect(button(t('result.question', { number: 1, title: 'What is John overlooking?' }))).toHaveFocus();
    await user.tab();
    await user.tab();
    expect(button(t('result.retry'))).toHaveFocus();
  });
});
