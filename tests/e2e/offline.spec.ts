import { expect, test } from '@playwright/test';
import { fill, freshStart, lesson, text } from './support';

const t = text.en;
const es = text.es;
const third = lesson('customer-focus-as-a-team-habit');
const thirdEs = lesson('customer-focus-as-a-team-habit', 'es');

test.beforeEach(async ({ page }) => {
  await freshStart(page);
});

test('after one visit, the course works with no connection: every lesson, both languages, progress saved', async ({ page, context }) => {
  await page.goto('./');
  // The service worker has stored the course once the home page says so.
  await expect(page.getByText(t.offline.available)).toBeVisible();
  await page.evaluate(() => navigator.serviceWorker.ready);

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  // A lesson never opened while online: its page, body and questions come from the device.
  await page.getByRole('link', { name: third.title, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: third.title })).toBeVisible();
  await page.getByRole('button', { name: t.quiz.start.button }).first().click();
  const questions = third.quizzes[0]!.draw ?? third.quizzes[0]!.questions.length;
  await expect(page.getByRole('heading', { name: fill(t.quiz.progress, { current: 1, total: questions }) })).toBeVisible();

  // The other language too.
  await page.getByRole('combobox', { name: t.language.label }).selectOption('es');
  await expect(page.getByRole('heading', { level: 1, name: thirdEs.title })).toBeVisible();
  await expect(page.getByRole('heading', { name: fill(es.quiz.progress, { current: 1, total: questions }) })).toBeVisible();

  // Progress made offline is saved on the device like any other.
  await page.reload();
  await expect(page.getByRole('heading', { name: fill(es.quiz.progress, { current: 1, total: questions }) })).toBeVisible();
  await context.setOffline(false);
});

test('the HR report is not stored for offline use', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByText(t.offline.available)).toBeVisible();
  const cached = await page.evaluate(async () => {
    const names = await caches.keys();
    const urls = await Promise.all(names.map(async (name) => (await (await caches.open(name)).keys()).map((request) => request.url)));
    return urls.flat();
  });
  expect(cached.some((url) => /questions-customer-focus-as-a-team-habit-es-/.test(url))).toBe(true);
  expect(cached.filter((url) => /HrPage|import-worker|verify-worker|GalleryPage/.test(url))).toEqual([]);
});
