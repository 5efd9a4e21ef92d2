import { expect, test, type Page } from '@playwright/test';
import records from '../../src/i18n/locales/en/records.json' with { type: 'json' };
import { fill, freshStart, lesson, text } from './support';

const t = text.en;
const es = text.es;
const third = lesson('customer-focus-as-a-team-habit');
const thirdEs = lesson('customer-focus-as-a-team-habit', 'es');
const questions = third.quizzes[0]!.draw ?? third.quizzes[0]!.questions.length;

/** Every URL the page's origin keeps in Cache Storage (the service worker's precache and the lessons). */
const storedUrls = (page: Page) =>
  page.evaluate(async () => {
    const names = await caches.keys();
    const urls = await Promise.all(names.map(async (name) => (await (await caches.open(name)).keys()).map((request) => request.url)));
    return urls.flat();
  });

/** Opens the third lesson from the home page (never opened before) and starts its quiz. */
async function takeThirdLesson(page: Page, locale: 'en' | 'es') {
  const spec = locale === 'en' ? third : thirdEs;
  const words = locale === 'en' ? t : es;
  await page.getByRole('link', { name: spec.title, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: spec.title })).toBeVisible();
  await page.getByRole('button', { name: words.quiz.start.button }).first().click();
  await expect(page.getByRole('heading', { name: fill(words.quiz.progress, { current: 1, total: questions }) })).toBeVisible();
}

test.beforeEach(async ({ page }) => {
  await freshStart(page);
});

test('after one visit, the course works with no connection in the learner\'s language: a lesson never opened, progress saved', async ({ page, context }) => {
  await page.goto('./');
  // The pages and every lesson in the learner's language are stored once the home page says so.
  await expect(page.getByText(t.offline.available)).toBeVisible();

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  // A lesson never opened while online: its page, body and questions come from the device.
  await takeThirdLesson(page, 'en');

  // Progress made offline is saved on the device like any other.
  await page.reload();
  await expect(page.getByRole('heading', { name: fill(t.quiz.progress, { current: 1, total: questions }) })).toBeVisible();

  // The records pages work too, never opened online: every lesson, from the lessons stored.
  await page.getByRole('link', { name: records.progress.title }).click();
  await expect(page.getByRole('heading', { level: 1, name: records.progress.title })).toBeVisible();
  await expect(page.getByRole('rowheader', { name: third.title }).or(page.getByRole('cell', { name: third.title }))).toBeVisible();
  await page.goto('./#/lessons/customer-focus-as-a-team-habit/handout');
  await expect(page.getByRole('heading', { level: 1, name: third.title })).toBeVisible();
  await context.setOffline(false);
});

test('a language chosen while online is stored too: after the switch, its lessons work with no connection', async ({ page, context }) => {
  await page.goto('./');
  await expect(page.getByText(t.offline.available)).toBeVisible();
  // Only the learner's language is stored on the first visit.
  expect((await storedUrls(page)).filter((url) => /\/assets\/(lesson|questions)-[^/]+-es-/.test(url))).toEqual([]);

  await page.getByRole('combobox', { name: t.language.label }).selectOption('es');
  await expect(page.getByText(es.offline.available)).toBeVisible();

  await context.setOffline(true);
  await page.reload();
  await takeThirdLesson(page, 'es');

  // The first language stays stored: switching back offline still works.
  await page.getByRole('combobox', { name: es.language.label }).selectOption('en');
  await expect(page.getByRole('heading', { level: 1, name: third.title })).toBeVisible();
  await expect(page.getByRole('heading', { name: fill(t.quiz.progress, { current: 1, total: questions }) })).toBeVisible();
  await context.setOffline(false);
});

test('what only trainers, HR or an LMS use is not stored for offline use', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByText(t.offline.available)).toBeVisible();
  const stored = await storedUrls(page);
  expect(stored.some((url) => /lesson-customer-focus-as-a-team-habit-en-/.test(url))).toBe(true);
  expect(stored.filter((url) => /HrPage|hr-|import-worker|verify-worker|GalleryPage|gallery-|scorm-adapter|cmi5-adapter|xapi-adapter/.test(url))).toEqual([]);
});
