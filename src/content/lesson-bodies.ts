import type { MDXContent } from 'mdx/types';
import { SOURCE_LOCALE, type Locale } from '../i18n/locales';

/** Each lesson body is its own chunk, fetched when the lesson opens. */
const bodies = import.meta.glob<{ default: MDXContent }>('/content/lessons/*/*.mdx');

export async function loadLessonBody(slug: string, locale: Locale): Promise<MDXContent> {
  const load = bodies[`/content/lessons/${slug}/${locale}.mdx`] ?? bodies[`/content/lessons/${slug}/${SOURCE_LOCALE}.mdx`];
  if (!load) throw new Error(`No lesson body for "${slug}"`);
  return (await load()).default;
}
