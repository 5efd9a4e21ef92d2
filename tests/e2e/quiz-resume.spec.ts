import { expect, test, type Page } from '@playwright/test';
import { correctLabels, fill, freshStart, lesson, text } from './support';

const SLUG = 'what-customer-focus-means';
const t = text.en;
const spec = lesson(SLUG);
const quiz = spec.quizzes[0]!;
const correct = correctLabels(spec);

/** The question on screen, found through the spec by its first choice (the attempt decides the order). */
async function currentQuestion(page: Page) {
  for (const q of quiz.questions) {
    if (!('choices' in q)) continue;
    if (await page.getByRole(q.type === 'single-choice' ? 'radio' : 'checkbox', { name: q.choices[0]!.label, exact: true }).count()) return q;
  }
  throw new Error('No known question on screen');
}

test.beforeEach(async ({ page }) => {
  await freshStart(page);
});

// Written for the phone (360x740), where one question fills the screen and the reflection follows
// it; the desktop project runs it too.
test('after a reload mid-quiz the learner sees the question they were on, with focus on it', async ({ page }) => {
  await page.goto(`./#/lessons/${SLUG}`);
  await page.getByRole('button', { name: t.quiz.start.button }).click();
  const first = await currentQuestion(page);
  const firstRole = first.type === 'single-choice' ? 'radio' : 'checkbox';
  for (const label of correct.get(first.id)!) await page.getByRole(firstRole, { name: label, exact: true }).click();
  await page.getByRole('button', { name: t.quiz.check }).click();
  await page.getByRole('button', { name: t.quiz.next }).click();

  const second = await currentQuestion(page);
  const role = second.type === 'single-choice' ? 'radio' : 'checkbox';
  const ticked = page.getByRole(role, { name: second.choices[1]!.label, exact: true });
  await ticked.click();

  await page.reload();
  const heading = page.getByRole('heading', { name: fill(t.quiz.progress, { current: 2, total: quiz.questions.length }) });
  await expect(ticked).toBeChecked();
  // Let the page settle: a late move (the browser's own scroll restoration, late layout) must not take it away.
  await page.waitForTimeout(500);
  await expect(heading).toBeInViewport();
  await expect(heading).toBeFocused();
  await expect(page.getByRole('textbox', { name: spec.reflections[0]!.prompt })).not.toBeInViewport();
});

test('after a reload the learner who had moved on from the quiz to the reflection is back at the reflection', async ({ page }) => {
  await page.goto(`./#/lessons/${SLUG}`);
  await page.getByRole('button', { name: t.quiz.start.button }).click();
  const first = await currentQuestion(page);
  await page.getByRole(first.type === 'single-choice' ? 'radio' : 'checkbox', { name: first.choices[0]!.label, exact: true }).click();

  // Scrolled on, as a learner does, and wrote there.
  const reflection = page.getByRole('textbox', { name: spec.reflections[0]!.prompt });
  await reflection.evaluate((field) => field.scrollIntoView({ block: 'start', behavior: 'instant' }));
  await reflection.fill('Call back the same day.');

  await page.reload();
  await expect(reflection).toHaveValue('Call back the same day.');
  await page.waitForTimeout(500);
  await expect(reflection).toBeInViewport();
});
