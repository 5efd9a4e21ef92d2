import { expect, test } from '@playwright/test';
import { strToU8, zipSync } from 'fflate';
import enHr from '../../src/i18n/locales/en/hr.json' with { type: 'json' };
import { completed, notStarted, resealed } from '../support/hr-fixtures';
import { freshStart } from './support';

const plural = (texts: Record<string, string>, key: string, count: number) => texts[`${key}_${count === 1 ? 'one' : 'other'}`]!.replace('{{count, number}}', String(count));

/** A zip of one entry of 64 MB of zeros (a few tens of KB) whose headers claim 1,000 bytes: only inflating it would tell. */
function lyingZipBomb(): Buffer {
  const zip = zipSync({ 'bomb.json': new Uint8Array(64 * 1024 * 1024) }, { level: 9 });
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  view.setUint32(22, 1000, true); // local header: uncompressed size
  for (let at = 0; at + 4 <= zip.length; at++) {
    if (view.getUint32(at, true) === 0x02014b50) view.setUint32(at + 24, 1000, true); // central directory: uncompressed size
  }
  return Buffer.from(zip);
}

const HTML_NAME = '<img src=x onerror="document.title=\'pwned\'">Eve \u202Egnp.exe\u202C';
const LONG_NAME = 'L'.repeat(190);

test('HR loads hostile files after a good one: each gets its reason, names stay text, the good record stays and the page answers', async ({ page }) => {
  test.slow();
  await freshStart(page);
  page.on('dialog', (dialog) => {
    throw new Error(`A file opened a dialog: ${dialog.message()}`);
  });
  await page.goto('./#/hr');
  const choose = page.getByLabel(enHr.import.choose);
  await choose.setInputFiles({ name: 'ada.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(notStarted())) });
  await expect(page.getByRole('status').filter({ hasText: plural(enHr.import, 'loaded', 1) })).toBeVisible();

  const html = await resealed(completed(), (record) => {
    record.learner.name = HTML_NAME;
    record.learner.employeeId = 'H-1';
    record.recordId = '3f2b8c1e-7a4d-4e5f-9b6a-000000000001';
  });
  const long = await resealed(completed(), (record) => {
    record.learner.name = LONG_NAME;
    record.learner.employeeId = 'H-2';
    record.recordId = '3f2b8c1e-7a4d-4e5f-9b6a-000000000002';
  });
  const polluting = JSON.stringify(notStarted()).replace('{', '{"__proto__":{"polluted":true},');
  await choose.setInputFiles([
    { name: 'bomb.zip', mimeType: 'application/zip', buffer: lyingZipBomb() },
    { name: 'names.zip', mimeType: 'application/zip', buffer: Buffer.from(zipSync({ [`${'n'.repeat(10_000)}.json`]: strToU8('not json'), '<b>x</b>\u202E.json': strToU8('[') })) },
    { name: 'deep.json', mimeType: 'application/json', buffer: Buffer.from('['.repeat(100_000) + ']'.repeat(100_000)) },
    { name: 'proto.json', mimeType: 'application/json', buffer: Buffer.from(polluting) },
    { name: 'infinity.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(notStarted()).replace(/"timeSpentSeconds":\d+/, '"timeSpentSeconds":1e309')) },
    { name: 'html.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(html)) },
    { name: 'long.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(long)) },
  ]);

  const status = page.getByRole('status').filter({ hasText: plural(enHr.import, 'loaded', 2) });
  await expect(status).toContainText(plural(enHr.import, 'notLoaded', 6));
  await expect(status).toContainText(plural(enHr.import, 'learners', 3));

  const problems = page.getByRole('region', { name: enHr.problems.list });
  const reason = (file: string | RegExp) => problems.getByRole('listitem').filter({ hasText: file });
  await expect(reason('bomb.zip/bomb.json')).toContainText(enHr.problems.code['bad-zip']);
  await expect(reason('deep.json')).toContainText(enHr.problems.code['wrong-format']);
  await expect(reason('proto.json')).toContainText('__proto__');
  await expect(reason('infinity.json')).toContainText('timeSpentSeconds');
  // A file name of 10,000 characters is cut where it shows; one with HTML shows as text.
  await expect(reason(/names\.zip\/n+…/)).toContainText(enHr.problems.code['not-json']);
  await expect(reason('names.zip/<b>x</b>\u202E.json')).toContainText(enHr.problems.code.truncated);
  await expect(problems.locator('b')).toHaveCount(0);

  // Names are text: no element from a name, no script run, no prototype reached; a long one is cut visibly.
  // A table on a laptop, cards on a phone.
  const learner = (name: string) => page.getByRole('rowheader').or(page.getByRole('heading', { level: 3 })).filter({ hasText: name });
  await expect(learner('Ada Lovelace')).toBeVisible();
  await expect(learner(HTML_NAME)).toBeVisible();
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  await expect(learner(`${'L'.repeat(80)}…`)).toBeVisible();
  expect(await page.title()).not.toBe('pwned');
  expect(await page.evaluate(() => ({} as Record<string, unknown>).polluted)).toBeUndefined();

  // The page still answers at once.
  const started = Date.now();
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(done)));
  expect(Date.now() - started).toBeLessThan(1000);
  await page.getByRole('button', { name: enHr.import.clear }).click();
  await expect(page.getByRole('status').filter({ hasText: enHr.import.cleared })).toBeVisible();
});
