
import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { isLocale } from '../../i18n/locales';
import { questionUiModules } from '../../quiz/question-ui-modules';
import { formatDiagnostic, type Diagnostic } from './diagnostic';
import { extractLesson } from './extract-lesson';
import { missingImages } from './lesson-images';
import { courseMeta } from './lesson-meta';
import { GALLERY_SLUG, loadCourse, loadGallery } from './load-course';
import type { LessonSpec, LessonVersions } from '../lesson-spec';

export const COURSE_INDEX_ID = 'virtual:course-index';
const RESOLVED_ID = `\0${COURSE_INDEX_ID}`;
const LESSON_FILE = /[\\/]content[\\/]lessons[\\/]([^\\/]+)[\\/]([^\\/]+)\.mdx$/;
export const COURSE_META_ID = 'virtual:course-meta';
const RESOLVED_META_ID = `\0${COURSE_META_ID}`;
export const GALLERY_INDEX_ID = 'virtual:gallery-index';
const RESOLVED_GALLERY_ID = `\0${GALLERY_INDEX_ID}`;
const GALLERY_FILE = /[\\/]content[\\/]gallery[\\/]([^\\/]+)\.mdx$/;
/** One lesson version's full spec (`virtual:lesson-spec/<slug>/<locale>`), and the loaders of them all. */
export const LESSON_SPEC_PREFIX = 'virtual:lesson-spec/';
export const LESSON_SPEC_LOADERS_ID = 'virtual:lesson-spec-loaders';
const RESOLVED_LOADERS_ID = `\0${LESSON_SPEC_LOADERS_ID}`;

/** What connects a question standing alone in a lesson (outside any quiz) to the learner's progress. */
const STANDALONE_MODULE = { file: 'src/app/ConnectedStandalone.tsx', name: 'ConnectedStandalone' };

/**
 * A lesson version's module: its spec, its body (the two are one file, vite.config.ts), the views
 * of the question types it uses and, when a question stands alone, what connects it to progress:
 * imported here so they are fetched beside the lesson's own file, never the views of types the
 * lesson does not use.
 */
export function lessonSpecModule(version: LessonSpec): string {
  const types = [...new Set(version.quizzes.flatMap((quiz) => quiz.questions.map((question) => question.type)))].sort();
  const views = types.map((type) => questionUiModules[type]);
  const standalone = version.quizzes.some((quiz) => quiz.standalone);
  const imports = standalone ? [...views, STANDALONE_MODULE] : views;
  return [
    ...imports.map(({ file, name }) => `import { ${name} } from ${JSON.stringify(`/${file}`)};`),
    `export { default as Body } from ${JSON.stringify(`/content/lessons/${version.slug}/${version.locale}.mdx`)};`,
    `export const questionUis = [${views.map(({ name }) => name).join(', ')}];`,
    `export const Standalone = ${standalone ? STANDALONE_MODULE.name : 'null'};`,
    `export default ${JSON.stringify(version)};`,
  ].join('\n');
}

/** The lines around a problem, with a caret under its column. */
function codeFrame(file: string, line: number, column: number): string | undefined {
  if (!existsSync(file) || !file.endsWith('.mdx') && !file.endsWith('.yaml')) return undefined;
  const lines = readFileSync(file, 'utf8').split('\n');
  const from = Math.max(1, line - 2);
  const to = Math.min(lines.length, line + 2);
  const width = String(to).length;
  const out: string[] = [];
  for (let n = from; n <= to; n++) {
    out.push(`${n === line ? '>' : ' '} ${String(n).padStart(width)} | ${lines[n - 1] ?? ''}`);
    if (n === line) out.push(`  ${' '.repeat(width)} | ${' '.repeat(Math.max(0, column - 1))}^`);
  }
  return out.join('\n');
}

/** An error Vite shows with file, line and column (overlay and build output). */
function contentError(root: string, diagnostics: Diagnostic[]): Error {
  const first = diagnostics[0]!;
  const count = diagnostics.length;
  const error = new Error(
    `The course content has ${count} problem${count === 1 ? '' : 's'}:\n${diagnostics.map(formatDiagnostic).join('\n')}`,
  ) as Error & { id?: string; loc?: { file: string; line: number; column: number }; plugin?: string; frame?: string };
  const file = resolve(root, first.file);
  error.id = file;
  error.loc = { file, line: first.line, column: first.column };
  error.plugin = 'course-content';
  error.frame = codeFrame(file, first.line, first.column);
  // The trace points into the build tool, not the lesson: show the message only.
  error.stack = '';
  return error;
}

/**
 * Serves the course index (course.yaml, every lesson's frontmatter and its
 * validated question specs, no lesson bodies) as `virtual:course-index`, the
 * trainers' component gallery (content/gallery, its spec per language) as
 * `virtual:gallery-index`, and stops dev and build with file:line:column when
 * content breaks the contract.
 */
export function coursePlugin(): Plugin {
  let root = process.cwd();
  let server: ViteDevServer | undefined;
  /** The course, read once per build (and again after a content file changes in dev). */
  let course: ReturnType<typeof loadCourse> | undefined;
  const isContent = (file: string) => {
    const rel = relative(root, file).split(sep).join('/');
    return rel.startsWith('content/') && /\.(mdx|ya?ml)$/.test(rel);
  };
  return {
    name: 'course-content',
    enforce: 'pre',
    configResolved(config) {
      root = config.root;
    },
    configureServer(devServer) {
      server = devServer;
      devServer.watcher.add(resolve(root, 'content'));
      const refresh = (file: string) => {
        if (!isContent(file)) return;
        course = undefined;
        for (const mod of devServer.moduleGraph.idToModuleMap.values()) {
          const id = mod.id ?? '';
          if ([RESOLVED_ID, RESOLVED_META_ID, RESOLVED_GALLERY_ID, RESOLVED_LOADERS_ID].includes(id) || id.startsWith(`\0${LESSON_SPEC_PREFIX}`)) {
            devServer.moduleGraph.invalidateModule(mod);
          }
        }
        devServer.ws.send({ type: 'full-reload' });
      };
      devServer.watcher.on('add', refresh);
      devServer.watcher.on('unlink', refresh);
      devServer.watcher.on('change', refresh);
    },
    resolveId(id) {
      if (id === LESSON_SPEC_LOADERS_ID) return RESOLVED_LOADERS_ID;
      if (id.startsWith(LESSON_SPEC_PREFIX)) return `\0${id}`;
      if (id === COURSE_INDEX_ID) return RESOLVED_ID;
      if (id === COURSE_META_ID) return RESOLVED_META_ID;
      return id === GALLERY_INDEX_ID ? RESOLVED_GALLERY_ID : undefined;
    },
    load(id) {
      if (id === RESOLVED_GALLERY_ID) {
        const { gallery, diagnostics, files } = loadGallery(root);
        for (const file of files) this.addWatchFile(file);
        if (!gallery) throw contentError(root, diagnostics);
        return `export default ${JSON.stringify(gallery)};`;
      }
      const spec = id.startsWith(`\0${LESSON_SPEC_PREFIX}`);
      if (id !== RESOLVED_ID && id !== RESOLVED_META_ID && id !== RESOLVED_LOADERS_ID && !spec) return undefined;
      course ??= loadCourse(root);
      const { index, diagnostics, files } = course;
      for (const file of files) this.addWatchFile(file);
      if (!index) throw contentError(root, diagnostics);
      if (id === RESOLVED_LOADERS_ID) {
        // One chunk per lesson version, loaded with its body: a lesson page never downloads the others' questions.
        const entries = index.lessons.flatMap(({ slug, versions }) =>
          Object.keys(versions).map((locale) => `  ${JSON.stringify(`${slug}/${locale}`)}: () => import(${JSON.stringify(`${LESSON_SPEC_PREFIX}${slug}/${locale}`)}),`),
        );
        return `export default {\n${entries.join('\n')}\n};`;
      }
      if (spec) {
        const [slug, locale] = id.slice(`\0${LESSON_SPEC_PREFIX}`.length).split('/');
        const version = index.lessons.find((lesson) => lesson.slug === slug)?.versions[locale as keyof LessonVersions];
        if (!version) throw new Error(`No lesson "${String(slug)}" in "${String(locale)}"`);
        return lessonSpecModule(version);
      }
      return `export default ${JSON.stringify(id === RESOLVED_META_ID ? courseMeta(index) : index)};`;
    },
    transform(code, id) {
      // The studio's copy of a lesson's text (`?raw`) is a string, not the lesson: the lesson itself is checked.
      if (/[?&]raw\b/.test(id)) return undefined;
      const path = id.split('?')[0]!;
      const lessonMatch = LESSON_FILE.exec(path);
      const galleryMatch = GALLERY_FILE.exec(path);
      const match = lessonMatch ?? (galleryMatch && [galleryMatch[0], GALLERY_SLUG, galleryMatch[1]]);
      if (!match) return undefined;
      const [, slug, locale] = match;
      if (!slug || !locale || !isLocale(locale)) return undefined;
      const file = relative(root, id.split('?')[0]!).split(sep).join('/');
      const extracted = extractLesson(code, file, slug, locale);
      const diagnostics = extracted.lesson ? missingImages(extracted.lesson.images, (name) => existsSync(resolve(dirname(path), name)), file) : extracted.diagnostics;
      if (diagnostics.length) {
        const error = contentError(root, diagnostics);
        if (server) server.config.logger.error(error.message);
        throw error;
      }
      return undefined;
    },
  };
}

