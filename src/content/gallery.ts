import type { MDXContent } from 'mdx/types';
import gallery from 'virtual:gallery-index';
import type { Locale } from '../i18n/locales';
import type { LessonSpec } from './lesson-spec';
import { localize, type Localized } from './course-catalog';

/**
 * The trainers' component gallery: a page of content/gallery, checked like a
 * lesson but outside the course. Only the gallery route imports this module,
 * so learners never download it.
 */
const bodies = import.meta.glob<{ default: MDXContent }>('/content/gallery/*.mdx');

export const galleryIn = (locale: Locale): Localized<LessonSpec> => localize(gallery, locale);

export async function loadGalleryBody(locale: Locale): Promise<MDXContent> {
  const load = bodies[`/content/gallery/${galleryIn(locale).spec.locale}.mdx`];
  if (!load) throw new Error(`No gallery page for "${locale}"`);
  return (await load()).default;
}
