import { render, screen } from '@testing-library/react';
import { RouterProvider, createMemoryRouter } from 'react-router';
import i18n from '../i18n/i18n';
import { routes } from './router';

// A course whose first lesson has no Spanish file.
vi.mock('../content/course-meta', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../content/course-meta')>();
  const english = actual.lessonsIn('en');
  return {
    ...actual,
    lessonsIn: () => english.map((l) => ({ ...l, fallback: true })),
    findLesson: (slug: string) => {
      const found = english.find((l) => l.spec.slug === slug);
      return found && { ...found, fallback: true };
    },
  };
});

afterEach(() => i18n.changeLanguage('en'));

it('shows an untranslated lesson in English with a notice in the learner language', async () => {
  await i18n.changeLanguage('es');
  const { lessonsIn } = await import('../content/course-meta');
  const lesson = lessonsIn('es')[0]!.spec;
  render(<RouterProvider router={createMemoryRouter(routes, { initialEntries: [`/lessons/${lesson.slug}`] })} />);
  expect(await screen.findByRole('heading', { level: 1, name: lesson.title })).toBeInTheDocument();
  const notice = screen.getByRole('note');
  expect(notice).toHaveTextContent(i18n.getFixedT('es')('lesson.fallback'));
  expect(notice).toHaveAttribute('lang', 'es');
  expect(screen.getByRole('article')).toHaveAttribute('lang', 'en');
});
