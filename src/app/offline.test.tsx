import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { RouterProvider, createMemoryRouter } from 'react-router';
import i18n from '../i18n/i18n';
import { offlineSwitchedOff, useOffline } from './offline';
import { trackPageLoad, whenIdle } from './page-loads';
import { routes } from './router';

const t = i18n.getFixedT('en');
const renderHome = () => render(<RouterProvider router={createMemoryRouter(routes, { initialEntries: ['/'] })} />);

afterEach(() => act(() => useOffline.setState({ available: false, needRefresh: false, update: () => {} })));

describe('working offline', () => {
  it('says nothing until the course is stored on the device', async () => {
    renderHome();
    expect(await screen.findByRole('heading', { level: 1 })).toBeInTheDocument();
    expect(screen.queryByText(t('offline.available'))).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: t('offline.reload') })).not.toBeInTheDocument();
  });

  it('tells the learner on the home page once the course works offline', async () => {
    act(() => useOffline.setState({ available: true }));
    renderHome();
    expect(await screen.findByText(t('offline.available'))).toBeInTheDocument();
  });

  it('offers a new version and switches only when the learner says so', async () => {
    const update = vi.fn();
    act(() => useOffline.setState({ needRefresh: true, update }));
    renderHome();
    // Announced politely: the notice is a status message.
    expect((await screen.findByText(t('offline.update'))).closest('[role="status"]')).not.toBeNull();
    expect(update).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: t('offline.reload') }));
    expect(update).toHaveBeenCalledOnce();
  });

  it('lets the learner put the new version off', async () => {
    act(() => useOffline.setState({ needRefresh: true }));
    renderHome();
    await userEvent.click(await screen.findByRole('button', { name: t('offline.later') }));
    expect(screen.queryByText(t('offline.update'))).not.toBeInTheDocument();
  });
});

describe('storing the course for offline use', () => {
  it('waits for the first page and what it loads (a lesson\'s body and questions), then for an idle moment', async () => {
    let shown!: () => void;
    let lessonLoaded!: () => void;
    const firstPage = new Promise<void>((resolve) => (shown = resolve));
    let idle = false;
    void whenIdle(firstPage, 10).then(() => (idle = true));
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(idle).toBe(false);

    // The first page is on screen and asks for its lesson.
    void trackPageLoad(new Promise<void>((resolve) => (lessonLoaded = resolve)));
    shown();
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(idle).toBe(false);

    lessonLoaded();
    await vi.waitFor(() => expect(idle).toBe(true));
  });
});

describe('in an LMS package', () => {
  it('does not register a service worker when index.html carries the packages\' marker', () => {
    const page = document.implementation.createHTMLDocument('course');
    expect(offlineSwitchedOff(page)).toBe(false);
    // The same marker scripts/package/package-contents.ts writes.
    page.head.insertAdjacentHTML('beforeend', '<meta name="course-offline" content="off">');
    expect(offlineSwitchedOff(page)).toBe(true);
  });
});
