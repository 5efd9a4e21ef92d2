import { findLesson } from '../content/course-meta';
import { loadLessonSpec } from '../content/lesson-specs';
import { languageInUse } from '../i18n/i18n';

/**
 * Starts fetching a lesson's own file as the route opens, beside the lesson page's code rather than
 * after that code has loaded and rendered: one round trip less before the lesson and its quiz are
 * on screen. A lesson version's body and questions are one file (vite.config.ts), so asking for its
 * questions brings its body too, and the page's own requests for both get this load. A failure is
 * the page's to show (it asks again and gets the same answer), so nothing is reported here.
 */
export async function preloadLesson(slug: string): Promise<void> {
  const lesson = findLesson(slug, languageInUse());
  if (!lesson) return;
  await loadLessonSpec(slug, lesson.spec.locale).catch(() => undefined);
}
