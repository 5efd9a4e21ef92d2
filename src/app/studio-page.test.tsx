import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { RouterProvider, createMemoryRouter } from 'react-router';
import i18n, { loadNamespace } from '../i18n/i18n';
import { useProgress } from '../progress/progress-store';
import { checkDraft } from '../studio/check-draft';
import { DRAFT_KEY, useDraft } from '../studio/draft-store';
import { routes } from './router';
import { studioRoute } from './StudioPage';

// happy-dom runs no module workers: the page checks with the same function, in the page.
vi.mock('../studio/draft-checker', (): typeof import('../studio/draft-checker') => ({
  createDraftChecker: () => ({
    check: (request) => Promise.resolve(checkDraft(request)),
    dispose: () => undefined,
  }),
}));

const t = i18n.getFixedT('en', 'studio');
const q = i18n.getFixedT('en', 'quiz');

beforeAll(async () => {
  await loadNamespace('quiz');
  await studioRoute();
});

beforeEach(() => {
  localStorage.clear();
  useDraft.setState({ draft: undefined });
});

const renderStudio = () => render(<RouterProvider router={createMemoryRouter(routes, { initialEntries: ['/studio'] })} />);
const editor = () => screen.getByRole('textbox', { name: /^Lesson source \(MDX\)/ });
const summary = () => within(screen.getByRole('region', { name: t('problems.heading') })).getByRole('status');
const preview = () => screen.getByRole('region', { name: t('preview.heading') });

describe('the lesson studio', () => {
  it('checks a blank lesson, lists a problem at its line, moves the cursor there, and shows the fixed lesson', async () => {
    const user = userEvent.setup();
    renderStudio();
    await user.click(await screen.findByRole('button', { name: t('start.blank') }));
    await waitFor(() => expect(summary()).toHaveTextContent(t('problems.none')), { timeout: 5000 });
    expect(await within(preview()).findByRole('button', { name: q('start.button') })).toBeInTheDocument();

    const clean = (editor() as HTMLTextAreaElement).value;
    const quizLine = clean.split('\n').findIndex((line) => line.startsWith('<Quiz ')) + 1;
    await user.clear(editor());
    await user.paste(clean.replace('<Quiz id=', '<Quizz id=').replace('</Quiz>', '</Quizz>'));
    await waitFor(() => expect(summary()).toHaveTextContent(t('problems.count', { count: 1 })), { timeout: 5000 });
    const problem = screen.getByRole('button', { name: new RegExp(`^${t('problems.place', { line: quizLine, column: 1 })}`) });
    expect(problem).toHaveTextContent('<Quizz> is not a lesson component. Did you mean <Quiz>?');
    expect(editor()).toHaveAttribute('aria-invalid', 'true');
    // The preview keeps the last version with no problem, and says so.
    expect(within(preview()).getByText(t('preview.stale'))).toBeInTheDocument();

    await user.click(problem);
    const area = editor() as HTMLTextAreaElement;
    expect(area).toHaveFocus();
    expect(area.value.slice(0, area.selectionStart).split('\n')).toHaveLength(quizLine);
    expect(screen.getByText(t('editor.position', { line: quizLine, column: 1 }), { selector: '.studio-caret' })).toBeInTheDocument();

    await user.clear(area);
    await user.paste(clean.replace('A new lesson', 'Listening first'));
    await waitFor(() => expect(summary()).toHaveTextContent(t('problems.none')), { timeout: 10_000 });
    expect(within(preview()).getByText('Listening first')).toBeInTheDocument();
  });

  it('keeps answers given in the preview out of the learner\'s progress', async () => {
    const user = userEvent.setup();
    renderStudio();
    await user.click(await screen.findByRole('button', { name: t('start.blank') }));
    await user.click(await within(preview()).findByRole('button', { name: q('start.button') }, { timeout: 5000 }));
    await user.click(within(preview()).getByRole('radio', { name: 'The right answer' }));
    await user.click(within(preview()).getByRole('button', { name: q('check') }));
    expect((await within(preview()).findAllByText(q('verdict.correct'))).length).toBeGreaterThan(0);
    expect(useProgress.getState().quizzes).toEqual({});
  });

  it('keeps the draft on the device as the trainer types, and asks before replacing it', async () => {
    const user = userEvent.setup();
    renderStudio();
    await user.click(await screen.findByRole('button', { name: t('start.blank') }));
    await user.type(editor(), 'x');
    expect(JSON.parse(localStorage.getItem(DRAFT_KEY)!)).toMatchObject({ version: 1, state: { draft: { slug: 'new-lesson', locale: 'en', origin: 'blank' } } });

    await user.click(screen.getByRole('button', { name: t('start.blank') }));
    expect(screen.getByText(t('start.replace', { folder: 'new-lesson' }))).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: t('start.replaceCancel') }));
    expect((editor() as HTMLTextAreaElement).value.endsWith('x')).toBe(true);
  });

  it('starts a translation from the English file when the lesson has none in Spanish', async () => {
    const user = userEvent.setup();
    renderStudio();
    await user.click(await screen.findByRole('button', { name: t('start.blank') }));
    await user.click(screen.getByRole('button', { name: t('tabs.es') }));
    expect(screen.getByText(t('file.noTranslation', { language: t('languages.es') }))).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: t('file.translate', { language: t('languages.es') }) }));
    await waitFor(() => expect(summary()).toHaveTextContent(t('problems.none')), { timeout: 5000 });
    expect(screen.getByRole('heading', { level: 2, name: 'content/lessons/new-lesson/es.mdx' })).toBeInTheDocument();
  });
});
