import { expect, test } from '@playwright/test';
import { completeLesson } from './answer';
import { course, expectNoA11yViolations, fill, freshStart, lesson, text } from './support';

// Six lessons end to end: give it room on a busy machine.
test.describe.configure({ timeout: 240_000 });

test('a learner takes the whole course in English, passes the assessment and completes the course', async ({ page }) => {
  await freshStart(page, 'en');
  const t = text.en;
  const lessons = course.lessons.map((l) => lesson(l.slug, 'en'));
  const assessment = lessons.find((l) => l.kind === 'assessment')!;
  expect(assessment.quizzes[0]!.draw).toBe(10);
  expect(assessment.quizzes[0]!.questions.length).toBeGreaterThanOrEqual(20);

  for (const spec of lessons) await completeLesson(page, spec, 'en');

  await page.goto('./');
  const taught = lessons.length - 1;
  await expect(page.getByRole('region', { name: t.home.progressLabel })).toContainText(
    `${fill(t.home.progress, { completed: taught, total: taught })}. ${t.home.assessmentPassed}`,
  );
  const done = page.getByRole('region', { name: t.home.courseCompleteHeading });
  await expect(done).toBeVisible();
  await expectNoA11yViolations(page, 'home, course complete');
  await done.getByRole('link', { name: t.home.certificate }).click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  // Every attempt is recorded: the assessment's attempt is in the store with the ten questions drawn.
  const attempts = await page.evaluate(
    (id) => (JSON.parse(localStorage.getItem('cf-progress')!) as { state: { quizzes: Record<string, { attempts: Array<{ questionIds: string[] }> }> } }).state.quizzes[id]!.attempts,
    assessment.quizzes[0]!.id,
  );
  expect(attempts).toHaveLength(1);
  expect(attempts[0]!.questionIds).toHaveLength(10);
});

test('a learner takes a lesson in Spanish from the home page to its completion screen', async ({ page }) => {
  await freshStart(page, 'es');
  const spec = lesson(course.lessons[1]!.slug, 'es');
  await page.goto('./');
  await page.getByRole('link', { name: spec.title }).click();
  await completeLesson(page, spec, 'es');
  await expectNoA11yViolations(page, 'completion (es)');
  await page.getByRole('link', { name: text.es.complete.backHome }).click();
  const card = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: spec.title, exact: true }) });
  await expect(card).toContainText(text.es.status.completed);
});
