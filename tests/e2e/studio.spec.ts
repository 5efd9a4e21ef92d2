import { expect, test, type Locator, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import studio from '../../src/i18n/locales/en/studio.json' with { type: 'json' };
import { passQuiz } from './answer';
import { expectNoA11yViolations, fill, freshStart, lesson, text } from './support';

const SLUG = 'what-customer-focus-means';
const FILE = `content/lessons/${SLUG}/en.mdx`;
const SPANISH_FILE = `content/lessons/${SLUG}/es.mdx`;
const english = lesson(SLUG, 'en');
const spanish = lesson(SLUG, 'es');
const source = (locale: 'en' | 'es') => readFile(resolve(import.meta.dirname, `../../content/lessons/${SLUG}/${locale}.mdx`), 'utf8');

/** The file the browser's own picker would give: the tests use the page's file input and downloads instead. */
async function withoutFilePickers(page: Page) {
  await page.addInitScript(() => {
    delete (window as { showOpenFilePicker?: unknown }).showOpenFilePicker;
    delete (window as { showSaveFilePicker?: unknown }).showSaveFilePicker;
  });
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const editor = (page: Page) => page.getByRole('textbox', { name: new RegExp(`^${escape(studio.editor.label.replace('{{file}}', ''))}`) });
const problems = (page: Page) => page.getByRole('region', { name: studio.problems.heading });
const preview = (page: Page) => page.getByRole('region', { name: studio.preview.heading });
const noProblems = (page: Page) => expect(problems(page).getByRole('status')).toHaveText(studio.problems.none, { timeout: 15_000 });

async function openCourseLesson(page: Page) {
  await page.goto('./#/studio');
  await expect(page.getByRole('heading', { level: 1, name: studio.title })).toBeVisible();
  await page.getByLabel(studio.start.lesson).selectOption(SLUG);
  await page.getByRole('button', { name: studio.start.openLesson }).click();
  await expect(page.getByRole('heading', { level: 2, name: FILE })).toBeVisible();
  await noProblems(page);
}

/** The line the cursor is on in the editor, and whether the editor has the focus. */
const cursorOf = (area: Locator) =>
  area.evaluate((el: HTMLTextAreaElement) => ({ line: el.value.slice(0, el.selectionStart).split('\n').length, focused: document.activeElement === el }));

/** Breaks the file, expects the build's message at the line, goes there from the list, and puts the file back. */
async function breakAndFix(page: Page, original: string, broken: string, message: RegExp, line: number, count = 1) {
  const area = editor(page);
  await area.fill(broken);
  const problem = problems(page).getByRole('button', { name: new RegExp(`^${fill(studio.problems.place, { line, column: '\\d+' })}`) });
  await expect(problem).toContainText(message, { timeout: 15_000 });
  await expect(problems(page).getByRole('status')).toHaveText(fill(count === 1 ? studio.problems.count_one : studio.problems.count_other, { count }));
  await expect(area).toHaveAttribute('aria-invalid', 'true');
  await expect(preview(page).getByText(studio.preview.stale)).toBeVisible();
  await problem.click();
  expect(await cursorOf(area)).toEqual({ line, focused: true });
  await area.fill(original);
  await noProblems(page);
}

const lineOf = (text: string, needle: string) => text.slice(0, text.indexOf(needle)).split('\n').length;

for (const width of [1280, 360]) {
  test(`at ${width} px a trainer breaks lesson 1 three ways, sees each problem at its line, fixes it, and the quiz works in the preview`, async ({ page }) => {
    test.slow();
    await page.setViewportSize({ width, height: 900 });
    await freshStart(page);
    await openCourseLesson(page);
    const en = await source('en');
    await expect(preview(page).getByText(english.title, { exact: true })).toBeVisible();

    // An unknown component.
    const fact = en.indexOf('<Fact');
    const closing = en.indexOf('</Fact>', fact);
    const unknown = `${en.slice(0, fact)}<Factt${en.slice(fact + 5, closing)}</Factt>${en.slice(closing + 7)}`;
    await breakAndFix(page, en, unknown, /<Factt> is not a lesson component\. Did you mean <Fact>\?/, lineOf(en, '<Fact'));

    // A single-choice question that lost its answer.
    const correct = en.indexOf('<Choice correct');
    const noAnswer = `${en.slice(0, correct)}<Choice${en.slice(correct + '<Choice correct'.length)}`;
    const question = en.lastIndexOf('<SingleChoice', correct);
    await breakAndFix(page, en, noAnswer, /<SingleChoice> has no correct choice/, lineOf(en, en.slice(question, question + 30)));

    // The Spanish file with an id that is not in the English one: checked against it, as the build does
    // (which also names the English question it no longer translates).
    await page.getByRole('button', { name: studio.tabs.es }).click();
    await expect(page.getByRole('heading', { level: 2, name: SPANISH_FILE })).toBeVisible();
    await noProblems(page);
    const es = await source('es');
    const id = spanish.quizzes[0]!.questions[0]!.id;
    await breakAndFix(page, es, es.replace(`id="${id}"`, `id="${id}-x"`), new RegExp(`"${id}-x" is not in content/lessons/${SLUG}/en\\.mdx`), lineOf(es, `id="${id}"`), 2);

    // The preview is the Spanish lesson as a Spanish learner sees it, its quiz working, its texts in Spanish.
    await expect(preview(page).getByText(spanish.title, { exact: true })).toBeVisible();
    await passQuiz(page, spanish.quizzes[0]!, 'es');
    // Answers in the preview are nobody's progress.
    expect(await page.evaluate(() => localStorage.getItem('cf-progress') ?? '')).not.toContain(spanish.quizzes[0]!.id);
    if (width === 360) {
      // On a phone the preview comes below the editor, and the page itself never scrolls sideways.
      const [editorBox, previewBox] = [await editor(page).boundingBox(), await preview(page).boundingBox()];
      expect(previewBox!.y).toBeGreaterThan(editorBox!.y);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      await expectNoA11yViolations(page, 'studio at 360 px');
    }
  });
}

test('the draft survives a reload, and a blank lesson starts with no problems', async ({ page }) => {
  await freshStart(page);
  await page.goto('./#/studio');
  await page.getByRole('button', { name: studio.start.blank }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'content/lessons/new-lesson/en.mdx' })).toBeVisible();
  await noProblems(page);
  await expect(preview(page).getByRole('button', { name: text.en.quiz.start.button })).toBeVisible();

  const area = editor(page);
  await area.press('Control+End');
  await area.pressSequentially('\nA line typed before the reload.\n');
  await noProblems(page);
  await page.reload();
  await expect(editor(page)).toHaveValue(/A line typed before the reload\.\n$/);
  await expect(preview(page).getByText('A line typed before the reload.')).toBeVisible();
});

test('a trainer opens a Spanish file from disk, drops another on the editor, and saves it as a download or through the file picker', async ({ page }) => {
  await withoutFilePickers(page);
  await freshStart(page);
  await page.goto('./#/studio');
  const es = await source('es');

  // Picked with the file input: its name says Spanish; its ids say which lesson it is a version of.
  await page.getByLabel(studio.start.file).setInputFiles({ name: 'es.mdx', mimeType: 'text/markdown', buffer: Buffer.from(es) });
  await expect(page.getByText(fill(studio.open.opened, { name: 'es.mdx', language: studio.languages.es, folder: SLUG }))).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: SPANISH_FILE })).toBeVisible();
  await noProblems(page);

  // Dropped on the editor: a changed version replaces the Spanish file.
  const changed = es.replace(spanish.title, `${spanish.title} (revisada)`);
  await editor(page).evaluate((area, text) => {
    const data = new DataTransfer();
    data.items.add(new File([text], 'es.mdx', { type: 'text/markdown' }));
    area.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  }, changed);
  // It would replace the Spanish text of the draft: the studio asks first.
  await page.getByRole('button', { name: studio.start.replaceConfirm }).click();
  await expect(editor(page)).toHaveValue(changed);
  await expect(preview(page).getByText(`${spanish.title} (revisada)`, { exact: true })).toBeVisible({ timeout: 15_000 });

  // Not a lesson: refused with its reason, the draft untouched.
  await page.getByLabel(studio.start.file).setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('hello') });
  await expect(page.getByText(fill(studio.open.notMdx, { name: 'notes.txt' }))).toBeVisible();
  await page.getByLabel(studio.start.file).setInputFiles({ name: 'es.mdx', mimeType: 'text/markdown', buffer: Buffer.from([0xff, 0xfe, 0x00, 0xd8]) });
  await expect(page.getByText(fill(studio.open.notText, { name: 'es.mdx' }))).toBeVisible();
  await expect(editor(page)).toHaveValue(changed);

  // Saved without the File System Access API: a download of the file as it stands.
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: studio.save.button }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('es.mdx');
  expect(await readFile(await download.path(), 'utf8')).toBe(changed);
  await expect(page.getByText(fill(studio.save.downloaded, { name: 'es.mdx', folder: SLUG }))).toBeVisible();

  // With the API: written through the handle the picker gives.
  await page.evaluate(() => {
    const written: string[] = [];
    (window as unknown as { written: string[] }).written = written;
    const handle = {
      name: 'es.mdx',
      createWritable: () => Promise.resolve({ write: (text: string) => Promise.resolve(void written.push(text)), close: () => Promise.resolve() }),
    };
    (window as unknown as { showSaveFilePicker: unknown }).showSaveFilePicker = () => Promise.resolve(handle);
  });
  await page.getByRole('button', { name: studio.save.button }).click();
  await expect(page.getByText(fill(studio.save.saved, { name: 'es.mdx' }))).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { written: string[] }).written)).toEqual([changed]);
});

test('the studio has no axe violations, with problems listed and the preview shown', async ({ page }) => {
  await freshStart(page);
  await openCourseLesson(page);
  await expectNoA11yViolations(page, 'studio with a clean file');
  const en = await source('en');
  await editor(page).fill(en.replace('<Quiz id=', '<Quizz id=').replace('</Quiz>', '</Quizz>'));
  await expect(problems(page).getByRole('status')).toHaveText(fill(studio.problems.count_one, { count: 1 }), { timeout: 15_000 });
  await expectNoA11yViolations(page, 'studio with a problem');
});

test('a learner never downloads the studio: not on the home page, not in a lesson', async ({ page }) => {
  await freshStart(page);
  const requested: string[] = [];
  page.on('request', (request) => requested.push(request.url()));
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.goto(`./#/lessons/${SLUG}`);
  await expect(page.getByRole('button', { name: text.en.quiz.start.button }).first()).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(requested.filter((url) => /Studio|check-worker|studio/i.test(url))).toEqual([]);

  await page.goto('./#/studio');
  await expect(page.getByRole('heading', { level: 1, name: studio.title })).toBeVisible();
  expect(requested.filter((url) => /StudioPage/.test(url))).not.toEqual([]);
});

test('every bad-lesson fixture gets, in the browser, the very messages check:content gives for it added to the course', async ({ page }) => {
  test.slow();
  // What the build says about each fixture placed in the course as content/lessons/new-lesson/en.mdx.
  const { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const { loadCourse } = await import('../../src/content/compile/load-course');
  const root = resolve(import.meta.dirname, '../..');
  const fixtures = resolve(root, 'tests/fixtures/bad-lessons');
  const course = mkdtempSync(join(tmpdir(), 'studio-course-'));
  cpSync(resolve(root, 'content'), join(course, 'content'), { recursive: true });
  cpSync(resolve(root, 'content/lessons/what-customer-focus-means'), join(course, 'content/lessons/new-lesson'), { recursive: true });
  rmSync(join(course, 'content/lessons/new-lesson/es.mdx'));

  await freshStart(page);
  await page.goto('./#/studio');
  await page.getByRole('button', { name: studio.start.blank }).click();
  await noProblems(page);
  try {
    for (const name of readdirSync(fixtures).filter((n) => n.endsWith('.mdx'))) {
      const text = readFileSync(join(fixtures, name), 'utf8');
      writeFileSync(join(course, 'content/lessons/new-lesson/en.mdx'), text);
      const expected = loadCourse(course)
        .diagnostics.filter((d) => d.file === 'content/lessons/new-lesson/en.mdx')
        .map((d) => `${fill(studio.problems.place, { line: d.line, column: d.column })}${d.message}`);
      await editor(page).fill(text);
      const summary = fill(expected.length === 1 ? studio.problems.count_one : studio.problems.count_other, { count: expected.length });
      await expect(problems(page).getByRole('listitem'), name).toHaveText(expected, { timeout: 15_000 });
      await expect(problems(page).getByRole('status'), name).toHaveText(summary);
    }
  } finally {
    rmSync(course, { recursive: true, force: true });
  }
});
