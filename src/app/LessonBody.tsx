import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LessonVersion } from '../content/lesson-specs';
import { LessonContext } from './lesson-context';
import { questionUiSetOf, QuestionUisContext } from '../quiz/question-ui-set';
import { mdxComponentsFor } from './mdx-components';
import { PageProblem } from './RouteLoading';
import { reloadPage, trackPageLoad } from './page-loads';

/** The lesson components, for a page that renders a lesson some other way (the studio's preview). */
export { mdxComponentsFor };

/**
 * A page body, the spec its components read their data from (quizzes, reflections), the views of
 * its question types, and what connects a question standing alone to progress: what a lesson
 * version's file holds (the gallery gives the same).
 */
export type LoadedBody = LessonVersion;

export type BodyState = { status: 'loading' } | ({ status: 'ready' } & LoadedBody) | { status: 'error' };

/** Loads an MDX body (a lazy chunk) with its spec. Memoize `load`. `retry` loads the page afresh (`reloadPage`). */
export function useMdxBody(load: () => Promise<LoadedBody>): { body: BodyState; retry: () => void } {
  const [body, setBody] = useState<BodyState>({ status: 'loading' });

  useEffect(() => {
    let live = true;
    trackPageLoad(load()).then(
      (loaded) => live && setBody({ status: 'ready', ...loaded }),
      () => live && setBody({ status: 'error' }),
    );
    return () => {
      live = false;
    };
  }, [load]);

  return { body, retry: reloadPage };
}


/**
 * An MDX page body with the lesson components (the one flat map) and its spec,
 * so quizzes and reflections find their data by id. Shows loading and a retry
 * while the chunk is not there. The lesson page and the gallery both use it.
 */
export function LessonBody({ body, onRetry }: { body: BodyState; onRetry: () => void }) {
  const { t } = useTranslation();
  const uis = body.status === 'ready' ? body.questionUis : undefined;
  const questionUis = useMemo(() => questionUiSetOf(uis ?? []), [uis]);
  if (body.status === 'loading') return <p role="status">{t('lesson.loading')}</p>;
  // The body's file did not load (the connection dropped, or a new version no longer has it).
  if (body.status === 'error') return <PageProblem level={2} onRetry={onRetry} />;
  return (
    <LessonContext.Provider value={body.spec}>
      <QuestionUisContext.Provider value={questionUis}>
        <body.Body components={mdxComponentsFor(body.questionUis, body.Standalone)} />
      </QuestionUisContext.Provider>
    </LessonContext.Provider>
  );
}
