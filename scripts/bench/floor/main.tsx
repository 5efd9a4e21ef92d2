/*
 * The floor the course's sizes and timings are compared with: a hello world on the same stack
 * (React, ReactDOM, react-router with hash routes, i18next with react-i18next, zustand), built with
 * the same Vite settings. Nothing of the course is in it. scripts/bench/floor.ts builds it.
 * Its index.html has what the course's head has (a description, an icon) and public/ a robots.txt,
 * so that Lighthouse's best-practice and SEO scores of the floor compare like with like.
 */
import i18next from 'i18next';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { initReactI18next, useTranslation } from 'react-i18next';
import { createHashRouter, RouterProvider } from 'react-router';
import { create } from 'zustand';
import { persist } from 'zustand/middleware';

void i18next.use(initReactI18next).init({
  lng: 'en',
  resources: { en: { translation: { hello: 'Hello, world' } } },
  interpolation: { escapeValue: false },
});

const useVisits = create<{ visits: number; visit: () => void }>()(
  persist((set) => ({ visits: 0, visit: () => set((state) => ({ visits: state.visits + 1 })) }), { name: 'floor' }),
);

// The course's typed keys do not apply to this stand-alone page.
type Translate = (key: string) => string;

function Hello() {
  const t = useTranslation().t as unknown as Translate;
  const visits = useVisits((state) => state.visits);
  return (
    <main>
      <h1>{t('hello')}</h1>
      <p data-visits={visits}>{t('hello')}</p>
    </main>
  );
}

const router = createHashRouter([{ path: '*', element: <Hello /> }]);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <RouterProvider router={router} />
  </StrictMode>,
);
