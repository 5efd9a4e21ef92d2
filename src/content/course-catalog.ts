import { SOURCE_LOCALE, type Locale } from '../i18n/locales';
import type { CourseSpec } from './lesson-spec';

/** A course index whose lessons are `T` (full specs, or the light metadata the home page needs). */
export interface Catalog<T> {
  course: CourseSpec;
  lessons: Array<{ slug: string; versions: Partial<Record<Locale, T>> & { en: T } }>;
}

export interface Localized<T> {
  spec: T;
  /** True when the lesson is not written in the asked language and shows English. */
  fallback: boolean;
}

export const courseText = (text: Partial<Record<string, string>> & { en: string }, locale: Locale): string =>
  text[locale] ?? text.en;

export const localize = <T>(versions: Partial<Record<Locale, T>> & { en: T }, locale: Locale): Localized<T> => {
  const own = versions[locale];
  return own ? { spec: own, fallback: false } : { spec: versions.en, fallback: locale !== SOURCE_LOCALE };
};

/** Lookups over one catalog: every lesson in course order, one lesson, the next one. */
export function catalogOf<T>(index: Catalog<T>) {
  return {
    lessonsIn: (locale: Locale): Array<Localized<T>> => index.lessons.map((l) => localize(l.versions, locale)),
    findLesson: (slug: string, locale: Locale): Localized<T> | undefined => {
      const entry = index.lessons.find((l) => l.slug === slug);
      return entry ? localize(entry.versions, locale) : undefined;
    },
  };
}
