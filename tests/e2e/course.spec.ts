import { expect, test } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import records from '../../src/i18n/locales/en/records.json' with { type: 'json' };
import type { CompletionRecord } from '../../src/records/completion-record-schema';
import { verifyRecord } from '../../src/records/verify-record';
import { completeLesson, passQuiz } from './answer';
import { course, expectNoA11yViolations, fill, freshStart, lesson, text } from './support';

// Six lessons end to end: give it room on a busy machine.
test.describe.configure({ timeout: 240_000 });

test('a learner takes the whole course in English, passes the assessment and completes the course', async ({ page }) => {
  await freshStart(page, 'en');
  const t = text.en;
  const r = records;
  const lessons = course.lessons.map((l) => l.versions.en);
  const assessment = lessons.find((l) => l.kind === 'assessment')!;
  const taught = lessons.filter((l) => l.kind === 'lesson');
  expect(assessment.quizzes[0]!.draw).toBe(10);
  expect(assessment.quizzes[0]!.questions.length).toBeGreaterThanOrEqual(20);

  for (const spec of taught) await completeLesson(page, spec, 'en');

  // The assessment asks first for what the certificate is made out to; this learner skips it.
  await page.goto(`./#/lessons/${assessment.slug}`);
  const ask = page.getByRole('region', { name: r.certificateDetails.heading });
  await expect(ask).toContainText(r.certificateDetails.intro);
  await expectNoA11yViolations(page, 'assessment, asking for the certificate details');
  await ask.getByRole('button', { name: r.certificateDetails.skip }).click();
  await expect(page.getByText(r.certificateDetails.skipped)).toBeFocused();
  for (const quiz of assessment.quizzes) await passQuiz(page, quiz, 'en');
  await page.getByRole('button', { name: t.lesson.finish }).click();

  // Passing it ends the course on the course's own screen.
  await expect(page.getByRole('heading', { level: 1, name: fill(r.courseComplete.heading, { course: course.course.title.en }) })).toBeFocused();
  const achieved = page.getByRole('region', { name: r.courseComplete.achievedHeading });
  await expect(achieved).toContainText(fill(r.courseComplete.lessons, { completed: taught.length, total: taught.length }));
  await expect(achieved).toContainText(fill(r.courseComplete.assessment, { score: 100, passMark: course.course.passMark }));
  await expectNoA11yViolations(page, 'course complete, details missing');

  // The skipped details are asked for in place, and the certificate and the record follow.
  const certificate = page.getByRole('region', { name: r.courseComplete.certificateHeading });
  await certificate.getByRole('textbox', { name: new RegExp(r.profile.name) }).fill('Zoë Ñúñez');
  await certificate.getByRole('textbox', { name: new RegExp(r.profile.employeeId) }).fill('E-0417');
  await certificate.getByRole('button', { name: r.certificate.make }).click();
  await expect(certificate.getByRole('link', { name: r.courseComplete.certificateLink })).toBeFocused();
  await expectNoA11yViolations(page, 'course complete');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: r.courseComplete.download }).click();
  const record = JSON.parse(await readFile(await (await download).path(), 'utf8')) as CompletionRecord;
  expect(record).toMatchObject({ status: 'completed', passed: true, finalScore: 100, learner: { name: 'Zoë Ñúñez', employeeId: 'E-0417' } });
  expect((await verifyRecord(record)).ok).toBe(true);

  await page.goto('./');
  await expect(page.getByRole('region', { name: t.home.progressLabel })).toContainText(
    `${fill(t.home.progress, { completed: taught.length, total: taught.length })}. ${t.home.assessmentPassed}`,
  );
  const done = page.getByRole('region', { name: t.home.courseCompleteHeading });
  await expect(done).toBeVisible();
  await expectNoA11yViolations(page, 'home, course complete');
  await done.getByRole('link', { name: t.home.certificate }).click();
  const paper = page.getByRole('article', { name: r.certificate.eyebrow });
  await expect(paper).toContainText('Zoë Ñúñez');
  // The record downloaded at the end and the certificate name the same record.
  await expect(paper.locator('code')).toHaveText(record.recordId);

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
