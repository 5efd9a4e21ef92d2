import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Papa from 'papaparse';
import { RouterProvider, createMemoryRouter } from 'react-router';
import i18n from '../i18n/i18n';
import { lessonsIn } from '../content/course-index';
import type { ProgressState, QuizAttempt } from '../progress/progress-schema';
import type { QuizSpec } from '../quiz/question-spec';
import { useProgress } from '../progress/progress-store';
import { useProfile } from '../records/profile-store';
import { verifyRecord } from '../records/verify-record';
import { routes } from './router';
import { captureDownloads } from '../../tests/support/downloads';

const t = i18n.getFixedT('en', 'records');
const tc = i18n.getFixedT('en');
const specs = lessonsIn('en').map((l) => l.spec);
const taught = specs.filter((s) => s.kind === 'lesson');
const assessment = specs.find((s) => s.kind === 'assessment')!;
const first = taught[0]!;
const at = (day: number) => new Date(Date.UTC(2025, 2, day, 9)).toISOString();

function renderAt(path: string) {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  render(<RouterProvider router={router} />);
  return router;
}

/** Every lesson completed and the assessment passed with single-choice questions answered right. */
function completeCourse(): ProgressState {
  const quiz = assessment.quizzes[0]!;
  const questions = quiz.questions.filter((q) => q.type === 'single-choice').slice(0, quiz.draw ?? 10);
  const attempt: QuizAttempt = {
    id: 'final-1',
    lessonSlug: assessment.slug,
    startedAt: at(10),
    finishedAt: at(11),
    seed: 1,
    questionIds: questions.map((q) => q.id),
    position: 0,
    drafts: {},
    answers: Object.fromEntries(
      questions.map((q) => [q.id, { input: { type: 'single-choice' as const, selected: q.choices.find((c) => c.correct)!.id }, earned: 1, total: 1, checkedAt: at(10) }]),
    ),
  };
  return {
    lessons: Object.fromEntries(taught.map((s, i) => [s.slug, { startedAt: at(i + 1), completedAt: at(i + 1), timeSpentMs: 240_000, lastVisitedAt: at(i + 1) }])),
    quizzes: { [quiz.id]: { attempts: [attempt] } },
    reflections: {},
  };
}

/** A finished attempt with every question of the quiz answered right (single-choice answers stand in for any type). */
function passed(quiz: QuizSpec, lessonSlug: string, id: string): QuizAttempt {
  return {
    id,
    lessonSlug,
    startedAt: at(2),
    finishedAt: at(2),
    seed: 1,
    questionIds: quiz.questions.map((q) => q.id),
    position: 0,
    drafts: {},
    answers: Object.fromEntries(quiz.questions.map((q) => [q.id, { input: { type: 'single-choice' as const, selected: 'a' }, earned: 1, total: 1, checkedAt: at(2) }])),
  };
}

/** The row of the lessons table that names this lesson. */
async function rowOf(title: string): Promise<HTMLElement> {
  const table = await screen.findByRole('table', { name: t('progress.tableCaption') });
  return within(table).getAllByRole('row').find((row) => within(row).queryByRole('link', { name: title }))!;
}


const saveProfile = () => act(() => useProfile.getState().saveProfile({ name: 'Zoë Ñúñez, "Z"', employeeId: 'E-7', email: '' }));

beforeEach(async () => {
  act(() => {
    useProgress.getState().resetProgress();
    useProfile.getState().clearProfile();
  });
  await i18n.changeLanguage('en');
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the header', () => {
  it('links to the course, my progress and my profile, marking the current page', async () => {
    renderAt('/progress');
    const nav = await screen.findByRole('navigation', { name: tc('nav.label') });
    expect(within(nav).getByRole('link', { name: tc('nav.course') })).toHaveAttribute('href', '/');
    expect(within(nav).getByRole('link', { name: tc('nav.profile') })).toHaveAttribute('href', '/profile');
    expect(within(nav).getByRole('link', { name: tc('nav.progress') })).toHaveAttribute('aria-current', 'page');
    await screen.findByRole('heading', { level: 1, name: t('progress.title') });
  });
});

describe('my progress', () => {
  it('shows every lesson with its status, best score, attempts and completion date', async () => {
    act(() => {
      useProgress.setState(completeCourse());
    });
    renderAt('/progress');
    const table = await screen.findByRole('table', { name: t('progress.tableCaption') });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(specs.length);
    const firstRow = within(rows[0]!);
    expect(firstRow.getByRole('rowheader')).toHaveTextContent(first.title);
    expect(firstRow.getByText(t('progress.status.completed'))).toBeInTheDocument();
    expect(firstRow.getByText(t('time.minutes', { count: 4 }))).toBeInTheDocument();
    expect(firstRow.getByRole('link', { name: `${t('progress.handout')} (${first.title})` })).toHaveAttribute('href', `/lessons/${first.slug}/handout`);
    const last = within(rows.at(-1)!);
    expect(last.getByText(t('progress.passed'))).toBeInTheDocument();
    expect(last.getByText('100%')).toBeInTheDocument();
  });

  it('counts one pass through a lesson with a quiz and a scenario as one attempt, and says what its score is made of', async () => {
    const lesson = taught.find((spec) => spec.quizzes.length > 1)!;
    const [quiz, scenario] = lesson.quizzes as [QuizSpec, QuizSpec];
    const scenarioSpec = scenario.questions[0]!;
    const points = scenarioSpec.type === 'scenario' ? scenarioSpec.bestPoints : 1;
    const quizAttempt = passed(quiz, lesson.slug, 'quiz-1');
    act(() => {
      useProgress.setState({
        quizzes: {
          [quiz.id]: { attempts: [quizAttempt] },
          [scenario.id]: {
            attempts: [
              {
                ...quizAttempt,
                id: 'scenario-1',
                questionIds: [scenarioSpec.id],
                answers: { [scenarioSpec.id]: { input: { type: 'scenario', path: [] }, earned: points, total: points, checkedAt: at(2) } },
              },
            ],
          },
        },
      });
    });
    renderAt('/progress');
    const row = within(await rowOf(lesson.title));
    expect(row.getByRole('cell', { name: '1' })).toBeInTheDocument();
    const parts = [
      t('checks.part', { check: t('checks.kind.quiz'), earned: quiz.questions.length, total: quiz.questions.length }),
      // A scenario is one question, whatever points its path carries: on its best path it counts 1 of 1.
      t('checks.part', { check: t('checks.kind.scenario'), earned: 1, total: 1 }),
    ];
    expect(row.getByText(t('checks.summary', { count: 2, parts: parts.join(', ') }))).toBeInTheDocument();
  });

  it('does not count "Try again" and one answer as a finished attempt, and shows it under way', async () => {
    const quiz = first.quizzes[0]!;
    const done = passed(quiz, first.slug, 'try-1');
    const retry: QuizAttempt = { ...done, id: 'try-2', finishedAt: undefined, answers: { [quiz.questions[0]!.id]: done.answers[quiz.questions[0]!.id]! } };
    act(() => {
      useProgress.setState({ quizzes: { [quiz.id]: { attempts: [done, retry] } } });
    });
    renderAt('/progress');
    const cell = within(await rowOf(first.title)).getAllByRole('cell')[2]!;
    expect(cell).toHaveTextContent(`1${t('progress.attemptInProgress')}`);
  });

  it('gives the course status and links to the certificate once the course is complete', async () => {
    act(() => {
      useProgress.setState(completeCourse());
    });
    renderAt('/progress');
    expect(await screen.findByText(t('progress.assessmentPassed', { score: 100 }))).toBeInTheDocument();
    expect(screen.getByText(t('progress.lessonsDone', { completed: taught.length, total: taught.length }))).toBeInTheDocument();
    expect(screen.getByRole('link', { name: t('progress.certificate') })).toHaveAttribute('href', '/certificate');
  });

  it('blocks the export until the profile has a name and an employee id, and says why', async () => {
    const files = captureDownloads();
    renderAt('/progress');
    const json = await screen.findByRole('button', { name: t('export.json') });
    expect(json).toHaveAttribute('aria-disabled', 'true');
    expect(json).toHaveAccessibleDescription(`${t('export.needsProfile')} ${t('export.profileLink')}`);
    expect(screen.getByRole('link', { name: t('export.profileLink') })).toHaveAttribute('href', '/profile');
    await userEvent.click(json);
    expect(files).toEqual([]);
  });

  it('exports the full record as JSON that validates and whose digest verifies, without reflections by default', async () => {
    const files = captureDownloads();
    saveProfile();
    act(() => {
      useProgress.setState(completeCourse());
      useProgress.getState().saveReflection(first.reflections[0]!.id, 'Call back the same day.');
    });
    renderAt('/progress');
    await userEvent.click(await screen.findByRole('button', { name: t('export.json') }));

    await screen.findByText(new RegExp(t('export.done', { filename: '' })));
    expect(files).toHaveLength(1);
    expect(files[0]!.name).toMatch(/^customer-focus-record-E-7-\d{4}-\d\d-\d\d\.json$/);
    const verified = await verifyRecord(JSON.parse(await files[0]!.blob.text()));
    expect(verified).toMatchObject({ ok: true, record: { status: 'completed', learner: { name: 'Zoë Ñúñez, "Z"', employeeId: 'E-7' }, finalScore: 100 } });
    expect(verified.ok && verified.record).not.toHaveProperty('reflections');
  });

  it('puts the reflections in only when the learner ticks the box', async () => {
    const files = captureDownloads();
    saveProfile();
    act(() => useProgress.getState().saveReflection(first.reflections[0]!.id, 'Call back the same day.'));
    renderAt('/progress');
    await userEvent.click(await screen.findByRole('checkbox', { name: t('export.includeReflections') }));
    await userEvent.click(screen.getByRole('button', { name: t('export.json') }));
    await screen.findByText(new RegExp(t('export.done', { filename: '' })));
    const record = JSON.parse(await files[0]!.blob.text()) as { reflections?: Array<{ text: string }> };
    expect(record.reflections?.map((r) => r.text)).toEqual(['Call back the same day.']);
  });

  it('exports one CSV row that parses back to the learner and the course', async () => {
    const files = captureDownloads();
    saveProfile();
    renderAt('/progress');
    await userEvent.click(await screen.findByRole('button', { name: t('export.csv') }));
    await screen.findByText(new RegExp(t('export.done', { filename: '' })));
    expect(files[0]!.name).toMatch(/\.csv$/);
    const text = await files[0]!.blob.text();
    const { data } = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), { header: true });
    expect(data).toEqual([expect.objectContaining({ learner_name: 'Zoë Ñúñez, "Z"', employee_id: 'E-7', status: 'not-started' })]);
  });
});

describe('the record id', () => {
  it('is one id for one state of progress: the JSON, the CSV and the certificate, also after a reload', async () => {
    const files = captureDownloads();
    saveProfile();
    act(() => {
      useProgress.setState(completeCourse());
    });
    const idOfJson = async (at: number) => (JSON.parse(await files[at]!.blob.text()) as { recordId: string }).recordId;
    const idOfCsv = async (at: number) => Papa.parse<Record<string, string>>((await files[at]!.blob.text()).replace(/^\uFEFF/, ''), { header: true }).data[0]!.record_id;

    const page = renderAt('/progress');
    await userEvent.click(await screen.findByRole('button', { name: t('export.json') }));
    await screen.findByText(new RegExp(t('export.done', { filename: '' })));
    await userEvent.click(screen.getByRole('button', { name: t('export.csv') }));
    await screen.findByText(new RegExp(`${t('export.done', { filename: '' })}.*csv`));
    const id = await idOfJson(0);
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(await idOfCsv(1)).toBe(id);

    await act(() => page.navigate('/certificate'));
    const certificate = await screen.findByRole('article', { name: t('certificate.eyebrow') });
    expect(within(certificate).getByText(id)).toBeInTheDocument();

    // A reload: the page is built again from what the browser saved.
    cleanup();
    renderAt('/certificate');
    expect(within(await screen.findByRole('article', { name: t('certificate.eyebrow') })).getByText(id)).toBeInTheDocument();
  });

  it('changes when the progress changes', async () => {
    saveProfile();
    act(() => {
      useProgress.setState(completeCourse());
    });
    renderAt('/certificate');
    const id = within(await screen.findByRole('article', { name: t('certificate.eyebrow') })).getByText(/^[0-9a-f-]{36}$/).textContent;
    act(() => useProgress.getState().addTime(first.slug, 60_000));
    await waitFor(() => expect(within(screen.getByRole('article', { name: t('certificate.eyebrow') })).getByText(/^[0-9a-f-]{36}$/).textContent).not.toBe(id));
  });
});

describe('the profile', () => {
  it('asks for the name and the employee id, moving focus to the first missing one', async () => {
    renderAt('/profile');
    await userEvent.click(await screen.findByRole('button', { name: t('profile.save') }));
    const name = screen.getByRole('textbox', { name: new RegExp(t('profile.name')) });
    expect(name).toHaveFocus();
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(name).toHaveAccessibleDescription(t('profile.problem.name.required'));
    expect(screen.getByRole('status')).toHaveTextContent(t('profile.fixErrors'));
  });

  it('saves the profile on the device and says so', async () => {
    renderAt('/profile');
    await userEvent.type(await screen.findByRole('textbox', { name: new RegExp(t('profile.name')) }), '  Ana Pérez ');
    await userEvent.type(screen.getByRole('textbox', { name: new RegExp(t('profile.employeeId')) }), 'E-12');
    await userEvent.type(screen.getByRole('textbox', { name: new RegExp(t('profile.email')) }), 'ana@');
    await userEvent.click(screen.getByRole('button', { name: t('profile.save') }));
    expect(screen.getByRole('textbox', { name: new RegExp(t('profile.email')) })).toHaveAccessibleDescription(
      `${t('profile.emailHint')} ${t('profile.problem.email.invalid')}`,
    );

    await userEvent.type(screen.getByRole('textbox', { name: new RegExp(t('profile.email')) }), 'example.com');
    await userEvent.click(screen.getByRole('button', { name: t('profile.save') }));
    expect(screen.getByRole('status')).toHaveTextContent(t('profile.saved'));
    expect(useProfile.getState()).toMatchObject({ name: 'Ana Pérez', employeeId: 'E-12', email: 'ana@example.com' });
    expect(screen.getByRole('link', { name: t('profile.goToProgress') })).toBeInTheDocument();
  });
});

describe('the certificate', () => {
  it('says what is still to do before the course is complete', async () => {
    renderAt('/certificate');
    expect(await screen.findByText(t('certificate.locked'))).toBeInTheDocument();
    expect(screen.getByRole('link', { name: t('certificate.todoLesson', { title: first.title }) })).toHaveAttribute('href', `/lessons/${first.slug}`);
    expect(screen.getByRole('link', { name: t('certificate.todoAssessment', { passMark: 80 }) })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: t('certificate.todoProfile') })).toHaveAttribute('href', '/profile');
  });

  it('shows the name, course, date, score and record id once the course is complete, ready to print', async () => {
    const print = vi.fn();
    vi.stubGlobal('print', print);
    const files = captureDownloads();
    saveProfile();
    act(() => {
      useProgress.setState(completeCourse());
    });
    renderAt('/certificate');
    const certificate = await screen.findByRole('article', { name: t('certificate.eyebrow') });
    expect(certificate).toHaveTextContent('Zoë Ñúñez, "Z"');
    expect(certificate).toHaveTextContent('Customer Focus');
    expect(certificate).toHaveTextContent('March 11, 2025');
    expect(certificate).toHaveTextContent('100%');
    const recordId = within(certificate).getByText(/^[0-9a-f-]{36}$/).textContent;

    await userEvent.click(screen.getByRole('button', { name: t('print.button') }));
    expect(print).toHaveBeenCalledOnce();
    await userEvent.click(screen.getByRole('button', { name: t('certificate.download') }));
    await screen.findByText(new RegExp(t('export.done', { filename: '' })));
    expect(JSON.parse(await files[0]!.blob.text())).toMatchObject({ recordId });
  });
});

describe('a lesson handout', () => {
  it('shows the key points and facts, and the reflection only when asked', async () => {
    act(() => useProgress.getState().saveReflection(first.reflections[0]!.id, 'My private thought.'));
    renderAt(`/lessons/${first.slug}/handout`);
    expect(await screen.findByRole('heading', { level: 1, name: first.title })).toBeInTheDocument();
    for (const point of first.handout!.keyPoints) expect(screen.getByText(point)).toBeInTheDocument();
    for (const fact of first.handout!.facts) expect(screen.getByText(fact.text)).toBeInTheDocument();
    expect(screen.queryByText('My private thought.')).not.toBeInTheDocument();

    await userEvent.click(screen.getByRole('checkbox', { name: t('handout.includeReflection') }));
    expect(screen.getByText('My private thought.')).toBeInTheDocument();
  });

  it('is linked from the lesson completion screen', async () => {
    act(() => {
      useProgress.getState().startLesson(first.slug);
      useProgress.getState().completeLesson(first.slug);
    });
    renderAt(`/lessons/${first.slug}/complete`);
    expect(await screen.findByRole('link', { name: t('handout.link') })).toHaveAttribute('href', `/lessons/${first.slug}/handout`);
  });
});
