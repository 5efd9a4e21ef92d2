import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Link, RouterProvider, createMemoryRouter } from 'react-router';
import i18n, { loadNamespace } from '../i18n/i18n';
import { LeaveGuard } from './LeaveGuard';

const t = i18n.getFixedT('en', 'hr');

beforeAll(async () => {
  await loadNamespace('hr');
});

const renderGuard = (active: boolean) =>
  render(
    <RouterProvider
      router={createMemoryRouter(
        [
          {
            path: '/hr',
            element: (
              <>
                <h1>Report</h1>
                <Link to="/">Home</Link>
                <LeaveGuard active={active} />
              </>
            ),
          },
          { path: '/', element: <h1>Home page</h1> },
        ],
        { initialEntries: ['/hr'] },
      )}
    />,
  );

describe('leaving the HR report', () => {
  it('asks first while records are loaded, and stays when HR says so', async () => {
    renderGuard(true);
    await userEvent.click(screen.getByRole('link', { name: 'Home' }));
    const dialog = await screen.findByRole('dialog', { name: t('leave.title') });
    expect(dialog).toHaveAccessibleDescription(t('leave.body'));
    await userEvent.click(screen.getByRole('button', { name: t('leave.stay') }));
    expect(screen.getByRole('heading', { level: 1, name: 'Report' })).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('leaves when HR confirms', async () => {
    renderGuard(true);
    await userEvent.click(screen.getByRole('link', { name: 'Home' }));
    await userEvent.click(await screen.findByRole('button', { name: t('leave.leave') }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Home page' })).toBeInTheDocument();
  });

  it('lets HR go without asking when nothing is loaded', async () => {
    renderGuard(false);
    await userEvent.click(screen.getByRole('link', { name: 'Home' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Home page' })).toBeInTheDocument();
  });

  it('has the browser warn before the tab is closed or reloaded with records loaded', () => {
    renderGuard(true);
    const event = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(event);
    expect(event.defaultPrevented).toBe(true);
  });
});
