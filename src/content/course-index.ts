import index from 'virtual:course-index';
import { SOURCE_LOCALE, type Locale } from '../i18n/locales';
import type { CourseIndex, CourseSpec, LessonSpec } from './lesson-spec';

export interface LocalizedLesson {
  spec: LessonSpec;
  /** True when the lesson is not written in the asked language and shows English. */
  fallback: boolean;
}

export const course: CourseSpec = index.course;

export const courseText = (text: Partial<Record<string, string>> & { en: string }, locale: Locale): string =>
  text[locale] ?? text.en;

export const localize = (versions: CourseIndex['lessons'][number]['versions'], locale: Locale): LocalizedLesson => {
  const own = versions[locale];
  return own ? { spec: own, fallback: false } : { spec: versions.en, fallback: locale !== SOURCE_LOCALE };
};

/** Every lesson in course order, in the asked language where it exists. */
export const lessonsIn = (locale: Locale): LocalizedLesson[] => index.lessons.map((l) => localize(l.versions, locale));

export const findLesson = (slug: string, locale: Locale): LocalizedLesson | undefined => {
  const entry = index.lessons.find((l) => l.slug === slug);
  return entry ? localize(entry.versions, locale) : undefined;
};

/** The lesson after `slug` in course order, if any. */
export const nextLesson = (slug: string, locale: Locale): LocalizedLesson | undefined => {
  const at = index.lessons.findIndex((l) => l.slug === slug);
  const next = at >= 0 ? index.lessons[at + 1] : undefined;
  return next ? localize(next.versions, locale) : undefined;
};
