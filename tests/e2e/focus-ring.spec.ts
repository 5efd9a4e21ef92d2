import { expect, test, type Locator, type Page } from '@playwright/test';
import { fill, freshStart, lesson, tabTo, text } from './support';

const SLUG = 'what-customer-focus-means';
const t = text.en;
const spec = lesson(SLUG);
const total = spec.quizzes[0]!.questions.length;

/** The outline the focused element shows, as computed by the browser. */
const outlineOf = (target: Locator) =>
  target.evaluate((el) => {
    const style = getComputedStyle(el);
    return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
  });

const expectNoBox = async (target: Locator) => {
  await expect(target).toBeFocused();
  expect((await outlineOf(target)).style).toBe('none');
};

/** WCAG 2.4.7: a keyboard user sees where focus is; the theme draws 3 px. */
const expectFocusRing = async (target: Locator) => {
  await expect(target).toBeFocused();
  const outline = await outlineOf(target);
  expect(outline.style).toBe('solid');
  expect(outline.width).toBeGreaterThanOrEqual(2);
};

/** Starts lesson 1's quiz, ticks the first choice of question 1, checks it and goes on to question 2. */
async function onToQuestionTwo(page: Page, press: (button: Locator) => Promise<void>) {
  await press(page.getByRole('button', { name: t.quiz.start.button }));
  const choice = page.getByRole('radio').or(page.getByRole('checkbox')).first();
  await choice.check();
  await press(page.getByRole('button', { name: t.quiz.check }));
  await press(page.getByRole('button', { name: t.quiz.next }));
  return page.getByRole('heading', { name: fill(t.quiz.progress, { current: 2, total }) });
}

test.beforeEach(async ({ page }) => {
  await freshStart(page);
});

test('a mouse user gets focus moved to each new heading without a box drawn around it', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('link', { name: t.home.start }).click();
  await expectNoBox(page.getByRole('heading', { level: 1, name: spec.title }));

  const question = await onToQuestionTwo(page, (button) => button.click());
  await expectNoBox(question);

  // A reload before any input lands on the question the learner was on, focused but not boxed. The
  // reading position is saved once the page settles on the quiz: the reload comes after that, not
  // in the same instant as the click.
  const saved = () => page.evaluate((slug) => (JSON.parse(localStorage.getItem('cf-progress') ?? '{}') as { state?: { lessons?: Record<string, { position?: string }> } }).state?.lessons?.[slug]?.position, SLUG);
  await expect.poll(saved).toBe(`quiz-${spec.quizzes[0]!.id}`);
  await page.reload();
  await expectNoBox(question);

  await page.getByRole('navigation', { name: t.nav.label }).getByRole('link', { name: t.nav.course }).click();
  await expectNoBox(page.getByRole('heading', { level: 1 }));
});

test('a keyboard user sees a focus indicator on each heading focus moves to', async ({ page }) => {
  await page.goto('./');
  await tabTo(page, page.getByRole('link', { name: t.home.start }));
  await page.keyboard.press('Enter');
  await expectFocusRing(page.getByRole('heading', { level: 1, name: spec.title }));

  const question = await onToQuestionTwo(page, async (button) => {
    await tabTo(page, button);
    await page.keyboard.press('Enter');
  });
  await expectFocusRing(question);
});
