import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { RouterProvider, createMemoryRouter } from 'react-router';
import { everythingDone } from '../../tests/support/real-course-progress';
import { lessonsIn } from '../content/course-index';
import i18n from '../i18n/i18n';
import { useProgress } from '../progress/progress-store';
import { emptyProfile } from '../records/profile-schema';
import { useProfile } from '../records/profile-store';
import { verifyRecord } from '../records/verify-record';
import { routes } from './router';
import { captureDownloads } from '../../tests/support/downloads';

const t = i18n.getFixedT('en', 'records');
const specs = lessonsIn('en').map((l) => l.spec);
const taught = specs.filter((s) => s.kind === 'lesson');
const assessment = specs.find((s) => s.kind === 'assessment')!;
const learner = { name: 'Zoë Ñúñez', employeeId: 'E-0417', email: '' };

function renderAt(path: string) {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  render(<RouterProvider router={router} />);
  return router;
}


async function giveDetails(user: ReturnType<typeof userEvent.setup>, submit: string) {
  await user.type(screen.getByRole('textbox', { name: new RegExp(t('profile.name')) }), learner.name);
  await user.type(screen.getByRole('textbox', { name: new RegExp(t('profile.employeeId')) }), learner.employeeId);
  await user.click(screen.getByRole('button', { name: submit }));
}

beforeEach(async () => {
  act(() => {
    useProgress.getState().resetProgress();
    useProfile.getState().clearProfile();
  });
  await i18n.changeLanguage('en');
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the end of the course', () => {
  it('is a course completion screen, not a lesson’s, once the final assessment is passed', async () => {
    act(() => {
      useProgress.setState(everythingDone());
      useProfile.getState().saveProfile(learner);
    });
    const router = renderAt(`/lessons/${assessment.slug}/complete`);

    expect(await screen.findByRole('heading', { level: 1, name: t('courseComplete.heading', { course: 'Customer Focus' }) })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/course-complete');
    const achieved = screen.getByRole('region', { name: t('courseComplete.achievedHeading') });
    expect(achieved).toHaveTextContent(t('courseComplete.lessons', { completed: taught.length, total: taught.length }));
    expect(achieved).toHaveTextContent(t('courseComplete.assessment', { score: 100, passMark: 80 }));
    const certificate = screen.getByRole('region', { name: t('courseComplete.certificateHeading') });
    expect(certificate).toHaveTextContent(t('courseComplete.certificateReady', { name: learner.name, id: learner.employeeId }));
    expect(within(certificate).getByRole('link', { name: t('courseComplete.certificateLink') })).toHaveAttribute('href', '/certificate');
  });

  it('downloads the learner’s record as JSON that verifies', async () => {
    const files = captureDownloads();
    act(() => {
      useProgress.setState(everythingDone());
      useProfile.getState().saveProfile(learner);
    });
    renderAt('/course-complete');
    await userEvent.click(await screen.findByRole('button', { name: t('courseComplete.download') }));
    await screen.findByText(new RegExp(t('export.done', { filename: '' })));
    const record: unknown = JSON.parse(await files[0]!.blob.text());
    expect(record).toMatchObject({ status: 'completed', passed: true, learner: { name: learner.name, employeeId: learner.employeeId } });
    expect((await verifyRecord(record)).ok).toBe(true);
  });

  it('asks in place for the name and employee ID the learner skipped, then offers the certificate and the record', async () => {
    const user = userEvent.setup();
    act(() => {
      useProgress.setState(everythingDone());
    });
    renderAt('/course-complete');

    const certificate = await screen.findByRole('region', { name: t('courseComplete.certificateHeading') });
    expect(certificate).toHaveTextContent(t('courseComplete.needsDetails'));
    expect(screen.getByRole('button', { name: t('courseComplete.download') })).toHaveAttribute('aria-disabled', 'true');

    await giveDetails(user, t('certificate.make'));
    expect(useProfile.getState()).toMatchObject(learner);
    expect(within(certificate).getByRole('link', { name: t('courseComplete.certificateLink') })).toHaveFocus();
    expect(screen.getByRole('button', { name: t('courseComplete.download') })).not.toHaveAttribute('aria-disabled');
  });

  it('says so, without a certificate, when the course is not complete yet', async () => {
    renderAt('/course-complete');
    expect(await screen.findByText(t('courseComplete.notComplete'))).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: t('courseComplete.certificateHeading') })).not.toBeInTheDocument();
  });

  it('keeps a failed assessment on its own result screen', async () => {
    const state = everythingDone();
    const quiz = assessment.quizzes[0]!;
    state.quizzes[quiz.id] = { attempts: state.quizzes[quiz.id]!.attempts.slice(0, 1) };
    act(() => {
      useProgress.setState(state);
    });
    renderAt(`/lessons/${assessment.slug}/complete`);
    expect(await screen.findByRole('heading', { level: 1, name: i18n.getFixedT('en')('complete.heading', { title: assessment.title }) })).toBeInTheDocument();
  });
});

describe('the certificate of a complete course', () => {
  it('never says it unlocks once the course is complete: it asks for the missing details, then shows', async () => {
    const user = userEvent.setup();
    act(() => {
      useProgress.setState(everythingDone());
    });
    renderAt('/certificate');

    expect(await screen.findByText(t('certificate.needsDetails'))).toBeInTheDocument();
    expect(screen.queryByText(t('certificate.locked'))).not.toBeInTheDocument();
    await giveDetails(user, t('certificate.make'));

    const certificate = await screen.findByRole('article', { name: t('certificate.eyebrow') });
    expect(certificate).toHaveTextContent(learner.name);
    expect(screen.getByRole('heading', { level: 1, name: t('certificate.eyebrow') })).toHaveFocus();
  });
});

describe('the final assessment', () => {
  it('asks for the certificate’s name and employee ID before it starts, and saves them', async () => {
    const user = userEvent.setup();
    renderAt(`/lessons/${assessment.slug}`);
    const ask = await screen.findByRole('region', { name: t('certificateDetails.heading') });
    expect(ask).toHaveTextContent(t('certificateDetails.intro'));

    await giveDetails(user, t('certificateDetails.save'));
    expect(useProfile.getState()).toMatchObject(learner);
    expect(screen.queryByRole('region', { name: t('certificateDetails.heading') })).not.toBeInTheDocument();
    expect(screen.getByText(new RegExp(t('certificateDetails.saved', { name: learner.name })))).toHaveFocus();
  });

  it('lets the learner skip the details, leaving the profile empty', async () => {
    const user = userEvent.setup();
    renderAt(`/lessons/${assessment.slug}`);
    await user.click(await screen.findByRole('button', { name: t('certificateDetails.skip') }));
    expect(screen.getByText(t('certificateDetails.skipped'))).toHaveFocus();
    expect(useProfile.getState()).toMatchObject(emptyProfile());
  });

  it('does not ask a learner who already gave them', async () => {
    act(() => useProfile.getState().saveProfile(learner));
    renderAt(`/lessons/${assessment.slug}`);
    expect(await screen.findByRole('heading', { level: 1, name: assessment.title })).toBeInTheDocument();
    await screen.findByRole('button', { name: i18n.getFixedT('en', 'quiz')('start.button') });
    expect(screen.queryByRole('region', { name: t('certificateDetails.heading') })).not.toBeInTheDocument();
  });

  it('is not where an ordinary lesson asks anything', async () => {
    renderAt(`/lessons/${taught[0]!.slug}`);
    await screen.findByRole('button', { name: i18n.getFixedT('en', 'quiz')('start.button') });
    expect(screen.queryByRole('region', { name: t('certificateDetails.heading') })).not.toBeInTheDocument();
  });
});
