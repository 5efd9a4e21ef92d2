import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { RouterProvider, createMemoryRouter } from 'react-router';
import i18n from '../i18n/i18n';
import { lessonsIn } from '../content/course-index';
import { useProgress } from '../progress/progress-store';
import { routes } from './router';

const t = i18n.getFixedT('en');
const lessons = lessonsIn('en');
const first = lessons[0]!.spec;

function renderAt(path: string) {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  render(<RouterProvider router={router} />);
  return router;
}

beforeEach(async () => {
  act(() => useProgress.getState().resetProgress());
  await i18n.changeLanguage('en');
});

describe('the course home', () => {
  it('lists every lesson in course order with its duration and status', () => {
    renderAt('/');
    const items = within(screen.getByRole('list', { name: '' })).getAllByRole('listitem');
    expect(items).toHaveLength(lessons.length);
    lessons.forEach(({ spec }, i) => {
      expect(within(items[i]!).getByRole('link', { name: spec.title })).toBeInTheDocument();
      expect(items[i]).toHaveTextContent(t('home.duration', { count: spec.duration }));
      expect(items[i]).toHaveTextContent(t('status.not-started'));
    });
    const taught = lessons.filter(({ spec }) => spec.kind === 'lesson').length;
    expect(screen.getByRole('region', { name: t('home.progressLabel') })).toHaveTextContent(
      `${t('home.progress', { completed: 0, total: taught })}. ${t('home.assessmentToTake')}`,
    );
  });

  it('offers to continue the lesson the learner last opened', () => {
    act(() => useProgress.getState().startLesson(first.slug));
    renderAt('/');
    expect(screen.getByRole('link', { name: t('home.continue', { title: first.title }) })).toHaveAttribute('href', `/lessons/${first.slug}`);
    expect(screen.getAllByText(t('status.in-progress')).length).toBeGreaterThan(0);
  });
});

describe('resetting progress', () => {
  it('is not offered to a learner with nothing to reset', () => {
    renderAt('/');
    expect(screen.queryByRole('button', { name: t('reset.button') })).not.toBeInTheDocument();
  });

  it('is offered once there is progress, and says it was done when it was', async () => {
    act(() => useProgress.getState().startLesson(first.slug));
    renderAt('/');
    await userEvent.click(screen.getByRole('button', { name: t('reset.button') }));
    await userEvent.click(screen.getByRole('button', { name: t('reset.confirm') }));
    expect(useProgress.getState().lessons).toEqual({});
    expect(screen.getByRole('status')).toHaveTextContent(t('reset.done'));
    expect(screen.getByRole('status')).toHaveFocus();
    expect(screen.queryByRole('button', { name: t('reset.button') })).not.toBeInTheDocument();
  });
});

describe('a lesson page', () => {
  it('renders the lesson body, marks the lesson started and gates finishing on the checks', async () => {
    renderAt(`/lessons/${first.slug}`);
    expect(await screen.findByRole('heading', { level: 1, name: first.title })).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: i18n.getFixedT('en', 'quiz')('start.button') })).toBeInTheDocument();
    expect(useProgress.getState().lessons[first.slug]?.startedAt).toBeDefined();
    expect(screen.getByRole('button', { name: t('lesson.finish') })).toHaveAttribute('aria-disabled', 'true');
    expect(screen.getByText(t('lesson.finishHint'))).toBeInTheDocument();
  });

  it('gives a lesson its reading time, and the final assessment its questions and time instead', async () => {
    const assessment = lessons.find(({ spec }) => spec.kind === 'assessment')!.spec;
    const view = renderAt(`/lessons/${first.slug}`);
    expect(await screen.findByText(t('lesson.minutes', { count: first.duration }))).toBeInTheDocument();
    await act(() => view.navigate(`/lessons/${assessment.slug}`));
    await screen.findByRole('heading', { level: 1, name: assessment.title });
    const quiz = assessment.quizzes[0]!;
    const questions = quiz.draw ?? quiz.questions.length;
    expect(screen.getByText(t('lesson.assessmentLength', { count: questions, minutes: assessment.duration }))).toBeInTheDocument();
    expect(screen.queryByText(t('lesson.minutes', { count: assessment.duration }))).not.toBeInTheDocument();
  });

  it('says when a finished lesson was completed, on a later visit', async () => {
    act(() => {
      useProgress.getState().startLesson(first.slug);
      useProgress.getState().completeLesson(first.slug);
    });
    renderAt(`/lessons/${first.slug}`);
    expect(await screen.findByRole('button', { name: t('lesson.seeResult') })).toBeInTheDocument();
    const date = new Date(useProgress.getState().lessons[first.slug]!.completedAt!).toLocaleDateString('en', { dateStyle: 'long' });
    expect(screen.getByText(t('lesson.completedOn', { date }))).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: t('lesson.finish') })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: t('lesson.seeResult') }));
    expect(await screen.findByRole('heading', { level: 1, name: t('complete.heading', { title: first.title }) })).toBeInTheDocument();
  });

  it('saves a reflection on the device as the learner types', async () => {
    const reflection = first.reflections[0]!;
    renderAt(`/lessons/${first.slug}`);
    const box = await screen.findByRole('textbox', { name: reflection.prompt });
    await userEvent.type(box, 'Call back within a day');
    expect(useProgress.getState().reflections[reflection.id]?.text).toBe('Call back within a day');
  });

  it('names its reflection once: the lesson’s heading, then the box by its prompt', async () => {
    const reflection = first.reflections[0]!;
    renderAt(`/lessons/${first.slug}`);
    expect(await screen.findByRole('textbox', { name: reflection.prompt })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Reflect on this' })).toBeInTheDocument();
    expect(screen.getAllByText(/reflect on this/i)).toHaveLength(1);
  });

  it('says "Select all that apply" once on a multiple-choice question, as its group’s description', async () => {
    const quiz = first.quizzes.find((candidate) => candidate.questions.some((q) => q.type === 'multiple-choice'))!;
    const position = quiz.questions.findIndex((q) => q.type === 'multiple-choice');
    act(() => {
      useProgress.getState().startAttempt(quiz.id, { lessonSlug: first.slug, questionIds: quiz.questions.map((q) => q.id), seed: 1 });
      useProgress.getState().goTo(quiz.id, position);
    });
    renderAt(`/lessons/${first.slug}`);
    const quizT = i18n.getFixedT('en', 'quiz');
    const group = await screen.findByRole('group', { description: quizT('hint.selectAll') });
    expect(within(group).getAllByRole('checkbox').length).toBeGreaterThan(1);
    expect(screen.getAllByText(/select all that apply/i)).toHaveLength(1);
  });

  it('shows the lesson in the chosen language without a notice when it is translated', async () => {
    await i18n.changeLanguage('es');
    const spanish = lessonsIn('es')[0]!;
    renderAt(`/lessons/${first.slug}`);
    expect(await screen.findByRole('heading', { level: 1, name: spanish.spec.title })).toBeInTheDocument();
    expect(screen.queryByText(i18n.getFixedT('es')('lesson.fallback'))).not.toBeInTheDocument();
  });

  it('says so when the address names no lesson', () => {
    renderAt('/lessons/no-such-lesson');
    return expect(screen.findByRole('heading', { name: t('notFound.title') })).resolves.toBeInTheDocument();
  });
});

describe('the completion screen', () => {
  it('shows the score and the next lesson once the lesson is completed', async () => {
    act(() => {
      useProgress.getState().startLesson(first.slug);
      useProgress.getState().completeLesson(first.slug);
    });
    renderAt(`/lessons/${first.slug}/complete`);
    expect(await screen.findByRole('heading', { level: 1, name: t('complete.heading', { title: first.title }) })).toBeInTheDocument();
    const next = lessons[1];
    if (next) expect(screen.getByRole('link', { name: t('complete.next', { title: next.spec.title }) })).toBeInTheDocument();
    else expect(screen.getByText(t('complete.courseDone'))).toBeInTheDocument();
  });

  it('offers a lesson left behind, not "course completed", after the last lesson while others are unfinished', async () => {
    const last = lessons.at(-1)!.spec;
    act(() => {
      useProgress.getState().startLesson(last.slug);
      useProgress.getState().completeLesson(last.slug);
    });
    renderAt(`/lessons/${last.slug}/complete`);
    expect(await screen.findByRole('link', { name: t('complete.next', { title: first.title }) })).toBeInTheDocument();
    expect(screen.queryByText(t('complete.courseDone'))).not.toBeInTheDocument();
  });

  it('says the course is done once every lesson is completed', async () => {
    act(() => {
      for (const { spec } of lessons) {
        useProgress.getState().startLesson(spec.slug);
        useProgress.getState().completeLesson(spec.slug);
      }
    });
    renderAt(`/lessons/${first.slug}/complete`);
    expect(await screen.findByText(t('complete.courseDone'))).toBeInTheDocument();
  });

  it('sends the learner back to the lesson when it is not finished', async () => {
    renderAt(`/lessons/${first.slug}/complete`);
    expect(await screen.findByText(t('complete.notFinished'))).toBeInTheDocument();
    expect(screen.getByRole('link', { name: t('complete.goToLesson') })).toBeInTheDocument();
  });
});
