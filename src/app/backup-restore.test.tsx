import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { RouterProvider, createMemoryRouter } from 'react-router';
import i18n from '../i18n/i18n';
import { lessonsIn } from '../content/course-index';
import type { ProgressState } from '../progress/progress-schema';
import { useStorageStatus } from '../progress/progress-storage';
import { PROGRESS_KEY, useProgress } from '../progress/progress-store';
import { backupText } from '../records/backup';
import { formatDate } from '../records/records-format';
import { PROFILE_KEY, useProfile, useProfileStorageStatus } from '../records/profile-store';
import { APP_INFO } from './app-info';
import { routes } from './router';
import { captureDownloads } from '../../tests/support/downloads';

const t = i18n.getFixedT('en', 'records');
const first = lessonsIn('en').find((lesson) => lesson.spec.kind === 'lesson')!.spec;
const EXPORTED = '2026-03-04T10:00:00.000Z';

const progress: ProgressState = {
  lessons: { [first.slug]: { startedAt: '2026-03-01T09:00:00.000Z', completedAt: '2026-03-01T09:30:00.000Z', timeSpentMs: 600_000, lastVisitedAt: '2026-03-01T09:00:00.000Z' } },
  quizzes: {},
  reflections: { r1: { text: 'Listen first.', updatedAt: '2026-03-01T09:20:00.000Z' } },
};
const profile = { name: 'Ana Díaz', employeeId: 'E-1', email: '' };

const fileOf = (text: string, name = 'customer-focus-backup-2026-03-04.json') => new File([text], name, { type: 'application/json' });
const backupFile = (data = { progress, profile }) => fileOf(backupText(data, APP_INFO, new Date(EXPORTED)));

async function openProgress() {
  render(<RouterProvider router={createMemoryRouter(routes, { initialEntries: ['/progress'] })} />);
  return screen.findByLabelText(t('backup.restoreLabel'));
}

const status = () => screen.getAllByRole('status').find((el) => el.closest('.backup-restore'))!;

beforeEach(async () => {
  localStorage.clear();
  act(() => {
    useProgress.getState().resetProgress();
    useProfile.getState().clearProfile();
  });
  useStorageStatus.setState({ notices: [] });
  useProfileStorageStatus.setState({ notices: [] });
  await i18n.changeLanguage('en');
});

describe('back up and restore on my progress', () => {
  it('downloads everything this browser holds as one dated backup file that restores', async () => {
    const files = captureDownloads();
    act(() => {
      useProgress.getState().replaceAll(progress, false);
      useProfile.getState().saveProfile(profile);
    });
    await openProgress();
    await userEvent.click(screen.getByRole('button', { name: t('backup.download') }));

    expect(await screen.findByText(new RegExp(t('backup.downloaded', { filename: '' })))).toBeInTheDocument();
    expect(files).toHaveLength(1);
    expect(files[0]!.name).toMatch(/^customer-focus-backup-\d{4}-\d\d-\d\d\.json$/);
    const { readBackup } = await import('../records/backup');
    expect(readBackup(await files[0]!.blob.text())).toMatchObject({ ok: true, backup: { progress, profile } });
  });

  it('shows what a backup replaces, and replaces it only when confirmed', async () => {
    const input = await openProgress();
    await userEvent.upload(input, backupFile());

    const dialog = await screen.findByRole('dialog', { name: t('backup.dialogTitle') });
    expect(dialog).toHaveAccessibleDescription(t('backup.dialogIntro', { date: formatDate(EXPORTED, 'en', 'long') }));
    const row = (name: string) => within(dialog).getByRole('rowheader', { name }).closest('tr')!;
    expect(within(row(t('backup.row.lessonsCompleted'))).getAllByRole('cell').map((c) => c.textContent)).toEqual(['0', '1']);
    expect(within(row(t('backup.row.reflections'))).getAllByRole('cell').map((c) => c.textContent)).toEqual(['0', '1']);
    expect(within(row(t('backup.row.name'))).getAllByRole('cell').map((c) => c.textContent)).toEqual([t('backup.noName'), 'Ana Díaz']);
    expect(useProgress.getState().lessons).toEqual({});

    await userEvent.click(within(dialog).getByRole('button', { name: t('backup.confirm') }));

    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(status()).toHaveTextContent(t('backup.restored', { date: formatDate(EXPORTED, 'en', 'long') }));
    expect(status()).toHaveFocus();
    expect(useProgress.getState().lessons).toEqual(progress.lessons);
    expect(useProfile.getState().name).toBe('Ana Díaz');
    expect(JSON.parse(localStorage.getItem(PROFILE_KEY)!)).toMatchObject({ state: profile });
  });

  it('changes nothing when the learner cancels, and gives focus back to the file field', async () => {
    const input = await openProgress();
    await userEvent.upload(input, backupFile());
    const dialog = await screen.findByRole('dialog');
    await userEvent.click(within(dialog).getByRole('button', { name: t('backup.cancel') }));

    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(input).toHaveFocus();
    expect(useProgress.getState().lessons).toEqual({});
    expect(useProfile.getState().name).toBe('');
  });

  it.each([
    ['a damaged backup', () => fileOf(backupText({ progress, profile }, APP_INFO, new Date(EXPORTED)).slice(0, 120)), 'damaged'],
    ['a picture', () => fileOf('\u0089PNG\r\n', 'photo.png'), 'not-json'],
    ['a completion record', () => fileOf('{"format":"customer-focus-completion-record","formatVersion":1}'), 'completion-record'],
    ['a file over 5 MB', () => fileOf(' '.repeat(5 * 1024 * 1024 + 1)), 'too-large'],
  ] as const)('refuses %s with its own message and keeps the progress', async (_what, file, problem) => {
    act(() => useProgress.getState().replaceAll(progress, false));
    const saved = localStorage.getItem(PROGRESS_KEY);
    const input = await openProgress();
    await userEvent.upload(input, file(), { applyAccept: false });

    expect(await screen.findByText(t(`backup.problem.${problem}`))).toBe(status());
    expect(status()).toHaveFocus();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(useProgress.getState().lessons).toEqual(progress.lessons);
    expect(localStorage.getItem(PROGRESS_KEY)).toBe(saved);
  });

  it('shows a hostile name as text, cut visibly, and isolated from the text around it', async () => {
    const name = `<img src=x onerror="window.hacked=1">\u202E${'N'.repeat(10_000)}`;
    const input = await openProgress();
    await userEvent.upload(input, backupFile({ progress, profile: { ...profile, name } }));
    const dialog = await screen.findByRole('dialog');
    const cell = within(within(dialog).getByRole('rowheader', { name: t('backup.row.name') }).closest('tr')!).getAllByRole('cell')[1]!;

    expect(cell.querySelector('img')).toBeNull();
    const shown = cell.querySelector('bdi')!;
    expect(shown.textContent).toContain('<img src=x');
    expect(shown.textContent).toContain('…');
    expect(shown.textContent.length).toBeLessThan(200);
    expect(shown).toHaveTextContent(t('backup.nameCut', { count: name.length }));
    expect((window as { hacked?: number }).hacked).toBeUndefined();
  });

  it('puts everything back and says so when the browser cannot save the backup', async () => {
    act(() => useProgress.getState().replaceAll(progress, false));
    const saved = localStorage.getItem(PROGRESS_KEY);
    const input = await openProgress();
    await userEvent.upload(input, backupFile({ progress: { lessons: {}, quizzes: {}, reflections: {} }, profile }));
    const dialog = await screen.findByRole('dialog');
    const write = localStorage.setItem.bind(localStorage);
    const spy = vi.spyOn(localStorage, 'setItem').mockImplementation((key, value) => {
      if (key === PROFILE_KEY) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      write(key, value);
    });
    try {
      await userEvent.click(within(dialog).getByRole('button', { name: t('backup.confirm') }));
    } finally {
      spy.mockRestore();
    }

    expect(status()).toHaveTextContent(t('backup.saveFailed'));
    expect(useProgress.getState().lessons).toEqual(progress.lessons);
    expect(useProfile.getState().name).toBe('');
    expect(localStorage.getItem(PROGRESS_KEY)).toBe(saved);
  });
});
