import loaders from 'virtual:lesson-spec-loaders';
import type { Locale } from '../i18n/locales';
import { lessonsIn } from './course-meta';
import type { LessonSpec } from './lesson-spec';

/**
 * One lesson version's full spec, its questions included. Each is its own chunk, so the lesson
 * page loads the questions of the lesson it shows (with its body), never the whole course's.
 */
export async function loadLessonSpec(slug: string, locale: Locale): Promise<LessonSpec> {
  const load = loaders[`${slug}/${locale}`];
  if (!load) throw new Error(`No lesson "${slug}" in "${locale}"`);
  return (await load()).default;
}

/**
 * Every lesson's full spec in `locale` (English where a lesson has no translation), in course
 * order: the same per-lesson chunks a lesson page loads, so the records pages never need the full
 * course index with every language's questions.
 */
export function loadLessonsIn(locale: Locale): Promise<LessonSpec[]> {
  return Promise.all(lessonsIn(locale).map(({ spec }) => loadLessonSpec(spec.slug, spec.locale)));
}
