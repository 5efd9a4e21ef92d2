import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import { isLocale, SUPPORTED_LOCALES } from '../../i18n/locales';
import { courseSchema, type CourseIndex, type CourseSpec, type LessonVersions } from '../lesson-spec';
import { at, byPlace, type Diagnostic } from './diagnostic';
import { yamlProblem } from './yaml-problem';
import { extractLesson } from './extract-lesson';
import { slugProblem } from './lesson-folder';
import { missingImages } from './lesson-images';
import { validateCourse, type LessonFile } from './validate-course';

export interface LoadedCourse {
  index?: CourseIndex;
  diagnostics: Diagnostic[];
  /** Every file read, so a dev server can watch them. */
  files: string[];
}

function readCourseYaml(path: string, file: string, diagnostics: Diagnostic[]): CourseSpec | undefined {
  if (!existsSync(path)) {
    diagnostics.push(at(file, undefined, 'content/course.yaml is missing: create it with id, version, title (en, es) and passMark.'));
    return undefined;
  }
  const counter = new LineCounter();
  const text = readFileSync(path, 'utf8');
  const doc = parseDocument(text, { lineCounter: counter });
  if (doc.errors.length) {
    const lineOf = (offset: number) => {
      const p = counter.linePos(offset);
      return { line: p.line, column: p.col };
    };
    diagnostics.push(...doc.errors.map((e) => yamlProblem(file, 'course.yaml', text, e, lineOf)));
    return undefined;
  }
  const parsed = courseSchema.safeParse(doc.toJS() ?? {});
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = issue.path.join('.');
      const node = issue.path.length ? doc.getIn(issue.path, true) : undefined;
      const range = (node as { range?: [number] } | undefined)?.range;
      const p = range ? counter.linePos(range[0]) : { line: 1, col: 1 };
      const what = node === undefined && issue.code === 'invalid_type' ? `is missing "${path}"` : `"${path}": ${issue.message}`;
      diagnostics.push(at(file, { line: p.line, column: p.col }, `course.yaml ${what}. See the authoring guide for the expected shape.`));
    }
    return undefined;
  }
  return parsed.data;
}

/** Checks each language file of one lesson folder (`en.mdx`, `es.mdx` …); returns those that pass, by locale. */
function readLanguageFiles(
  dir: string,
  mdxFiles: readonly string[],
  slug: string,
  rel: (path: string) => string,
  diagnostics: Diagnostic[],
  files: string[],
): Map<string, LessonFile> {
  const versions = new Map<string, LessonFile>();
  for (const name of mdxFiles) {
    const path = join(dir, name);
    files.push(path);
    const locale = name.slice(0, -'.mdx'.length);
    if (!isLocale(locale)) {
      diagnostics.push(at(rel(path), undefined, `"${name}" is not a language the course offers: name lesson files ${SUPPORTED_LOCALES.map((l) => `${l}.mdx`).join(' or ')}.`));
      continue;
    }
    const result = extractLesson(readFileSync(path, 'utf8'), rel(path), slug, locale);
    diagnostics.push(...result.diagnostics);
    if (result.lesson) diagnostics.push(...missingImages(result.lesson.images, (name) => existsSync(join(dir, name)), rel(path)));
    if (result.lesson) versions.set(locale, { file: rel(path), lesson: result.lesson });
  }
  return versions;
}

/** Reads and checks the whole course under `root` (the project folder). */
export function loadCourse(root: string): LoadedCourse {
  const diagnostics: Diagnostic[] = [];
  const files: string[] = [];
  const rel = (p: string) => relative(root, p).split(sep).join('/');
  const coursePath = join(root, 'content', 'course.yaml');
  files.push(coursePath);
  const course = readCourseYaml(coursePath, rel(coursePath), diagnostics);

  const lessonsDir = join(root, 'content', 'lessons');
  const bySlug = new Map<string, Map<string, LessonFile>>();
  const slugs = existsSync(lessonsDir) ? readdirSync(lessonsDir).filter((d) => statSync(join(lessonsDir, d)).isDirectory()).sort() : [];
  for (const slug of slugs) {
    const dir = join(lessonsDir, slug);
    const mdxFiles = readdirSync(dir).filter((f) => f.endsWith('.mdx')).sort();
    const folderProblem = slugProblem(slug);
    if (folderProblem) {
      diagnostics.push(folderProblem);
      continue;
    }
    if (mdxFiles.length === 0) {
      diagnostics.push(at(rel(dir), undefined, `Lesson folder "${slug}" has no lesson file: add en.mdx.`));
      continue;
    }
    const versions = readLanguageFiles(dir, mdxFiles, slug, rel, diagnostics, files);
    // An en.mdx that could not be read has its own messages; its translations are compared with it
    // once it reads, rather than told that it does not exist.
    if (versions.size && (versions.has('en') || !mdxFiles.includes('en.mdx'))) bySlug.set(slug, versions);
  }
  if (slugs.length === 0) {
    diagnostics.push(at('content/lessons', undefined, 'The course has no lessons: add a folder content/lessons/<slug>/ with an en.mdx file.'));
  }
  diagnostics.push(...validateCourse(bySlug));
  diagnostics.sort(byPlace);
  if (diagnostics.length || !course) return { diagnostics, files };

  const lessons = [...bySlug.entries()]
    .map(([slug, versions]) => ({
      slug,
      versions: Object.fromEntries([...versions].map(([locale, f]) => [locale, f.lesson.spec])) as CourseIndex['lessons'][number]['versions'],
    }))
    .sort((a, b) => a.versions.en.order - b.versions.en.order);
  return { index: { course, lessons }, diagnostics, files };
}

export interface LoadedGallery {
  gallery?: LessonVersions;
  diagnostics: Diagnostic[];
  files: string[];
}

export const GALLERY_SLUG = 'gallery';
export const GALLERY_ID_PREFIX = 'gallery-';

/**
 * Reads and checks the trainers' component gallery, content/gallery/<locale>.mdx:
 * the same rules as a lesson, and every id starts with "gallery-" so that it
 * never clashes with the course's ids (scores and exports key on them).
 */
export function loadGallery(root: string): LoadedGallery {
  const diagnostics: Diagnostic[] = [];
  const files: string[] = [];
  const rel = (p: string) => relative(root, p).split(sep).join('/');
  const dir = join(root, 'content', GALLERY_SLUG);
  const mdxFiles = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.mdx')).sort() : [];
  if (mdxFiles.length === 0) {
    diagnostics.push(at('content/gallery', undefined, 'The component gallery has no page: add content/gallery/en.mdx (and es.mdx).'));
    return { diagnostics, files };
  }
  const versions = readLanguageFiles(dir, mdxFiles, GALLERY_SLUG, rel, diagnostics, files);
  for (const { file, lesson } of versions.values()) {
    for (const site of lesson.ids) {
      if (!site.id.startsWith(GALLERY_ID_PREFIX)) {
        diagnostics.push(
          at(file, site.position, `The id "${site.id}" is not a gallery id: start every id in the gallery with "${GALLERY_ID_PREFIX}" (for example id="${GALLERY_ID_PREFIX}${site.id}"), so it never clashes with the course.`),
        );
      }
    }
  }
  diagnostics.push(...validateCourse(new Map([[GALLERY_SLUG, versions]])));
  diagnostics.sort(byPlace);
  if (diagnostics.length) return { diagnostics, files };
  return {
    gallery: Object.fromEntries([...versions].map(([locale, f]) => [locale, f.lesson.spec])) as LessonVersions,
    diagnostics,
    files,
  };
}
