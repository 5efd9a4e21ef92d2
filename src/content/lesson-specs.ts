import loaders from 'virtual:lesson-spec-loaders';
import type { Locale } from '../i18n/locales';
import { lessonsIn } from './course-meta';
import type { MDXContent } from 'mdx/types';
import type { LessonSpec } from './lesson-spec';
import type { AnyQuestionUi, StandaloneConnector } from '../quiz/question-ui-set';

/**
 * One lesson version's full spec, its questions included. Each version is its own chunk, with its
 * body, so the lesson page loads the questions of the lesson it shows, never the whole course's.
 */
export async function loadLessonSpec(slug: string, locale: Locale): Promise<LessonSpec> {
  return (await loadLessonVersion(slug, locale)).spec;
}

/**
 * What a lesson page shows, in one load: a lesson version's spec, its MDX body, the views of its
 * question types and, when a question stands alone, what connects it to progress.
 */
export interface LessonVersion {
  spec: LessonSpec;
  Body: MDXContent;
  questionUis: readonly AnyQuestionUi[];
  Standalone: StandaloneConnector | null;
}

export async function loadLessonVersion(slug: string, locale: Locale): Promise<LessonVersion> {
  const load = loaders[`${slug}/${locale}`];
  if (!load) throw new Error(`No lesson "${slug}" in "${locale}"`);
  const { default: spec, Body, questionUis, Standalone } = await load();
  return { spec, Body, questionUis, Standalone };
}

/**
 * Every lesson's full spec in `locale` (English where a lesson has no translation), in course
 * order: the same per-lesson chunks a lesson page loads, so the records pages never need the full
 * course index with every language's questions.
 */
export function loadLessonsIn(locale: Locale): Promise<LessonSpec[]> {
  return Promise.all(lessonsIn(locale).map(({ spec }) => loadLessonSpec(spec.slug, spec.locale)));
}
