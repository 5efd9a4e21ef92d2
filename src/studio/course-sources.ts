import { isLocale } from '../i18n/locales';
import type { CourseFile } from './check-draft';

// The course's lesson files as text, each its own file loaded when the studio asks: a trainer
// starts from one, and the rules across files read them all.
const sources = import.meta.glob<string>('/content/lessons/*/*.mdx', { query: '?raw', import: 'default' });
// Their addresses only (a few bytes each); a picture itself loads when the preview shows it.
const pictures = import.meta.glob<string>('/content/lessons/*/*.{png,jpg,jpeg,gif,svg,webp,avif}', { query: '?url', import: 'default', eager: true });

const place = (path: string) => {
  const [, slug = '', name = ''] = /\/content\/lessons\/([^/]+)\/([^/]+)$/.exec(path) ?? [];
  return { slug, name };
};

/** Every language file of the course, as the build reads it. */
export async function loadCourseFiles(): Promise<CourseFile[]> {
  const files = await Promise.all(
    Object.entries(sources).map(async ([path, load]) => {
      const { slug, name } = place(path);
      const locale = name.replace(/\.mdx$/, '');
      return isLocale(locale) ? [{ slug, locale, source: await load() }] : [];
    }),
  );
  return files.flat();
}

/** The pictures in each lesson folder of the course, by folder. */
export function coursePictures(): Record<string, string[]> {
  const byFolder: Record<string, string[]> = {};
  for (const path of Object.keys(pictures)) {
    const { slug, name } = place(path);
    (byFolder[slug] ??= []).push(name);
  }
  return byFolder;
}

/** Where the built course serves a picture of a lesson folder, if the course has it. */
export const pictureAddress = (slug: string, name: string): string | undefined => pictures[`/content/lessons/${slug}/${name}`];
