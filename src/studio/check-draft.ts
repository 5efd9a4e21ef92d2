import type { Root } from 'mdast';
import { SOURCE_LOCALE, type Locale } from '../i18n/locales';
import type { LessonSpec } from '../content/lesson-spec';
import { byPlace, type Diagnostic } from '../content/compile/diagnostic';
import { extractLesson, type ExtractedLesson } from '../content/compile/extract-lesson';
import { lessonFile, slugProblem } from '../content/compile/lesson-folder';
import { missingImages } from '../content/compile/lesson-images';
import { validateCourse, type LessonFile } from '../content/compile/validate-course';

/** One language file of the course as it is on disk (its source), so the rules across files see the whole course. */
export interface CourseFile {
  slug: string;
  locale: Locale;
  source: string;
}

export interface DraftCheckRequest {
  /** The lesson's folder: a course lesson's, or a new one. */
  slug: string;
  locale: Locale;
  source: string;
  /** The English file a translation is checked against (the studio's English draft of the same lesson). */
  english?: string;
  /** Every language file of the course; the draft replaces its own (and `english` the English one). */
  course: readonly CourseFile[];
  /** The pictures in each lesson folder of the course, by folder. */
  pictures: Readonly<Record<string, readonly string[]>>;
}

export interface DraftCheck {
  /** The path the build names the draft by, `content/lessons/<slug>/<locale>.mdx`. */
  file: string;
  /** Every problem the build would report in this file, by place. */
  problems: Diagnostic[];
  /** A translation is compared with its English file only once that file reads: how many problems it has. */
  englishProblems: number;
  /** The lesson as the course would ship it, when it has no problem. */
  lesson?: LessonSpec;
  /** The tree the MDX compiler would render, once the MDX could be read (even with problems). */
  tree?: Root;
}

const read = (source: string, file: string, slug: string, locale: Locale, pictures: readonly string[]) => {
  const result = extractLesson(source, file, slug, locale);
  const problems = result.lesson ? missingImages(result.lesson.images, (name) => pictures.includes(name), file) : result.diagnostics;
  return { ...result, problems };
};

type Read = ReturnType<typeof read>;

/**
 * The course's own files are read once: a check while a trainer types reads only the draft and
 * its English file again. Keyed by everything the reading depends on.
 */
const courseReads = new Map<string, Read>();
const readCourseFile = ({ slug, locale, source }: CourseFile, pictures: readonly string[]): Read => {
  const key = `${slug}\u0000${locale}\u0000${pictures.join('\u0000')}\u0000${source}`;
  let found = courseReads.get(key);
  if (!found) {
    found = read(source, lessonFile(slug, locale), slug, locale, pictures);
    courseReads.set(key, found);
  }
  return found;
};

/**
 * Checks one lesson file as `npm run check:content` and the build would, with the rest of the
 * course beside it: the same reading of the file and the same rules across files (orders, ids,
 * one assessment, translations that keep the English ids, answer keys and points). Only the
 * draft's own problems are returned; the course's files are the build's to report.
 */
export function checkDraft(request: DraftCheckRequest): DraftCheck {
  const { slug, locale, source, english, course, pictures } = request;
  const file = lessonFile(slug, locale);
  const folder = slugProblem(slug);
  const own = read(source, file, slug, locale, pictures[slug] ?? []);

  // The build reads folders and their files in name order, and the rules across files name the
  // first one read as the owner: the same order here gives the same words.
  const reads: { slug: string; locale: Locale; lesson: ExtractedLesson | undefined; ok: boolean }[] = [];
  let englishRead: Read | undefined;
  if (locale !== SOURCE_LOCALE && english !== undefined) {
    englishRead = read(english, lessonFile(slug, SOURCE_LOCALE), slug, SOURCE_LOCALE, pictures[slug] ?? []);
    reads.push({ slug, locale: SOURCE_LOCALE, lesson: englishRead.lesson, ok: !englishRead.problems.length });
  }
  const replaced = (f: CourseFile) => f.slug === slug && (f.locale === locale || (englishRead !== undefined && f.locale === SOURCE_LOCALE));
  for (const f of course.filter((file) => !replaced(file))) {
    const courseRead = readCourseFile(f, pictures[f.slug] ?? []);
    reads.push({ slug: f.slug, locale: f.locale, lesson: courseRead.lesson, ok: !courseRead.problems.length });
  }
  reads.push({ slug, locale, lesson: own.lesson, ok: !own.problems.length });

  const bySlug = new Map<string, Map<string, LessonFile>>();
  const inOrder = reads.sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : a.locale < b.locale ? -1 : a.locale > b.locale ? 1 : 0));
  for (const entry of inOrder) {
    const versions = bySlug.get(entry.slug) ?? new Map<string, LessonFile>();
    bySlug.set(entry.slug, versions);
    if (entry.ok && entry.lesson) versions.set(entry.locale, { file: lessonFile(entry.slug, entry.locale), lesson: entry.lesson });
  }
  // As the build does: a lesson with nothing readable is left out, and one whose English file does
  // not read is not compared until it does.
  for (const [key, versions] of bySlug) {
    const englishWritten = reads.some((entry) => entry.slug === key && entry.locale === SOURCE_LOCALE);
    if (!versions.size || (englishWritten && !versions.has(SOURCE_LOCALE))) bySlug.delete(key);
  }

  const across = validateCourse(bySlug).filter((d) => d.file === file);
  const problems = [...(folder ? [folder] : []), ...own.problems, ...across].sort(byPlace);
  return {
    file,
    problems,
    englishProblems: englishRead?.problems.length ?? 0,
    ...(problems.length === 0 && own.lesson ? { lesson: own.lesson.spec } : {}),
    ...(own.tree ? { tree: own.tree } : {}),
  };
}
