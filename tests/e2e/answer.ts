import { expect, type Locator, type Page } from '@playwright/test';
import type { LessonSpec } from '../../src/content/lesson-spec';
import type { QuestionSpec, QuizSpec } from '../../src/quiz/question-spec';
import { scenarioPaths, walkScenario } from '../../src/quiz/types/scenario/scenario-graph';
import type { ScenarioSpec } from '../../src/quiz/types/scenario/scenario-spec';
import { fill, text } from './support';

type Locale = 'en' | 'es';

/** The walk through a scenario that earns its best points. */
export const bestWalk = (scenario: ScenarioSpec) =>
  scenarioPaths(scenario)
    .map((path) => walkScenario(scenario, path))
    .find((walk) => walk.earned === scenario.bestPoints)!;

/** Answers one question on screen the way a learner who knows the answer would. */
export async function answerRight(scope: Locator, question: QuestionSpec, locale: Locale) {
  const t = text[locale].quiz;
  switch (question.type) {
    case 'single-choice':
      await scope.getByRole('radio', { name: question.choices.find((c) => c.correct)!.label, exact: true }).check();
      return;
    case 'multiple-choice':
      for (const choice of question.choices.filter((c) => c.correct)) {
        await scope.getByRole('checkbox', { name: choice.label, exact: true }).check();
      }
      return;
    case 'ordering': {
      const labels = question.items.map((i) => i.label);
      for (let target = 0; target < labels.length; target++) {
        const label = labels[target]!;
        for (let guard = 0; guard < labels.length; guard++) {
          const shown = (await scope.getByRole('list').first().getByRole('listitem').allTextContents()).map(
            (row) => labels.find((l) => row.includes(l)) ?? row,
          );
          if (shown.indexOf(label) <= target) break;
          await scope.getByRole('button', { name: fill(t.ordering.moveUp, { item: label }), exact: true }).click();
        }
      }
      return;
    }
    case 'matching':
      for (const pair of question.pairs) {
        await scope.getByRole('combobox', { name: pair.left, exact: true }).selectOption({ label: pair.right });
      }
      return;
    case 'scenario':
      for (const { option } of bestWalk(question).turns) {
        await scope.getByRole('group', { name: t.scenario.chooseReply }).getByRole('button', { name: option.label, exact: true }).click();
      }
      return;
  }
}

/** Starts a quiz and answers every question it draws correctly, then opens the result. */
export async function passQuiz(page: Page, quiz: QuizSpec, locale: Locale) {
  const t = text[locale].quiz;
  const region = page.getByRole('region', { name: quiz.title ?? t.defaultTitle, exact: true });
  if (quiz.standalone) {
    await answerRight(region, quiz.questions[0]!, locale);
    await expect(region.getByText(t.scenario.best)).toBeVisible();
    return;
  }
  await region.getByRole('button', { name: t.start.button }).click();
  const count = Math.min(quiz.draw ?? quiz.questions.length, quiz.questions.length);
  for (let i = 1; i <= count; i++) {
    await expect(region.getByRole('heading', { name: fill(t.progress, { current: i, total: count }) })).toBeVisible();
    const id = await region.locator('[data-question-id]').getAttribute('data-question-id');
    const question = quiz.questions.find((q) => q.id === id)!;
    await answerRight(region, question, locale);
    await region.getByRole('button', { name: t.check }).click();
    await expect(region.getByRole('status').getByText(t.verdict.correct, { exact: true })).toBeVisible();
    await region.getByRole('button', { name: i === count ? t.seeResult : t.next }).click();
  }
  await expect(region.getByRole('heading', { name: t.result.heading })).toBeVisible();
}

/** Opens a lesson, passes every check in it, and finishes it. */
export async function completeLesson(page: Page, spec: LessonSpec, locale: Locale) {
  const t = text[locale];
  await page.goto(`./#/lessons/${spec.slug}`);
  await expect(page.getByRole('heading', { level: 1, name: spec.title })).toBeVisible();
  for (const quiz of spec.quizzes) await passQuiz(page, quiz, locale);
  await page.getByRole('button', { name: t.lesson.finish }).click();
  await expect(page.getByRole('heading', { level: 1, name: fill(t.complete.heading, { title: spec.title }) })).toBeVisible();
  await expect(page.getByText(fill(t.complete.score, { score: 100 }))).toBeVisible();
}
