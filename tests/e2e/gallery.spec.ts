import { expect, test } from '@playwright/test';
import { expectNoA11yViolations, freshStart, gallery, text } from './support';

for (const locale of ['en', 'es'] as const) {
  test(`the component gallery shows every component working in ${locale}, with no axe violations`, async ({ page }) => {
    await freshStart(page, locale);
    const spec = gallery(locale);
    const t = text[locale];
    await page.goto('./#/gallery');
    await expect(page.getByRole('heading', { level: 1, name: spec.title })).toBeVisible();
    await expect(page.getByRole('note')).toContainText(t.gallery.notice);

    for (const tone of ['tip', 'note', 'warning'] as const) await expect(page.getByText(t.callout[tone], { exact: true })).toBeVisible();
    await expect(page.getByText(t.fact.source)).toBeVisible();
    await expect(page.getByRole('region', { name: t.keyPoints.heading })).toBeVisible();
    await expect(page.getByRole('textbox', { name: spec.reflections[0]!.prompt })).toBeVisible();
    for (const quiz of spec.quizzes) {
      await expect(page.getByRole('region', { name: quiz.title!, exact: true }).first()).toBeVisible();
    }
    await expectNoA11yViolations(page, `gallery (${locale})`);
  });
}

test('the gallery is not in the catalog and its code is not part of a learner download', async ({ page }) => {
  await freshStart(page);
  const requested: string[] = [];
  page.on('request', (request) => requested.push(request.url()));
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.goto('./#/lessons/what-customer-focus-means');
  await expect(page.getByRole('button', { name: text.en.quiz.start.button }).first()).toBeVisible();
  await expect(page.locator('a[href*="gallery"]')).toHaveCount(0);
  expect(requested.filter((url) => /gallery/i.test(url))).toEqual([]);

  await page.goto('./#/gallery');
  await expect(page.getByRole('heading', { level: 1, name: gallery('en').title })).toBeVisible();
  expect(requested.filter((url) => /GalleryPage/.test(url))).not.toEqual([]);
  expect(requested.filter((url) => /gallery-en-/.test(url))).not.toEqual([]);
});

test('the gallery follows the language switcher', async ({ page }) => {
  await freshStart(page);
  await page.goto('./#/gallery');
  await expect(page.getByRole('heading', { level: 1, name: gallery('en').title })).toBeVisible();
  await page.getByLabel(text.en.language.label).selectOption('es');
  await expect(page.getByRole('heading', { level: 1, name: gallery('es').title })).toBeVisible();
  await expect(page.locator('article')).toHaveAttribute('lang', 'es');
});
