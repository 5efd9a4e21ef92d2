import { expect, test } from '@playwright/test';
import { course, expectNoA11yViolations, fill, freshStart, lesson, text } from './support';

const SLUG = 'what-customer-focus-means';

test('switching to Spanish translates the interface and the lesson, and is remembered', async ({ page }) => {
  await freshStart(page, 'en');
  await page.goto('./');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  await page.getByRole('combobox', { name: text.en.language.label }).selectOption('es');
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(page.getByRole('heading', { level: 1, name: course.course.title.es })).toBeVisible();
  await expect(page.getByRole('link', { name: text.es.home.start })).toBeVisible();
  await expectNoA11yViolations(page, 'home (es)');

  await page.reload();
  await expect(page.getByRole('combobox', { name: text.es.language.label })).toHaveValue('es');

  const es = lesson(SLUG, 'es');
  await page.getByRole('link', { name: es.title }).click();
  await expect(page.getByRole('heading', { level: 1, name: es.title })).toBeVisible();
  await expect(page.getByText(text.es.lesson.fallback)).toHaveCount(0);
  await page.getByRole('button', { name: text.es.quiz.start.button }).click();
  await expect(page.getByRole('heading', { name: fill(text.es.quiz.progress, { current: 1, total: es.quizzes[0]!.questions.length }) })).toBeVisible();
  await expectNoA11yViolations(page, 'lesson (es)');
});

test('a Spanish browser gets Spanish on the first visit', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'es-ES' });
  const page = await context.newPage();
  await page.goto('./');
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(page.getByRole('link', { name: text.es.home.start })).toBeVisible();
  await context.close();
});
