import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isLocale } from '../i18n/locales';
import { formatDiagnostic } from '../content/compile/diagnostic';
import { loadCourse } from '../content/compile/load-course';
import { checkDraft, type CourseFile } from './check-draft';

const root = resolve(__dirname, '../..');
const fixtures = resolve(root, 'tests/fixtures');
const scratch = mkdtempSync(join(tmpdir(), 'studio-parity-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Every lesson file of a course folder, and the pictures beside each, as the studio is given them. */
function courseAt(dir: string): { files: CourseFile[]; pictures: Record<string, string[]> } {
  const lessons = join(dir, 'content', 'lessons');
  const files: CourseFile[] = [];
  const pictures: Record<string, string[]> = {};
  for (const slug of readdirSync(lessons).filter((d) => statSync(join(lessons, d)).isDirectory())) {
    const names = readdirSync(join(lessons, slug));
    pictures[slug] = names.filter((n) => !n.endsWith('.mdx'));
    for (const name of names.filter((n) => n.endsWith('.mdx'))) {
      const locale = name.slice(0, -4);
      if (isLocale(locale)) files.push({ slug, locale, source: readFileSync(join(lessons, slug, name), 'utf8') });
    }
  }
  return { files, pictures };
}

/** What the studio says about each lesson file of a course, against what check:content says about it. */
function bothOn(dir: string) {
  const build = loadCourse(dir).diagnostics.map(formatDiagnostic);
  const { files, pictures } = courseAt(dir);
  return files.map((draft) => {
    const english = files.find((f) => f.slug === draft.slug && f.locale === 'en' && draft.locale !== 'en');
    const studio = checkDraft({ ...draft, english: english?.source, course: files, pictures });
    return {
      file: studio.file,
      studio: studio.problems.map(formatDiagnostic),
      build: build.filter((line) => line.startsWith(`${studio.file}:`)),
    };
  });
}

const course = readFileSync(resolve(fixtures, 'bad-courses/duplicate-order/content/course.yaml'), 'utf8');
const badLessons = readdirSync(resolve(fixtures, 'bad-lessons')).filter((n) => n.endsWith('.mdx'));

describe('the studio and check:content on the same files', () => {
  it.each(badLessons)('bad lesson %s: the studio reports exactly what the build reports, at the same place', (name) => {
    const dir = join(scratch, name);
    mkdirSync(join(dir, 'content', 'lessons', 'fixture'), { recursive: true });
    writeFileSync(join(dir, 'content', 'course.yaml'), course);
    cpSync(resolve(fixtures, 'bad-lessons', name), join(dir, 'content', 'lessons', 'fixture', 'en.mdx'));

    const [only] = bothOn(dir);
    expect(only!.build.length).toBeGreaterThan(0);
    expect(only!.studio).toEqual(only!.build);
  });

  const courses = readdirSync(resolve(fixtures, 'bad-courses')).filter((d) => existsSync(resolve(fixtures, 'bad-courses', d, 'content', 'lessons')));
  it.each(courses)('course %s: every lesson file gets the build\'s messages for it', (name) => {
    const files = bothOn(resolve(fixtures, 'bad-courses', name));
    for (const { file, studio, build } of files) expect({ file, messages: studio }).toEqual({ file, messages: build });
  });

  it('the shipped course: every file passes in the studio as in the build', () => {
    for (const { file, studio, build } of bothOn(root)) expect({ file, messages: studio }).toEqual({ file, messages: build });
  });
});

describe('a draft in the studio', () => {
  const { files, pictures } = courseAt(root);
  const lesson1 = (locale: 'en' | 'es') => files.find((f) => f.slug === 'what-customer-focus-means' && f.locale === locale)!;

  it('gives the lesson as the course would ship it, and the tree to preview, when nothing is wrong', () => {
    const result = checkDraft({ ...lesson1('en'), course: files, pictures });
    expect(result.problems).toEqual([]);
    expect(result.lesson?.quizzes.length).toBeGreaterThan(0);
    expect(result.tree?.type).toBe('root');
  });

  it('checks a Spanish file against the English draft beside it, not the English file on disk', () => {
    const english = lesson1('en').source.replace('id="l1-john"', 'id="l1-john-reply"');
    const result = checkDraft({ ...lesson1('es'), english, course: files, pictures });
    expect(result.problems.map((p) => p.message).join('\n')).toMatch(/"l1-john" is not in content\/lessons\/what-customer-focus-means\/en\.mdx/);
  });

  it('names a clash with another lesson of the course, as the build would on adding the file', () => {
    const copy = lesson1('en').source;
    const result = checkDraft({ slug: 'a-new-lesson', locale: 'en', source: copy, course: files, pictures });
    expect(result.file).toBe('content/lessons/a-new-lesson/en.mdx');
    expect(result.problems.map((p) => p.message).join('\n')).toMatch(/order 1 is also used by content\/lessons\/what-customer-focus-means\/en\.mdx/);
    expect(result.lesson).toBeUndefined();
  });

  it('still gives the tree of a file with problems, so the preview can show where it stands', () => {
    const broken = lesson1('en').source.replace('<Quiz id=', '<Quizz id=').replace('</Quiz>', '</Quizz>');
    const result = checkDraft({ ...lesson1('en'), source: broken, course: files, pictures });
    expect(result.problems[0]?.message).toMatch(/<Quizz> is not a lesson component/);
    expect(result.tree).toBeDefined();
  });

  it('refuses a folder name that cannot be an address', () => {
    const result = checkDraft({ slug: 'My Lesson', locale: 'en', source: lesson1('en').source, course: [], pictures: {} });
    expect(result.problems[0]?.message).toMatch(/Lesson folder "My Lesson" is not a valid URL name/);
  });
});

describe('the blank lesson', () => {
  const { files, pictures } = courseAt(root);
  it.each(['en', 'es'] as const)('passes every check in %s as a new lesson beside the course', async (locale) => {
    const { blankLesson } = await import('./blank-lesson');
    const english = blankLesson('en', 7);
    const result = checkDraft({ slug: 'new-lesson', locale, source: blankLesson(locale, 7), english: locale === 'en' ? undefined : english, course: files, pictures });
    expect(result.problems.map(formatDiagnostic)).toEqual([]);
    expect(result.lesson?.quizzes[0]?.questions).toHaveLength(1);
  });
});
