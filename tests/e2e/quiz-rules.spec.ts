import { expect, test, type Locator, type Page } from '@playwright/test';
import type { QuestionSpec } from '../../src/quiz/question-spec';
import { drawQuestions } from '../../src/quiz/quiz-engine';
import { expectNoA11yViolations, fill, freshStart, gallery, text } from './support';

const t = text.en.quiz;
const quiz = gallery('en').quizzes.find((q) => q.id === 'gallery-quiz-rules')!;

interface StoredAttempt {
  seed: number;
  questionIds: string[];
  position: number;
  drafts: Record<string, unknown>;
  answers: Record<string, { earned: number; total: number }>;
  finishedAt?: string;
}

/** Every attempt of the quiz, as saved on the device. */
const storedAttempts = (page: Page): Promise<StoredAttempt[]> =>
  page.evaluate(
    (id) =>
      (JSON.parse(localStorage.getItem('cf-progress') ?? '{}') as { state?: { quizzes?: Record<string, { attempts?: StoredAttempt[] }> } }).state?.quizzes?.[id]?.attempts ?? [],
    quiz.id,
  );

const section = (page: Page) => page.getByRole('region', { name: quiz.title!, exact: true });

/** The question on screen, found through the spec by its prompt. */
async function shownQuestion(region: Locator): Promise<QuestionSpec> {
  for (const question of quiz.questions) {
    if ('prompt' in question && (await region.getByRole('group', { name: question.prompt }).count())) return question;
  }
  throw new Error('No known question on screen');
}

const rightLabel = (question: QuestionSpec) => ('choices' in question ? question.choices.find((c) => c.correct)!.label : '');
const wrongLabel = (question: QuestionSpec) => ('choices' in question ? question.choices.find((c) => !c.correct)!.label : '');

test.beforeEach(async ({ page }) => {
  await freshStart(page);
});

test('the quiz rules are set up as the test expects', () => {
  expect(quiz).toMatchObject({ draw: 2, shuffle: true, passMark: 50 });
  expect(quiz.questions.length).toBeGreaterThan(2);
});

test('a drawn, shuffled quiz comes back exactly after a reload, and a retry stores a new draw', async ({ page }) => {
  await page.goto('./#/gallery');
  const region = section(page);
  await expect(region.getByText(fill(t.start.questions_other, { count: 2 }))).toBeVisible();
  await expect(region.getByText(fill(t.start.passMark, { passMark: 50 }))).toBeVisible();
  await region.getByRole('button', { name: t.start.button }).click();

  const [first] = await storedAttempts(page);
  expect(first!.questionIds).toHaveLength(2);
  expect(first!.questionIds).toEqual(drawQuestions(quiz, first!.seed));

  const one = await shownQuestion(region);
  expect(one.id).toBe(first!.questionIds[0]);
  await region.getByRole('radio', { name: rightLabel(one), exact: true }).check();
  await region.getByRole('button', { name: t.check }).click();
  await region.getByRole('button', { name: t.next }).click();
  const two = await shownQuestion(region);
  expect(two.id).toBe(first!.questionIds[1]);
  await region.getByRole('radio', { name: wrongLabel(two), exact: true }).check();
  const saved = (await storedAttempts(page))[0]!;
  expect(saved).toMatchObject({ position: 1, answers: { [one.id]: { earned: 1, total: 1 } } });
  expect(Object.keys(saved.drafts)).toEqual([two.id]);

  await page.reload();
  await expect(region.getByRole('heading', { name: fill(t.progress, { current: 2, total: 2 }) })).toBeVisible();
  expect((await shownQuestion(region)).id).toBe(two.id);
  await expect(region.getByRole('radio', { name: wrongLabel(two), exact: true })).toBeChecked();
  expect(await storedAttempts(page)).toEqual([saved]);

  await region.getByRole('button', { name: t.check }).click();
  await region.getByRole('button', { name: t.seeResult }).click();
  await expect(region.getByText(fill(t.result.score_other, { earned: 1, count: 2 }))).toBeVisible();
  await expect(region.getByText(fill(t.result.passed, { passMark: 50 }))).toBeVisible();
  await expectNoA11yViolations(page, 'drawn quiz result');

  await page.reload();
  await expect(region.getByText(fill(t.result.passed, { passMark: 50 }))).toBeVisible();

  await region.getByRole('button', { name: t.result.retry }).click();
  await expect(region.getByRole('heading', { name: fill(t.progress, { current: 1, total: 2 }) })).toBeFocused();
  const attempts = await storedAttempts(page);
  expect(attempts).toHaveLength(2);
  expect(attempts[0]!.finishedAt).toBeDefined();
  const retry = attempts[1]!;
  expect(retry.seed).not.toBe(first!.seed);
  expect(retry.questionIds).toEqual(drawQuestions(quiz, retry.seed));
  expect(retry).toMatchObject({ position: 0, answers: {}, drafts: {} });
  expect((await shownQuestion(region)).id).toBe(retry.questionIds[0]);
});

test('a quiz below its pass mark says it is not passed yet', async ({ page }) => {
  await page.goto('./#/gallery');
  const region = section(page);
  await region.getByRole('button', { name: t.start.button }).click();
  for (const step of [1, 2]) {
    await region.getByRole('radio', { name: wrongLabel(await shownQuestion(region)), exact: true }).check();
    await region.getByRole('button', { name: t.check }).click();
    await region.getByRole('button', { name: step === 2 ? t.seeResult : t.next }).click();
  }
  await expect(region.getByText(fill(t.result.score_other, { earned: 0, count: 2 }))).toBeVisible();
  await expect(region.getByText(fill(t.result.failed, { passMark: 50 }))).toBeVisible();
});
