import { createHashRouter, type RouteObject } from 'react-router';
import { AppLayout } from './AppLayout';
import { HomePage } from './HomePage';
import { LessonCompletePage } from './LessonCompletePage';
import { NotFoundPage } from './NotFoundPage';

export const routes: RouteObject[] = [
  {
    element: <AppLayout />,
    children: [
      { index: true, element: <HomePage /> },
      // The lesson page (quiz UI, MDX runtime) loads on demand, keeping the home page light.
      { path: 'lessons/:slug', lazy: async () => ({ Component: (await import('./LessonPage')).LessonPage }) },
      { path: 'lessons/:slug/complete', element: <LessonCompletePage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

/**
 * Hash URLs: the same build runs from a web server, an LMS package folder or
 * an offline cache without server rewrites.
 */
export const router = createHashRouter(routes);
