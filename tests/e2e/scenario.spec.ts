import { expect, test, type Page } from '@playwright/test';
import type { ScenarioSpec } from '../../src/quiz/types/scenario/scenario-spec';
import { walkScenario } from '../../src/quiz/types/scenario/scenario-graph';
import { scenarioPaths } from '../../src/quiz/types/scenario/scenario-paths';
import { expectNoA11yViolations, fill, freshStart, lesson, tabTo, text } from './support';

const SLUG = 'walking-the-customers-path';
const t = text.en.quiz;
const spec = lesson(SLUG);
/** The lesson's standalone scenario, as the build wrapped it: a quiz of its own with the scenario as its only question. */
const standalone = spec.quizzes.find((q) => q.standalone && q.questions[0]?.type === 'scenario')!;
const scenario = standalone.questions[0] as ScenarioSpec;
const paths = scenarioPaths(scenario);

const section = (page: Page) => page.getByRole('region', { name: scenario.title! });
const replies = (page: Page) => section(page).getByRole('group', { name: t.scenario.chooseReply }).getByRole('button');
/** The start of a step's text as the page shows it (the spec keeps it as plain text). */
const opening = (stepId: string) => scenario.steps.find((s) => s.id === stepId)!.text.slice(0, 30);
const scoreText = (earned: number) => fill(scenario.bestPoints === 1 ? t.scenario.score_one : t.scenario.score_other, { earned, count: scenario.bestPoints });

async function openLesson(page: Page) {
  await page.goto(`./#/lessons/${SLUG}`);
  await expect(section(page).getByRole('heading', { level: 2, name: scenario.title! })).toBeVisible();
}

test.beforeEach(async ({ page }) => {
  await freshStart(page);
});

test('the scenario has several paths to walk', () => {
  expect(paths.length).toBeGreaterThan(1);
});

for (const path of paths) {
  const walk = walkScenario(scenario, path);
  const name = walk.turns.map((turn) => `${turn.step.id}→${turn.option.goto}`).join(', ');

  test(`walking ${name} shows each reply's feedback, the outcome and ${walk.earned} of ${scenario.bestPoints} points`, async ({ page }) => {
    await openLesson(page);
    for (const [i, { step, option }] of walk.turns.entries()) {
      await expect(replies(page)).toHaveText(step.options.map((o) => o.label));
      await replies(page).getByText(option.label, { exact: true }).click();

      const turn = section(page).getByRole('list', { name: t.scenario.transcript }).getByRole('listitem').nth(i);
      await expect(turn).toContainText(option.label);
      if (option.feedback) await expect(turn).toContainText(option.feedback);
      await expect(page.locator(':focus')).toContainText(opening(option.goto));
    }
    await expect(section(page).getByText(t.scenario.outcome)).toBeVisible();
    await expect(replies(page)).toHaveCount(0);
    await expect(section(page).getByText(scoreText(walk.earned))).toBeVisible();
    await expect(section(page).getByText(walk.earned === scenario.bestPoints ? t.scenario.best : t.scenario.better)).toBeVisible();
    await expect(section(page).getByRole('button', { name: t.scenario.restart })).toBeVisible();
  });
}

test('a keyboard user walks the best path, with focus on each new step, and axe finds nothing at any stage', async ({ page }) => {
  const best = paths.map((path) => walkScenario(scenario, path)).find((w) => w.earned === scenario.bestPoints)!;
  await openLesson(page);
  await expectNoA11yViolations(page, 'scenario start');
  for (const [i, { option }] of best.turns.entries()) {
    await tabTo(page, replies(page).getByText(option.label, { exact: true }));
    await page.keyboard.press('Enter');
    await expect(page.locator(':focus')).toHaveAttribute('tabindex', '-1');
    await expect(page.locator(':focus')).toContainText(opening(option.goto));
    if (i === 0) await expectNoA11yViolations(page, 'scenario mid-way');
  }
  await expect(section(page).getByText(scoreText(scenario.bestPoints))).toBeVisible();
  await expectNoA11yViolations(page, 'scenario end');

  await tabTo(page, section(page).getByRole('button', { name: t.scenario.restart }));
  await page.keyboard.press('Enter');
  await expect(replies(page)).toHaveCount(scenario.steps[0]!.options.length);
  await expect(page.locator(':focus')).toContainText(opening(scenario.steps[0]!.id));
});

test('restart starts again from the first step with an empty transcript', async ({ page }) => {
  const [first] = paths;
  const walk = walkScenario(scenario, first!);
  await openLesson(page);
  for (const { option } of walk.turns) await replies(page).getByText(option.label, { exact: true }).click();
  await section(page).getByRole('button', { name: t.scenario.restart }).click();

  await expect(section(page).getByRole('list', { name: t.scenario.transcript })).toHaveCount(0);
  await expect(replies(page)).toHaveText(scenario.steps[0]!.options.map((o) => o.label));
  await expect(section(page).getByText(t.scenario.outcome)).toHaveCount(0);

  // The restarted try is saved like the first: a reload shows the fresh start, not the old ending.
  await page.reload();
  await expect(replies(page)).toHaveText(scenario.steps[0]!.options.map((o) => o.label));
});

test('a reload restores the path taken, mid-way and at the end', async ({ page }) => {
  const longest = paths.reduce((a, b) => (b.length > a.length ? b : a));
  const walk = walkScenario(scenario, longest);
  await openLesson(page);
  const [firstTurn, ...rest] = walk.turns;
  await replies(page).getByText(firstTurn!.option.label, { exact: true }).click();

  await page.reload();
  const transcript = section(page).getByRole('list', { name: t.scenario.transcript });
  await expect(transcript.getByRole('listitem')).toHaveCount(1);
  await expect(transcript).toContainText(firstTurn!.option.label);
  await expect(replies(page)).toHaveText(rest[0]!.step.options.map((o) => o.label));

  for (const { option } of rest) await replies(page).getByText(option.label, { exact: true }).click();
  await page.reload();
  await expect(transcript.getByRole('listitem')).toHaveCount(walk.turns.length);
  await expect(section(page).getByText(scoreText(walk.earned))).toBeVisible();
  await expect(section(page).getByRole('button', { name: t.scenario.restart })).toBeVisible();
});

test('reaching an end counts the scenario as a finished check for the lesson', async ({ page }) => {
  // Every other check of the lesson is already finished, so only the scenario holds the lesson back.
  const others = spec.quizzes.filter((q) => q.id !== standalone.id);
  await page.addInitScript(
    ({ slug, quizzes }) => {
      if (sessionStorage.getItem('seeded')) return;
      const at = new Date().toISOString();
      const state = {
        lessons: { [slug]: { startedAt: at, lastVisitedAt: at, timeSpentMs: 0 } },
        quizzes: Object.fromEntries(
          quizzes.map((q) => [
            q.id,
            { attempts: [{ id: `seed-${q.id}`, lessonSlug: slug, startedAt: at, finishedAt: at, seed: 1, questionIds: q.questionIds, position: 0, drafts: {}, answers: {} }] },
          ]),
        ),
        reflections: {},
      };
      localStorage.setItem('cf-progress', JSON.stringify({ state, version: 1 }));
      sessionStorage.setItem('seeded', '1');
    },
    { slug: SLUG, quizzes: others.map((q) => ({ id: q.id, questionIds: q.questions.map((x) => x.id) })) },
  );
  await openLesson(page);
  const finish = page.getByRole('button', { name: text.en.lesson.finish });
  await expect(finish).toHaveAttribute('aria-disabled', 'true');

  for (const { option } of walkScenario(scenario, paths[0]!).turns) await replies(page).getByText(option.label, { exact: true }).click();
  await expect(finish).not.toHaveAttribute('aria-disabled', 'true');
  await finish.click();
  await expect(page.getByRole('heading', { level: 1, name: fill(text.en.complete.heading, { title: spec.title }) })).toBeVisible();
});
