import { expect, type Locator, type Page } from '@playwright/test';
import type { LessonSpec } from '../../src/content/lesson-spec';
import { questionAnswers, type QuestionAnswersRegistry } from '../../src/quiz/question-answers';
import type { SpecOf } from '../../src/quiz/question-contract';
import type { CorrectResponse } from '../../src/quiz/question-descriptor';
import type { QuestionSpec, QuestionType, QuizSpec } from '../../src/quiz/question-spec';
import { fill, text } from './support';

type Locale = 'en' | 'es';

const answers: QuestionAnswersRegistry = questionAnswers;

const correctResponseOf = <K extends QuestionType>(type: K, question: SpecOf<K>): CorrectResponse => answers[type].interaction.correctResponse(question);

/**
 * Answers one question on screen the way a learner who knows the answer would. It drives the
 * question by its interaction (the same for every type that shares it), from the answer key.
 */
export async function answerRight(scope: Locator, question: QuestionSpec, locale: Locale) {
  const t = text[locale].quiz;
  const response = correctResponseOf(question.type, question);
  switch (response.type) {
    case 'choice':
      for (const { label } of response.choices) {
        await scope.getByRole('radio', { name: label, exact: true }).or(scope.getByRole('checkbox', { name: label, exact: true })).check();
      }
      return;
    case 'sequencing': {
      const labels = response.items.map((item) => item.label);
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
      for (const { source, target } of response.pairs) {
        await scope.getByRole('combobox', { name: source.label, exact: true }).selectOption({ label: target.label });
      }
      return;
    case 'performance':
      for (const { response: reply } of response.steps) {
        await scope.getByRole('group', { name: t.scenario.chooseReply }).getByRole('button', { name: reply.label, exact: true }).click();
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
