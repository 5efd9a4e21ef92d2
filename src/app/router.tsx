import { createHashRouter, type RouteObject } from 'react-router';
import { loadNamespace } from '../i18n/i18n';
import { AppLayout } from './AppLayout';
import { HomePage } from './HomePage';
import { preloadLesson } from './lesson-preload';
import { NotFoundPage } from './NotFoundPage';
import { RouteLoading, RouteProblem } from './RouteLoading';

export const routes: RouteObject[] = [
  {
    element: <AppLayout />,
    children: [
      {
        // A page whose code fails to load or that throws shows what happened inside the layout.
        ErrorBoundary: RouteProblem,
        // Shown while the first page's code loads, when the app opens on a lazy route (#/hr, say):
        // inside the layout, so the header is on screen from the first paint and nothing moves
        // when the page arrives (on the root route, the header appeared with the page and pushed
        // everything down: a layout shift).
        HydrateFallback: RouteLoading,
        children: [
      { index: true, element: <HomePage /> },
      // The lesson page (quiz UI, MDX runtime) loads on demand, keeping the home page light.
      {
        path: 'lessons/:slug',
        // The lesson's own file loads beside the page's code, not after it (lesson-preload.ts). The
        // loader does not wait for it: the page shows its header, then the body when it is in.
        loader: ({ params }) => {
          void preloadLesson(params.slug ?? '');
          return null;
        },
        lazy: async () => {
          const [{ LessonPage }] = await Promise.all([import('./LessonPage'), loadNamespace('quiz')]);
          return { Component: LessonPage };
        },
      },
      {
        path: 'lessons/:slug/complete',
        lazy: async () => {
          const [{ LessonCompletePage }] = await Promise.all([import('./LessonCompletePage'), loadNamespace('records')]);
          return { Component: LessonCompletePage };
        },
      },
      // The end of the course (passing the final assessment): achievements, certificate, record.
      {
        path: 'course-complete',
        lazy: async () => {
          const [{ CourseCompletePage, preloadLessons }] = await Promise.all([import('./CourseCompletePage'), loadNamespace('records')]);
          await preloadLessons().catch(() => undefined);
          return { Component: CourseCompletePage };
        },
      },
      // Records pages (profile, progress and export, certificate, handouts) load on demand too.
      {
        path: 'lessons/:slug/handout',
        lazy: async () => {
          const [{ HandoutPage }] = await Promise.all([import('./HandoutPage'), loadNamespace('records')]);
          return { Component: HandoutPage };
        },
      },
      // Progress and certificate show every lesson: they open once the learner's language's lessons are loaded
      // too (a failed load is the page's to show, with a way to try again).
      {
        path: 'progress',
        lazy: async () => {
          const [{ ProgressPage, preloadLessons }] = await Promise.all([import('./ProgressPage'), loadNamespace('records')]);
          await preloadLessons().catch(() => undefined);
          return { Component: ProgressPage };
        },
      },
      {
        path: 'profile',
        lazy: async () => {
          const [{ ProfilePage }] = await Promise.all([import('./ProfilePage'), loadNamespace('records')]);
          return { Component: ProfilePage };
        },
      },
      {
        path: 'certificate',
        lazy: async () => {
          const [{ CertificatePage, preloadLessons }] = await Promise.all([import('./CertificatePage'), loadNamespace('records')]);
          await preloadLessons().catch(() => undefined);
          return { Component: CertificatePage };
        },
      },
      // The trainers' component gallery: not in the catalog, and never in a learner's download.
      {
        path: 'gallery',
        lazy: async () => {
          const [{ GalleryPage }] = await Promise.all([import('./GalleryPage'), loadNamespace('quiz', 'records')]);
          return { Component: GalleryPage };
        },
      },
      // The trainers' lesson studio: its code, the lesson checker and the course's sources load on this route only.
      { path: 'studio', lazy: () => import('./StudioPage').then((page) => page.studioRoute()) },
      // The HR completion report (#/hr): its code, texts and workers load on this route only.
      {
        path: 'hr',
        lazy: async () => {
          // The report's own texts ('records') load with its panels, once the page has drawn (HrPage.tsx).
          const [{ HrPage }] = await Promise.all([import('../hr/HrPage'), loadNamespace('hr')]);
          return { Component: HrPage };
        },
      },
      { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];

/**
 * Hash URLs: the same build runs from a web server, an LMS package folder or
 * an offline cache without server rewrites.
 */
export const router = createHashRouter(routes);
