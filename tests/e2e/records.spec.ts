import { expect, test, type Download, type Page } from '@playwright/test';
import canonicalize from 'canonicalize';
import Papa from 'papaparse';
import { readFile } from 'node:fs/promises';
import records from '../../src/i18n/locales/en/records.json' with { type: 'json' };
import { completionRecordSchema, type CompletionRecord } from '../../src/records/completion-record-schema';
import { verifyRecord } from '../../src/records/verify-record';
import { completedCourse, course, correctLabels, expectNoA11yViolations, fill, freshStart, lesson, text } from './support';

const SLUG = 'what-customer-focus-means';
const t = text.en;
const r = { ...t, records };
const spec = lesson(SLUG);
const quiz = spec.quizzes[0]!;
const correct = correctLabels(spec);
const learner = { name: '=Zoë "Z" Ñúñez, Jr. 🚀', employeeId: 'E-0417' };

const readDownload = async (download: Download) => readFile(await download.path(), 'utf8');

/** Answers every question of lesson 1 right, writes the reflection and finishes the lesson. */
async function completeLessonOne(page: Page, reflection: string) {
  await page.goto(`./#/lessons/${SLUG}`);
  await page.getByRole('button', { name: t.quiz.start.button }).click();
  for (let i = 1; i <= quiz.questions.length; i++) {
    await expect(page.getByRole('heading', { name: fill(t.quiz.progress, { current: i, total: quiz.questions.length }) })).toBeVisible();
    const question = await (async () => {
      for (const q of quiz.questions) {
        const role = q.type === 'single-choice' ? 'radio' : 'checkbox';
        if ('choices' in q && (await page.getByRole(role, { name: q.choices[0]!.label, exact: true }).count())) return q;
      }
      throw new Error('No known question on screen');
    })();
    for (const label of correct.get(question.id)!) {
      await page.getByRole(question.type === 'single-choice' ? 'radio' : 'checkbox', { name: label, exact: true }).click();
    }
    await page.getByRole('button', { name: t.quiz.check }).click();
    await page.getByRole('button', { name: i === quiz.questions.length ? t.quiz.seeResult : t.quiz.next }).click();
  }
  await page.getByRole('textbox', { name: spec.reflections[0]!.prompt }).fill(reflection);
  await page.getByRole('button', { name: t.lesson.finish }).click();
  await expect(page.getByRole('heading', { level: 1, name: fill(t.complete.heading, { title: spec.title }) })).toBeVisible();
}

test.beforeEach(async ({ page }) => {
  await freshStart(page);
});

test('a learner completes a lesson, prints its handout, fills in the profile and exports a record HR can check', async ({ page }) => {
  // One learner's whole journey, with three downloads and four accessibility scans.
  test.slow();
  await completeLessonOne(page, 'Call every customer back the same day.');

  // The handout, from the completion screen: the reflection stays private until asked for.
  await page.getByRole('link', { name: r.records.handout.link }).click();
  await expect(page.getByRole('heading', { level: 1, name: spec.title })).toBeVisible();
  await expect(page.getByText(spec.handout!.keyPoints[0]!)).toBeVisible();
  await expect(page.getByText(spec.handout!.facts[0]!.source)).toBeVisible();
  await expect(page.getByText('Call every customer back the same day.')).toHaveCount(0);
  await page.getByRole('checkbox', { name: r.records.handout.includeReflection }).check();
  await expect(page.getByText('Call every customer back the same day.')).toBeVisible();
  await expectNoA11yViolations(page, 'handout');

  // My progress: the lesson is there; export waits for the profile.
  await page.getByRole('navigation', { name: t.nav.label }).getByRole('link', { name: t.nav.progress }).click();
  await expect(page.getByRole('heading', { level: 1, name: r.records.progress.title })).toBeVisible();
  const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${spec.title}`) }) });
  await expect(row).toContainText(r.records.progress.status.completed);
  await expect(row).toContainText('100%');
  await expect(page.getByRole('button', { name: r.records.export.json })).toHaveAttribute('aria-disabled', 'true');
  await expectNoA11yViolations(page, 'progress (no profile)');
  await page.getByRole('link', { name: r.records.export.profileLink }).click();

  await expect(page.getByRole('heading', { level: 1, name: r.records.profile.title })).toBeVisible();
  await page.getByRole('button', { name: r.records.profile.save }).click();
  await expect(page.getByText(r.records.profile.problem.name.required)).toBeVisible();
  await page.getByRole('textbox', { name: new RegExp(r.records.profile.name) }).fill(learner.name);
  await page.getByRole('textbox', { name: new RegExp(r.records.profile.employeeId) }).fill(learner.employeeId);
  await page.getByRole('button', { name: r.records.profile.save }).click();
  await expect(page.getByRole('status')).toContainText(r.records.profile.saved);
  await expectNoA11yViolations(page, 'profile');
  await page.getByRole('link', { name: r.records.profile.goToProgress }).click();

  // JSON: the full record, valid against the schema, with a digest that verifies and no reflection.
  const jsonDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: r.records.export.json }).click();
  const json = await jsonDownload;
  expect(json.suggestedFilename()).toMatch(/^customer-focus-record-E-0417-\d{4}-\d\d-\d\d\.json$/);
  const saved = await readDownload(json);
  const record = JSON.parse(saved) as CompletionRecord;
  expect(completionRecordSchema.safeParse(record).success).toBe(true);
  expect(await verifyRecord(record)).toEqual({ ok: true, record });
  // Saved as its own canonical JSON, so HR's import can check it from the file's bytes.
  expect(saved).toBe(canonicalize(record));
  expect(await verifyRecord(record, { bytes: new TextEncoder().encode(saved), text: saved })).toEqual({ ok: true, record });
  expect(record).toMatchObject({ learner, status: 'in-progress', course: { id: course.course.id, version: course.course.version } });
  expect(record).not.toHaveProperty('reflections');
  expect(record.lessons[0]).toMatchObject({ slug: SLUG, status: 'completed', bestScore: 100, attempts: 1 });
  const answers = record.attempts[0]!.answers;
  expect(answers.map((a) => a.questionId).sort()).toEqual(quiz.questions.map((q) => q.id).sort());
  expect(answers.every((a) => a.correct && a.chosen.every((c) => c.label))).toBe(true);
  await expect(page.getByRole('status').filter({ hasText: json.suggestedFilename() })).toBeVisible();

  // With the reflections ticked, they come along.
  await page.getByRole('checkbox', { name: r.records.export.includeReflections }).check();
  const withReflections = page.waitForEvent('download');
  await page.getByRole('button', { name: r.records.export.json }).click();
  const reflected = JSON.parse(await readDownload(await withReflections)) as CompletionRecord;
  expect(reflected.reflections).toEqual([expect.objectContaining({ lessonSlug: SLUG, text: 'Call every customer back the same day.' })]);
  // The same progress: the same record id, with or without the private reflections.
  expect(reflected.recordId).toBe(record.recordId);

  // CSV: one row that parses back, with the formula-like name neutralised.
  const csvDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: r.records.export.csv }).click();
  const csv = await readDownload(await csvDownload);
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  const parsed = Papa.parse<Record<string, string>>(csv.slice(1), { header: true });
  expect(parsed.errors).toEqual([]);
  expect(parsed.data).toEqual([
    expect.objectContaining({
      record_id: record.recordId,
      learner_name: `'${learner.name}`,
      employee_id: learner.employeeId,
      status: 'in-progress',
      [`${SLUG}.best_score`]: '100',
    }),
  ]);
  await expectNoA11yViolations(page, 'progress (exported)');
});

test('the certificate says what is missing, then prints name, course, date, score and record id', async ({ page }) => {
  await page.goto('./#/certificate');
  await expect(page.getByText(r.records.certificate.locked)).toBeVisible();
  await expect(page.getByRole('link', { name: fill(r.records.certificate.todoLesson, { title: spec.title }) })).toBeVisible();
  await expect(page.getByRole('link', { name: r.records.certificate.todoProfile })).toBeVisible();
  await expectNoA11yViolations(page, 'certificate (locked)');

  const saved = completedCourse();
  await page.evaluate(
    ({ progress, profile }) => {
      localStorage.setItem('cf-progress', progress);
      localStorage.setItem('cf-profile', profile);
    },
    { progress: JSON.stringify(saved), profile: JSON.stringify({ version: 1, state: { ...learner, email: '' } }) },
  );
  await page.reload();
  const certificate = page.getByRole('article', { name: r.records.certificate.eyebrow });
  await expect(certificate).toContainText(learner.name);
  await expect(certificate).toContainText(course.course.title.en);
  await expect(certificate).toContainText('March 12, 2025');
  await expect(certificate).toContainText('90%');
  const recordId = (await certificate.locator('code').textContent())!;
  expect(recordId).toMatch(/^[0-9a-f-]{36}$/);
  await expectNoA11yViolations(page, 'certificate');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: r.records.certificate.download }).click();
  const record = JSON.parse(await readDownload(await download)) as CompletionRecord;
  expect(record).toMatchObject({ recordId, status: 'completed', finalScore: 90, passed: true });
  expect((await verifyRecord(record)).ok).toBe(true);

  // One state of progress, one record id: after a reload, and in the JSON and CSV of My progress.
  await page.reload();
  await expect(certificate.locator('code')).toHaveText(recordId);
  await page.goto('./#/progress');
  const json = page.waitForEvent('download');
  await page.getByRole('button', { name: r.records.export.json }).click();
  expect(JSON.parse(await readDownload(await json))).toMatchObject({ recordId });
  const csv = page.waitForEvent('download');
  await page.getByRole('button', { name: r.records.export.csv }).click();
  const rows = Papa.parse<Record<string, string>>((await readDownload(await csv)).slice(1), { header: true }).data;
  expect(rows[0]).toMatchObject({ record_id: recordId });
  await page.goto('./#/certificate');

  // Printed: only the certificate, on its own landscape page.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.getByRole('button', { name: r.records.print.button })).toBeHidden();
  await expect(certificate).toBeVisible();
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)).toHaveLength(1);
});

test.describe('on a 360 px phone', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test('my progress shows every score, and what it is made of, without sideways scrolling', async ({ page }) => {
    const saved = completedCourse();
    // Every check of every lesson done once, so each lesson has a score, and the lesson with a
    // quiz and a scenario explains its score.
    const lessons = course.lessons.map((l) => l.versions.en).filter((l) => l.kind === 'lesson');
    const checkedAt = new Date(Date.UTC(2025, 2, 2, 9)).toISOString();
    for (const each of lessons) {
      for (const check of each.quizzes) {
        const ids = check.questions.slice(0, check.draw ?? check.questions.length).map((q) => q.id);
        (saved.state.quizzes as Record<string, unknown>)[check.id] = {
          attempts: [
            {
              id: `${check.id}-1`,
              lessonSlug: each.slug,
              startedAt: checkedAt,
              finishedAt: checkedAt,
              seed: 1,
              questionIds: ids,
              position: 0,
              drafts: {},
              answers: Object.fromEntries(ids.map((id) => [id, { input: { type: 'single-choice', selected: 'a' }, earned: 1, total: 1, checkedAt }])),
            },
          ],
        };
      }
    }
    await page.goto('./#/progress');
    await page.evaluate((progress) => localStorage.setItem('cf-progress', progress), JSON.stringify(saved));
    await page.reload();

    const table = page.getByRole('table', { name: r.records.progress.tableCaption });
    await expect(table).toBeVisible();
    const scores = table.locator(`td[data-label="${r.records.progress.column.bestScore}"]`);
    await expect(scores).toHaveCount(course.lessons.length);
    await expect(table).toContainText(fill(r.records.checks.summary_other, { count: 2, parts: '' }).trim());

    // Nothing is wider than the screen: not the page, not the table's box.
    const widths = await page.evaluate(() => {
      const box = document.querySelector('.table-scroll')!;
      return { page: [document.documentElement.scrollWidth, document.documentElement.clientWidth], table: [box.scrollWidth, box.clientWidth] };
    });
    expect(widths.page[0]).toBeLessThanOrEqual(widths.page[1]!);
    expect(widths.table[0]).toBeLessThanOrEqual(widths.table[1]!);
    for (const score of await scores.all()) {
      await score.scrollIntoViewIfNeeded();
      await expect(score).toBeInViewport({ ratio: 1 });
      await expect(score).toContainText('%');
    }
    await expectNoA11yViolations(page, 'progress (360 px)');
  });
});

test('the records pages speak Spanish', async ({ page }) => {
  const es = (await import('../../src/i18n/locales/es/records.json', { with: { type: 'json' } })).default;
  await page.goto('./#/progress');
  await page.getByRole('combobox', { name: t.language.label }).selectOption('es');
  await expect(page.getByRole('heading', { level: 1, name: es.progress.title })).toBeVisible();
  await expect(page.getByRole('button', { name: es.export.json })).toBeVisible();
  await expect(page.getByRole('row').nth(1)).toContainText(lesson(SLUG, 'es').title);
  await expectNoA11yViolations(page, 'progress (es)');
  await page.getByRole('navigation', { name: text.es.nav.label }).getByRole('link', { name: text.es.nav.profile }).click();
  await expect(page.getByRole('heading', { level: 1, name: es.profile.title })).toBeVisible();
  await expectNoA11yViolations(page, 'profile (es)');
});

test('my progress, when a lesson file cannot load, says so; Try again shows the page once the connection is back', async ({ page }) => {
  // Not lesson 1's file: a records page lists every lesson, so any one of them missing stops it.
  const file = `**/assets/lesson-${course.lessons.at(-2)!.slug}-en-*.js`;
  await page.route(file, (route) => route.abort('internetdisconnected'));
  await page.goto('./#/progress');
  const problem = page.getByRole('heading', { name: t.crash.title });
  await expect(problem).toBeFocused();

  await page.unroute(file);
  await page.getByRole('button', { name: t.app.retry }).click();
  await expect(page.getByRole('heading', { level: 1, name: records.progress.title })).toBeVisible();
  await expect(problem).toBeHidden();
});
