import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import records from '../../src/i18n/locales/en/records.json' with { type: 'json' };
import { correctLabels, expectNoA11yViolations, freshStart, lesson, text } from './support';

const SLUG = 'what-customer-focus-means';
const t = text.en;
const b = records.backup;
const spec = lesson(SLUG);
const quiz = spec.quizzes[0]!;
const correct = correctLabels(spec);

/** Starts lesson 1's quiz and checks its first question, answered right. */
async function answerOneQuestion(page: Page) {
  await page.goto(`./#/lessons/${SLUG}`);
  await page.getByRole('button', { name: t.quiz.start.button }).click();
  const question = await (async () => {
    for (const q of quiz.questions) {
      if (!('choices' in q)) continue;
      if (await page.getByRole(q.type === 'single-choice' ? 'radio' : 'checkbox', { name: q.choices[0]!.label, exact: true }).count()) return q;
    }
    throw new Error('No known question on screen');
  })();
  const role = question.type === 'single-choice' ? 'radio' : 'checkbox';
  for (const label of correct.get(question.id)!) await page.getByRole(role, { name: label, exact: true }).click();
  await page.getByRole('button', { name: t.quiz.check }).click();
  await expect(page.getByRole('button', { name: t.quiz.next })).toBeVisible();
}

async function openProgress(page: Page) {
  await page.goto('./#/progress');
  await expect(page.getByRole('heading', { level: 1, name: records.progress.title })).toBeVisible();
}

const lessonRow = (page: Page) => page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${spec.title}`) }) });
/** One row of the restore preview: what this browser holds now, and what the backup holds. */
const previewRow = (page: Page, row: keyof typeof b.row) => page.getByRole('dialog').getByRole('row').filter({ has: page.getByRole('rowheader', { name: b.row[row] }) });

test('a learner backs up in one browser and restores it in another after a preview and a confirmation; a damaged backup changes nothing', async ({ page, browser }) => {
  test.slow();
  await freshStart(page);
  await answerOneQuestion(page);
  await openProgress(page);
  await expect(lessonRow(page)).toContainText(records.progress.status['in-progress']);

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: b.download }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^customer-focus-backup-\d{4}-\d{2}-\d{2}\.json$/);
  const backup = await readFile(await download.path());
  await expect(page.getByRole('status').filter({ hasText: download.suggestedFilename() })).toBeVisible();

  // Another browser: nothing of this learner in it.
  const other = await browser.newContext();
  const fresh = await other.newPage();
  await freshStart(fresh);
  await openProgress(fresh);
  await expect(lessonRow(fresh)).toContainText(records.progress.status['not-started']);

  await fresh.getByLabel(b.restoreLabel).setInputFiles({ name: download.suggestedFilename(), mimeType: 'application/json', buffer: backup });
  const dialog = fresh.getByRole('dialog', { name: b.dialogTitle });
  await expect(dialog).toBeVisible();
  // The preview says what is replaced: nothing checked here yet, one attempt with one answer in the file.
  await expect(previewRow(fresh, 'attempts').getByRole('cell')).toHaveText(['0', '1']);
  await expect(previewRow(fresh, 'answers').getByRole('cell')).toHaveText(['0', '1']);
  // Cancel is where focus starts, so a stray Enter replaces nothing.
  await expect(dialog.getByRole('button', { name: b.cancel })).toBeFocused();
  await expectNoA11yViolations(fresh, 'restore preview');
  await dialog.getByRole('button', { name: b.confirm }).click();
  await expect(dialog).toBeHidden();
  await expect(fresh.getByRole('status').filter({ hasText: b.restored.split('{{')[0]! })).toBeFocused();
  await expect(lessonRow(fresh)).toContainText(records.progress.status['in-progress']);

  // A damaged backup: a message, and the restored progress stays, after a reload too.
  await fresh.getByLabel(b.restoreLabel).setInputFiles({ name: 'customer-focus-backup-damaged.json', mimeType: 'application/json', buffer: backup.subarray(0, 300) });
  const message = fresh.getByRole('region', { name: b.heading }).getByRole('status');
  await expect(message).toHaveText(b.problem.damaged);
  await expect(message).toBeFocused();
  await expect(fresh.getByRole('dialog')).toHaveCount(0);
  await fresh.reload();
  await expect(lessonRow(fresh)).toContainText(records.progress.status['in-progress']);

  // And the quiz resumes where it was in the first browser: the first question answered.
  await fresh.goto(`./#/lessons/${SLUG}`);
  await expect(fresh.getByRole('button', { name: t.quiz.next })).toBeVisible();
  await other.close();
});
