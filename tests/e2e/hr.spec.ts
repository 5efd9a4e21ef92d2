import { expect, test, type Download, type Page } from '@playwright/test';
import { strToU8, zipSync } from 'fflate';
import Papa from 'papaparse';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import enHr from '../../src/i18n/locales/en/hr.json' with { type: 'json' };
import esHr from '../../src/i18n/locales/es/hr.json' with { type: 'json' };
import records from '../../src/i18n/locales/en/records.json' with { type: 'json' };
import type { CompletionRecord } from '../../src/records/completion-record-schema';
import { completed, inProgress, notStarted, resealed } from '../support/hr-fixtures';
import { learnerEntries, learnerNames, questionEntry } from './hr-learners';
import { correctLabels, course, expectNoA11yViolations, fill, freshStart, lesson, text } from './support';

const SLUG = 'what-customer-focus-means';
const t = text.en;
const spec = lesson(SLUG);
const quiz = spec.quizzes[0]!;
const correct = correctLabels(spec);
const learner = { name: '=Zoë "Z" Ñúñez, Jr. 🚀', employeeId: 'E-0417' };
const fixtures = resolve(import.meta.dirname, '../fixtures');
const fixture = (path: string) => readFileSync(resolve(fixtures, path));

/** Fills `{{name}}` and `{{name, number}}` the way the page does in English. */
const say = (template: string, values: Record<string, string | number> = {}) =>
  template.replace(/\{\{(\w+)(, *number)?\}\}/g, (_, key: string, number?: string) =>
    number ? Number(values[key]).toLocaleString('en') : String(values[key] ?? ''),
  );
const plural = (texts: Record<string, string>, key: string, count: number) => texts[`${key}_${count === 1 ? 'one' : 'other'}`]!;

const createdAt = (path: string) => (JSON.parse(fixture(path).toString('utf8')) as { createdAt: string }).createdAt;

const readDownload = async (download: Download) => readFile(await download.path(), 'utf8');

/** Lesson 1 with its first question answered wrong at first, then finished. */
async function completeLessonOne(page: Page) {
  await page.goto(`./#/lessons/${SLUG}`);
  await page.getByRole('button', { name: t.quiz.start.button }).click();
  for (let i = 1; i <= quiz.questions.length; i++) {
    await expect(page.getByRole('heading', { name: fill(t.quiz.progress, { current: i, total: quiz.questions.length }) })).toBeVisible();
    let shown: (typeof quiz.questions)[number] | undefined;
    for (const q of quiz.questions) {
      const role = q.type === 'single-choice' ? 'radio' : 'checkbox';
      if ('choices' in q && (await page.getByRole(role, { name: q.choices[0]!.label, exact: true }).count())) shown = q;
    }
    if (!shown || !('choices' in shown)) throw new Error('No known question on screen');
    const role = shown.type === 'single-choice' ? 'radio' : 'checkbox';
    const labels = shown.id === 'l1-john' ? [shown.choices.find((c) => !c.correct)!.label] : correct.get(shown.id)!;
    for (const label of labels) await page.getByRole(role, { name: label, exact: true }).click();
    await page.getByRole('button', { name: t.quiz.check }).click();
    await page.getByRole('button', { name: i === quiz.questions.length ? t.quiz.seeResult : t.quiz.next }).click();
  }
  await page.getByRole('button', { name: t.lesson.finish }).click();
  await expect(page.getByRole('heading', { level: 1, name: fill(t.complete.heading, { title: spec.title }) })).toBeVisible();
}

/** The learner's own exports, from My progress: the JSON record, which the page says goes to HR, and the CSV. */
async function exportRecord(page: Page): Promise<{ path: string; record: CompletionRecord; csv: string }> {
  await page.evaluate((profile) => localStorage.setItem('cf-profile', profile), JSON.stringify({ version: 1, state: { ...learner, email: '' } }));
  await page.goto('./#/progress');
  await expect(page.getByText(records.export.intro)).toBeVisible();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: records.export.json }).click();
  const file = await download;
  const csvDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: records.export.csv }).click();
  return { path: await file.path(), record: JSON.parse(await readDownload(file)) as CompletionRecord, csv: await readDownload(await csvDownload) };
}

const zipOfRecords = () =>
  Buffer.from(
    zipSync({
      'team-a/ana.json': fixture('records/valid/v1-not-started-en.json'),
      'team-a/jose.json': fixture('records/valid/v1-completed-es.json'),
      'team-a/edited.json': fixture('records/tampered/v1-name-edited.json'),
      '__MACOSX/team-a/._ana.json': strToU8('resource fork'),
      'team-a/ana.csv': strToU8('record_id,learner_name\n'),
    }),
  );

// Dates on the page are in the browser's time zone; the checks compute them in UTC.
test.use({ timezoneId: 'UTC' });

test.beforeEach(async ({ page }) => {
  await freshStart(page);
});

test('HR loads a learner’s export beside broken files, sees the right rows and reasons, and reads the CSV back', async ({ page }, info) => {
  test.slow();
  await completeLessonOne(page);
  const exported = await exportRecord(page);

  await page.goto('./#/hr');
  await expect(page.getByRole('heading', { level: 1, name: enHr.title })).toBeVisible();
  await expect(page.getByText(enHr.privacy)).toBeVisible();
  await expectNoA11yViolations(page, 'HR report (empty)');

  await page.getByLabel(enHr.import.choose).setInputFiles([
    { name: 'my-record.json', mimeType: 'application/json', buffer: readFileSync(exported.path) },
    { name: 'records.zip', mimeType: 'application/zip', buffer: zipOfRecords() },
    { name: 'jose-newer.json', mimeType: 'application/json', buffer: fixture('hr/jose-newer.json') },
    { name: 'older-course-version.json', mimeType: 'application/json', buffer: fixture('hr/older-course-version.json') },
    { name: 'other-course.json', mimeType: 'application/json', buffer: fixture('hr/other-course.json') },
    { name: 'score-edited.json', mimeType: 'application/json', buffer: fixture('records/tampered/v1-score-edited.json') },
    { name: 'newer-app.json', mimeType: 'application/json', buffer: fixture('records/invalid/format-version-2.json') },
    { name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('Dear HR, my record is attached.') },
    { name: 'cut-short.json', mimeType: 'application/json', buffer: readFileSync(exported.path).subarray(0, 2000) },
    { name: 'my-record.csv', mimeType: 'text/csv', buffer: Buffer.from(exported.csv) },
    { name: 'huge.json', mimeType: 'application/json', buffer: Buffer.alloc(5 * 1024 * 1024 + 1, 0x20) },
    { name: 'scan.zip', mimeType: 'application/zip', buffer: Buffer.from('Not a zip at all') },
  ]);

  // Loaded: the learner's own record, Ada and José from the zip (José's newer copy wins), Mia (older version).
  const status = page.getByRole('status').filter({ hasText: say(plural(enHr.import, 'loaded', 4), { count: 4 }) });
  await expect(status).toContainText(say(plural(enHr.import, 'notLoaded', 10), { count: 10 }));
  // Some files were left out: a warning, said in words.
  await expect(status).toContainText(enHr.result.warning);
  await expect(status).toContainText(say(plural(enHr.import, 'learners', 4), { count: 4 }));
  // The CSV in the zip is counted, not read, and not listed as a problem.
  await expect(status).toContainText(say(plural(enHr.import, 'skipped', 1), { count: 1 }));

  // Every file left out, by name, with its reason.
  const problems = page.getByRole('region', { name: enHr.problems.list });
  const reason = (file: string, message: string) =>
    expect(problems.getByRole('listitem').filter({ hasText: file })).toContainText(message);
  await reason('records.zip/team-a/edited.json', enHr.problems.code['bad-digest']);
  // Each record's date and time, so two files of one name can be told apart.
  const made = (iso: string) => new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }).format(new Date(iso));
  await reason(
    'records.zip/team-a/jose.json',
    say(enHr.problems.code.duplicateMade, { detail: 'jose-newer.json', older: made(createdAt('records/valid/v1-completed-es.json')), newer: made(createdAt('hr/jose-newer.json')) }),
  );
  await reason('other-course.json', say(enHr.problems.code['other-course'], { detail: 'workplace-safety' }));
  await reason('score-edited.json', enHr.problems.code['bad-digest']);
  await reason('newer-app.json', say(enHr.problems.code['unsupported-version'], { detail: '2' }));
  await reason('notes.json', enHr.problems.code['not-json']);
  await reason('cut-short.json', enHr.problems.code.truncated);
  await reason('my-record.csv', enHr.problems.code['learner-csv']);
  await reason('huge.json', say(enHr.problems.code['too-large'], { size: '5.1 MB' }));
  await reason('scan.zip', enHr.problems.code['bad-zip']);
  await expect(problems.getByRole('listitem')).toHaveCount(10);
  await expect(problems).not.toContainText('__MACOSX');
  await expect(page.getByRole('note').filter({ hasText: '0.9.0' })).toBeVisible();

  // The learners (a table on a computer, cards on a phone): one per learner, sorted by name; sorting by score puts the best first.
  await expect(learnerEntries(page)).toHaveCount(4);
  expect(await learnerNames(page)).toEqual(['=Zoë "Z" Ñúñez, Jr. 🚀', 'Ada Lovelace', 'José Álvarez-Núñez, "Pepe" 🚀', 'Mia Müller-Øst']);
  const mine = learnerEntries(page).filter({ hasText: learner.employeeId });
  await expect(mine).toContainText(records.progress.status['in-progress']);
  await expect(mine).toContainText(say(enHr.table.lessonsOf, { completed: 1, total: 5 }));
  const table = page.getByRole('table', { name: enHr.table.caption });
  if (info.project.name === 'phone') {
    const sorting = page.getByRole('group', { name: enHr.table.sortLegend });
    await sorting.getByLabel(enHr.table.sortBy).selectOption({ label: enHr.table.column.finalScore });
    await sorting.getByLabel(enHr.table.order).selectOption({ label: enHr.table.descending });
  } else {
    await table.getByRole('button', { name: enHr.table.column.assessment }).click();
    await expect(table.getByRole('columnheader', { name: enHr.table.column.assessment })).toHaveAttribute('aria-sort', 'ascending');
    await table.getByRole('button', { name: enHr.table.column.assessment }).click();
    await expect(table.getByRole('columnheader', { name: enHr.table.column.assessment })).toHaveAttribute('aria-sort', 'descending');
  }
  await expect.poll(async () => (await learnerNames(page))[0]).toContain('José');

  // The summary and the question analysis count this learner's wrong first try.
  await expect(page.getByRole('definition').filter({ hasText: say(enHr.summary.completionDetail, { count: 1, total: 4 }) })).toBeVisible();
  const john = quiz.questions.find((q) => q.id === 'l1-john')!;
  await expect(questionEntry(page, 'prompt' in john ? john.prompt : '')).toContainText(enHr.items.weak);
  await expectNoA11yViolations(page, 'HR report (loaded)');
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), `no sideways scroll on ${info.project.name}`).toBe(true);

  // Filter: completed learners only.
  await page.getByLabel(enHr.filters.status).selectOption('completed');
  await expect(page.getByRole('status').filter({ hasText: say(plural(enHr.filters, 'matching', 1), { count: 1, total: 4 }) })).toBeVisible();
  await expect(learnerEntries(page)).toHaveCount(1);
  await page.getByRole('button', { name: enHr.filters.clear }).click();
  await expect(learnerEntries(page)).toHaveCount(4);

  // CSV: BOM, one row per learner in the table's order, formula neutralised, lesson pairs, ISO dates.
  const csvDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: enHr.export.csv }).click();
  const csvFile = await csvDownload;
  expect(csvFile.suggestedFilename()).toMatch(/^customer-focus-hr-report-\d{4}-\d\d-\d\d\.csv$/);
  const csv = await readDownload(csvFile);
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  const parsed = Papa.parse<Record<string, string>>(csv.slice(1), { header: true });
  expect(parsed.errors).toEqual([]);
  // Best final score first; learners without one keep the name order.
  expect(parsed.data.map((row) => row.employee_id)).toEqual(['E-00417', 'E-0417', 'A1', 'E-00090']);
  expect(parsed.data.find((row) => row.employee_id === 'E-0417')).toMatchObject({
    learner_name: `'${learner.name}`,
    course_id: 'customer-focus',
    status: 'in-progress',
    [`${SLUG}.status`]: 'completed',
    [`${SLUG}.best_score`]: String(exported.record.lessons[0]!.bestScore),
    record_id: exported.record.recordId,
    source_file: 'my-record.json',
  });
  expect(parsed.data.find((row) => row.employee_id === 'E-00417')).toMatchObject({ completed_at: '2025-03-11T09:30:00.000Z', passed: 'true', source_file: 'jose-newer.json' });

  // JSON: the same learners with the summary and the question analysis.
  const jsonDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: enHr.export.json }).click();
  const report = JSON.parse(await readDownload(await jsonDownload)) as { summary: { learners: number }; learners: unknown[]; items: Array<{ questionId: string; rightFirstTime: number }> };
  expect(report.summary.learners).toBe(4);
  expect(report.learners).toHaveLength(4);
  expect(report.items.find((item) => item.questionId === 'l1-john')).toMatchObject({ rightFirstTime: 0 });
});

test('the HR report speaks Spanish and reads a zip', async ({ page }) => {
  await page.goto('./#/hr');
  await page.getByRole('combobox', { name: t.language.label }).selectOption('es');
  await expect(page.getByRole('heading', { level: 1, name: esHr.title })).toBeVisible();
  await page.getByLabel(esHr.import.choose).setInputFiles({ name: 'registros.zip', mimeType: 'application/zip', buffer: zipOfRecords() });
  await expect(page.getByRole('status').filter({ hasText: 'registros cargados' })).toBeVisible();
  await expect(page.getByRole('region', { name: esHr.problems.list })).toContainText(esHr.problems.code['bad-digest']);
  await expect(page.getByRole('heading', { name: esHr.items.heading })).toBeVisible();
  await expectNoA11yViolations(page, 'HR report (es)');
});

test('opening HR starts one import worker and one checking worker per core, the ones that check the zip, with no error', async ({ page }) => {
  const started: string[] = [];
  const errors: string[] = [];
  page.on('worker', (worker) => started.push(new URL(worker.url()).pathname.replace(/.*\/(\w+-worker)-.*/, '$1')));
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto('./#/hr');
  await expect(page.getByRole('heading', { level: 1, name: enHr.title })).toBeVisible();
  const cores = await page.evaluate(() => Math.min(8, Math.max(1, navigator.hardwareConcurrency || 2)));
  await expect.poll(() => started.length).toBe(1 + cores);
  await page.getByLabel(enHr.import.choose).setInputFiles({ name: 'records.zip', mimeType: 'application/zip', buffer: zipOfRecords() });
  await expect(page.getByRole('status').filter({ hasText: 'records loaded' })).toBeVisible();
  // The zip was checked by the workers started with the page: none more were started for it.
  expect(started.sort()).toEqual(['import-worker', ...Array<string>(cores).fill('verify-worker')]);
  expect(errors).toEqual([]);
});

test('HR chooses a whole folder: its records load from every subfolder, other files are counted, not read', async ({ page }, testInfo) => {
  const folder = testInfo.outputPath('records');
  mkdirSync(resolve(folder, 'team-b/late'), { recursive: true });
  writeFileSync(resolve(folder, 'ana.json'), fixture('records/valid/v1-not-started-en.json'));
  writeFileSync(resolve(folder, 'team-b/mia.json'), fixture('hr/older-course-version.json'));
  writeFileSync(resolve(folder, 'team-b/late/records.zip'), zipSync({ 'jose.json': fixture('records/valid/v1-completed-es-canonical.json') }));
  writeFileSync(resolve(folder, 'team-b/summary.csv'), 'not,a,record\n');
  await page.goto('./#/hr');
  await page.getByLabel(enHr.import.chooseFolder).setInputFiles(folder);
  const status = say(plural(enHr.import, 'loaded', 3), { count: 3 });
  await expect(page.getByRole('status').filter({ hasText: status })).toContainText(say(plural(enHr.import, 'skipped', 1), { count: 1 }));
  await expect(learnerEntries(page)).toHaveCount(3);
  await expect(page.getByRole('region', { name: enHr.problems.list })).toHaveCount(0);
});

test('the learner’s pages do not download the HR report', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script' || request.url().endsWith('.js')) scripts.push(request.url());
  });
  await page.goto('./');
  await page.goto(`./#/lessons/${SLUG}`);
  await expect(page.getByRole('heading', { level: 1, name: spec.title })).toBeVisible();
  await page.goto('./#/progress');
  await expect(page.getByRole('heading', { level: 1, name: records.progress.title })).toBeVisible();
  expect(scripts.filter((url) => /HrPage|import-worker|verify-worker|\/hr-/.test(url))).toEqual([]);
  expect(await page.getByRole('navigation', { name: t.nav.label }).getByRole('link').allInnerTexts()).not.toContain(enHr.title);
});

test('HR stops a long import: nothing of it is added, and the next files load as usual', async ({ page }, testInfo) => {
  // Many copies of one record: each is checked in full before counting once, so the import runs a while.
  const record = fixture('records/valid/v1-completed-es.json');
  const zip = testInfo.outputPath('many.zip');
  mkdirSync(testInfo.outputDir, { recursive: true });
  writeFileSync(zip, zipSync(Object.fromEntries(Array.from({ length: 12_000 }, (_, i) => [`copies/${i}.json`, record]))));
  await page.goto('./#/hr');
  await page.getByLabel(enHr.import.choose).setInputFiles(zip);
  await page.getByRole('button', { name: enHr.import.cancel }).click();
  await expect(page.getByRole('status').filter({ hasText: enHr.import.cancelled })).toBeVisible();
  await expect(page.getByLabel(enHr.import.choose)).toBeFocused();
  await expect(learnerEntries(page)).toHaveCount(0);

  await page.getByLabel(enHr.import.choose).setInputFiles(resolve(fixtures, 'records/valid/v1-not-started-en.json'));
  await expect(page.getByRole('status').filter({ hasText: say(plural(enHr.import, 'loaded', 1), { count: 1 }) })).toContainText(
    say(plural(enHr.import, 'learners', 1), { count: 1 }),
  );
  await expect(learnerEntries(page)).toHaveCount(1);
});

test('leaving a loaded report asks first; staying keeps it, leaving goes', async ({ page }) => {
  await page.goto('./#/hr');
  await page.getByLabel(enHr.import.choose).setInputFiles(resolve(fixtures, 'records/valid/v1-not-started-en.json'));
  const rows = learnerEntries(page);
  await expect(rows).toHaveCount(1);

  await page.getByRole('link', { name: t.lesson.backToCourse }).click();
  const dialog = page.getByRole('dialog', { name: enHr.leave.title });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: enHr.leave.stay })).toBeFocused();
  await expectNoA11yViolations(page, 'HR leave dialog');
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(rows).toHaveCount(1);

  await page.getByRole('link', { name: t.lesson.backToCourse }).click();
  await dialog.getByRole('button', { name: enHr.leave.leave }).click();
  await expect(page.getByRole('heading', { level: 1, name: course.course.title.en })).toBeVisible();
});

test('the page draws before the report’s panels load; when they cannot, it says so and offers a reload, which asks first', async ({ page }) => {
  // Held back until the page is up, then refused: the connection dropped.
  let answer: (action: 'abort' | 'continue') => void = () => undefined;
  const decided = new Promise<'abort' | 'continue'>((resolve) => (answer = resolve));
  await page.route(/\/HrReport-[^/]+\.js$/, async (route) => ((await decided) === 'abort' ? route.abort('internetdisconnected') : route.continue()));
  await page.goto('./#/hr');
  await expect(page.getByLabel(enHr.import.choose)).toBeVisible();
  answer('abort');
  await page.getByLabel(enHr.import.choose).setInputFiles(resolve(fixtures, 'records/valid/v1-not-started-en.json'));
  const problem = page.getByRole('alert').filter({ hasText: enHr.reportUnavailable.body });
  await expect(problem).toBeVisible();
  await expect(learnerEntries(page)).toHaveCount(0);
  await expectNoA11yViolations(page, 'HR report that could not load');

  // The browser asks before dropping the learner loaded; accepted, the page comes back whole.
  await page.unroute(/\/HrReport-[^/]+\.js$/);
  const asked = new Promise<string>((resolve) => page.once('dialog', (dialog) => void dialog.accept().then(() => resolve(dialog.type()))));
  await problem.getByRole('button', { name: enHr.reportUnavailable.reload }).click();
  expect(await asked).toBe('beforeunload');
  await page.getByLabel(enHr.import.choose).setInputFiles(resolve(fixtures, 'records/valid/v1-not-started-en.json'));
  await expect(learnerEntries(page)).toHaveCount(1);
  await expect(problem).toBeHidden();
});

test('a lesson an older course version had, and this one does not, goes by the title its records give', async ({ page }) => {
  const older = await resealed(inProgress(), (record) => {
    record.course.version = '0.9.0';
    record.lessons[0]!.slug = 'a-retired-lesson';
    record.lessons[0]!.title = 'A retired lesson';
  });
  await page.goto('./#/hr');
  await page.getByLabel(enHr.import.choose).setInputFiles({ name: 'older.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(older)) });
  const lessons = page.getByRole('region', { name: enHr.lessons.heading });
  await expect(lessons.getByText('A retired lesson').first()).toBeVisible();
  await expect(lessons).not.toContainText('a-retired-lesson');
});

/** Learners with long names, IDs and emails, as HR meets them. */
async function longLearners() {
  const people = [
    { name: 'Alexandra Konstantinopoulou-Vanderberg', email: 'alexandra.konstantinopoulou@customer-service.example.com', employeeId: 'EMP-2026-000417' },
    { name: 'María José Fernández de la Fuente', email: 'mariajose.fernandez-delafuente@subsidiary.example.co.uk', employeeId: 'E-00090' },
    { name: 'Li Wei', email: 'li.wei@example.com', employeeId: 'A1' },
  ];
  const bases = [completed(), inProgress(), notStarted()];
  return Promise.all(
    people.map(async (person, index) => {
      const record = await resealed(bases[index]!, (copy) => (copy.learner = person));
      return { name: `${person.employeeId}.json`, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(record)) };
    }),
  );
}

/** Where an element's text wraps: the character that starts each line after the first. */
const lineStarts = (element: HTMLElement): string[] => {
  const starts: string[] = [];
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  let top: number | undefined;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    for (let i = 0; i < node.textContent!.length; i++) {
      range.setStart(node, i);
      range.setEnd(node, i + 1);
      const rect = range.getClientRects()[0];
      if (!rect) continue;
      if (top !== undefined && rect.top > top + 2) starts.push(node.textContent![i]!);
      top = rect.top;
    }
  }
  return starts;
};

test('at 1280 px the learners table fits its column and an email wraps only before its @ or a dot', async ({ page }, info) => {
  test.skip(info.project.name !== 'desktop', 'the table is the computer’s layout; a phone shows cards');
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('./#/hr');
  await page.getByLabel(enHr.import.choose).setInputFiles(await longLearners());
  for (const locale of ['en', 'es'] as const) {
    const hr = locale === 'en' ? enHr : esHr;
    if (locale === 'es') await page.getByRole('combobox', { name: t.language.label }).selectOption('es');
    const table = page.getByRole('table', { name: hr.table.caption });
    await expect(table.getByRole('rowheader')).toHaveCount(3);
    await table.scrollIntoViewIfNeeded();
    const fit = await table.evaluate((element) => ({ table: element.scrollWidth, column: element.closest('section')!.clientWidth, scroller: element.parentElement!.scrollWidth - element.parentElement!.clientWidth }));
    expect(fit.table, `the table fits its column (${locale})`).toBeLessThanOrEqual(fit.column);
    expect(fit.scroller, `nothing to scroll sideways (${locale})`).toBe(0);

    for (const email of ['alexandra.konstantinopoulou@customer-service.example.com', 'mariajose.fernandez-delafuente@subsidiary.example.co.uk', 'li.wei@example.com']) {
      const starts = await table.getByText(email, { exact: true }).evaluate(lineStarts);
      expect(starts.every((char) => char === '@' || char === '.'), `${email} wraps before ${JSON.stringify(starts)}`).toBe(true);
    }
    await expectNoA11yViolations(page, `HR report at 1280 px (${locale})`);
  }
});

test('the report reads in order: summary, scores per lesson, question analysis, learners, then the export', async ({ page }) => {
  await page.goto('./#/hr');
  await page.getByLabel(enHr.import.choose).setInputFiles(await longLearners());
  await expect(learnerEntries(page)).toHaveCount(3);
  // Text content: sections far below the screen are not laid out yet, so they have no inner text.
  const headings = (await page.getByRole('heading', { level: 2 }).allTextContents()).map((heading) => heading.trim());
  const order = [enHr.summary.heading, enHr.lessons.heading, enHr.items.heading, enHr.table.heading, enHr.export.heading].map((heading) => headings.indexOf(heading));
  expect(order.every((position, index) => position >= 0 && (index === 0 || position > order[index - 1]!)), `headings in order: ${headings.join(' · ')}`).toBe(true);
  expect(headings.at(-1)).toBe(enHr.export.heading);
});

test('on a phone the learners are cards: nothing scrolls sideways, and sorting and filtering still work', async ({ page }, info) => {
  test.skip(info.project.name !== 'phone', 'cards are the phone’s layout');
  await page.goto('./#/hr');
  await page.getByLabel(enHr.import.choose).setInputFiles(await longLearners());
  const cards = page.getByRole('list', { name: enHr.table.caption }).getByRole('listitem');
  await expect(cards).toHaveCount(3);
  await expect(page.getByRole('table', { name: enHr.table.caption })).toHaveCount(0);

  // Each card: the name as a heading, the email, and every fact the table has.
  const alexandra = cards.filter({ has: page.getByRole('heading', { level: 3, name: 'Alexandra Konstantinopoulou-Vanderberg' }) });
  await expect(alexandra).toContainText('alexandra.konstantinopoulou@customer-service.example.com');
  for (const [term, value] of [
    [enHr.table.column.employeeId, 'EMP-2026-000417'],
    [enHr.table.column.status, records.progress.status.completed],
    [enHr.table.column.passed, enHr.table.yes],
    [enHr.table.column.lessonsCompleted, say(enHr.table.lessonsOf, { completed: 5, total: 5 })],
  ]) {
    await expect(alexandra.getByRole('term').filter({ hasText: term! })).toBeVisible();
    await expect(alexandra.getByRole('definition').filter({ hasText: value! })).toBeVisible();
  }

  // Everything on the page fits the screen's width, the report included.
  for (const section of await page.getByRole('region').all()) await section.scrollIntoViewIfNeeded();
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), 'no sideways scroll on #/hr').toBe(0);
  const overflowing = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('main *')].filter((element) => element.getBoundingClientRect().right > window.innerWidth + 1).map((element) => element.className || element.tagName),
  );
  expect(overflowing, 'nothing reaches past the right edge').toEqual([]);

  const sorting = page.getByRole('group', { name: enHr.table.sortLegend });
  await sorting.getByLabel(enHr.table.sortBy).selectOption({ label: enHr.table.column.employeeId });
  await expect.poll(() => learnerNames(page)).toEqual(['Li Wei', 'María José Fernández de la Fuente', 'Alexandra Konstantinopoulou-Vanderberg']);
  await sorting.getByLabel(enHr.table.order).selectOption({ label: enHr.table.descending });
  await expect.poll(() => learnerNames(page)).toEqual(['Alexandra Konstantinopoulou-Vanderberg', 'María José Fernández de la Fuente', 'Li Wei']);
  await page.getByLabel(enHr.filters.status).selectOption('completed');
  await expect(cards).toHaveCount(1);
  await expectNoA11yViolations(page, 'HR report on a phone');
});
