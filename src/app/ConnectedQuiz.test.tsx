import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { LessonSpec } from '../content/lesson-spec';
import i18n from '../i18n/i18n';
import { attemptsOf } from '../progress/progress-selectors';
import { PROGRESS_KEY, useProgress } from '../progress/progress-store';
import type { QuizSpec } from '../quiz/question-spec';
import { drawQuestions } from '../quiz/quiz-engine';
import { retentionQuestion } from '../../tests/support/quiz-fixtures';
import { Choice } from '../quiz/types/choice/choice-parts';
import { SingleChoice } from '../quiz/types/single-choice/single-choice-ui';
import { ConnectedQuiz } from './ConnectedQuiz';
import { LessonContext } from './lesson-context';
import { AllQuestionViews } from '../../tests/support/quiz-harness';

const t = i18n.getFixedT('en', 'quiz');

/** Five questions told apart by their prompt; each attempt draws three, shuffled, and 60% passes. */
const pool = Array.from({ length: 5 }, (_, i) => ({ ...retentionQuestion, id: `pool-${i + 1}`, prompt: `Pool question ${i + 1}?` }));
const quiz: QuizSpec = { id: 'rules-quiz', title: 'Rules', draw: 3, shuffle: true, passMark: 60, questions: pool };
const lesson: LessonSpec = {
  slug: 'rules',
  locale: 'en',
  title: 'Rules',
  summary: 'A lesson.',
  duration: 3,
  order: 1,
  objectives: [],
  kind: 'lesson',
  quizzes: [quiz],
  reflections: [],
};

const show = () =>
  render(
    <LessonContext.Provider value={lesson}>
      <AllQuestionViews>
        <ConnectedQuiz id={quiz.id}>
          {pool.map((q) => (
            <SingleChoice key={q.id} id={q.id}>
              <p>{q.prompt}</p>
              <Choice correct>Keeping customers improves results.</Choice>
              <Choice>New customers matter more.</Choice>
            </SingleChoice>
          ))}
        </ConnectedQuiz>
      </AllQuestionViews>
    </LessonContext.Provider>,
  );

const attempts = () => attemptsOf(useProgress.getState(), quiz.id);
const shownPrompt = () => pool.find((q) => screen.queryByRole('group', { name: q.prompt }))?.id;
const radioOrder = () => screen.getAllByRole('radio').map((radio) => radio.getAttribute('value'));

/** What a page reload does: the store forgets everything and reads the device's saved copy back. */
async function reload() {
  const saved = localStorage.getItem(PROGRESS_KEY)!;
  act(() => useProgress.getState().resetProgress());
  localStorage.setItem(PROGRESS_KEY, saved);
  await act(() => useProgress.persist.rehydrate());
}

async function answer(user: ReturnType<typeof userEvent.setup>, label: string, next: string) {
  await user.click(screen.getByRole('radio', { name: label }));
  await user.click(screen.getByRole('button', { name: t('check') }));
  await user.click(screen.getByRole('button', { name: next }));
}

beforeEach(() => {
  act(() => useProgress.getState().resetProgress());
});

describe('a quiz with draw, shuffle and passMark, wired to the store', () => {
  it('draws n questions per attempt from its seed, in shuffled order, and stores them with the attempt', async () => {
    const user = userEvent.setup();
    show();
    expect(screen.getByText(t('start.questions', { count: 3 }))).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: t('start.button') }));

    const [attempt] = attempts();
    expect(attempt!.questionIds).toHaveLength(3);
    expect(attempt!.questionIds).toEqual(drawQuestions(quiz, attempt!.seed));
    expect(screen.getByRole('heading', { name: t('progress', { current: 1, total: 3 }) })).toBeInTheDocument();
    expect(shownPrompt()).toBe(attempt!.questionIds[0]);
  });

  it('comes back after a reload with the same questions, order, answers, draft and position', async () => {
    const user = userEvent.setup();
    const first = show();
    await user.click(screen.getByRole('button', { name: t('start.button') }));
    await answer(user, 'Keeping customers improves results.', t('next'));
    await user.click(screen.getByRole('radio', { name: 'New customers matter more.' }));
    const before = { prompt: shownPrompt(), radios: radioOrder(), attempt: attempts()[0] };
    first.unmount();

    await reload();
    show();

    expect(attempts()).toEqual([before.attempt]);
    expect(screen.getByRole('heading', { name: t('progress', { current: 2, total: 3 }) })).toBeInTheDocument();
    expect(shownPrompt()).toBe(before.prompt);
    expect(radioOrder()).toEqual(before.radios);
    expect(screen.getByRole('radio', { name: 'New customers matter more.' })).toBeChecked();
    expect(attempts()[0]!.answers[before.attempt!.questionIds[0]!]).toMatchObject({ earned: 1, total: 1 });
  });

  it('shows pass or fail, and Try again starts a new attempt with a new draw while keeping the old one', async () => {
    const user = userEvent.setup();
    show();
    await user.click(screen.getByRole('button', { name: t('start.button') }));
    await answer(user, 'Keeping customers improves results.', t('next'));
    await answer(user, 'Keeping customers improves results.', t('next'));
    await answer(user, 'New customers matter more.', t('seeResult'));
    expect(screen.getByText(t('result.score', { earned: 2, count: 3 }))).toBeInTheDocument();
    expect(screen.getByText(t('result.passed', { passMark: 60 }))).toBeInTheDocument();

    await reload();
    expect(screen.getByText(t('result.passed', { passMark: 60 }))).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: t('result.retry') }));
    const [done, retry] = attempts();
    expect(done!.finishedAt).toBeDefined();
    expect(Object.keys(done!.answers)).toHaveLength(3);
    expect(retry!.seed).not.toBe(done!.seed);
    expect(retry!.questionIds).toEqual(drawQuestions(quiz, retry!.seed));
    expect(retry).toMatchObject({ position: 0, drafts: {}, answers: {} });
    expect(shownPrompt()).toBe(retry!.questionIds[0]);
  });

  it('fails an attempt below the pass mark', async () => {
    const user = userEvent.setup();
    show();
    await user.click(screen.getByRole('button', { name: t('start.button') }));
    await answer(user, 'New customers matter more.', t('next'));
    await answer(user, 'Keeping customers improves results.', t('next'));
    await answer(user, 'New customers matter more.', t('seeResult'));
    const summary = within(screen.getByRole('list', { name: t('result.summary') })).getAllByRole('listitem');
    expect(summary).toHaveLength(3);
    expect(screen.getByText(t('result.failed', { passMark: 60 }))).toBeInTheDocument();
  });
});
