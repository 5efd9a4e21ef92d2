import { act, render, screen } from '@testing-library/react';
import { StrictMode } from 'react';
import { RouterProvider, createMemoryRouter } from 'react-router';
import i18n from '../i18n/i18n';
import { course, courseText } from '../content/course-meta';
import { useProgress } from '../progress/progress-store';
import { routes } from './router';


/** The app as `npm run dev` runs it: in StrictMode, which runs every effect twice on mount. */
function renderStrict(path: string) {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  render(
    <StrictMode>
      <RouterProvider router={router} />
    </StrictMode>,
  );
  return router;
}

beforeEach(async () => {
  act(() => useProgress.getState().resetProgress());
  await i18n.changeLanguage('en');
});

describe('focus on page changes', () => {
  it('leaves focus alone when a page is loaded, even when effects run twice', () => {
    renderStrict('/');
    expect(screen.getByRole('heading', { level: 1, name: courseText(course.title, 'en') })).not.toHaveFocus();
  });

  it('moves focus to the new page heading after a navigation', async () => {
    const router = renderStrict('/');
    await act(() => router.navigate('/profile'));
    expect(await screen.findByRole('heading', { level: 1, name: i18n.getFixedT('en', 'records')('profile.title') })).toHaveFocus();
  });

  it('lets the app place the scroll itself, so the browser never moves a restored lesson', () => {
    renderStrict('/');
    expect(history.scrollRestoration).toBe('manual');
  });
});
