import { expect, test, type Request } from '@playwright/test';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { LIMITS, measureBudgets } from '../../scripts/bench/budgets';
import { freshStart, lesson, text } from './support';

const dist = resolve(import.meta.dirname, '../..', process.env.E2E_DIST ?? 'dist');
const first = lesson('what-customer-focus-means');
const KB = 1024;

/** What only HR, trainers or an LMS use: a learner's first visit never fetches it. */
const NOT_FOR_LEARNERS = /HrPage|\/hr-|import-worker|verify-worker|GalleryPage|\/gallery-|scorm-adapter|cmi5-adapter|xapi-adapter|course-index|record-csv/;

interface Transfer {
  url: string;
  /** Gzipped (level 9) bytes of a body that came over the network; 0 when the browser had it already. */
  gzip: number;
  byWorker: boolean;
}

test('a first visit straight to a lesson: what it transfers, offline storage included, and nothing only HR, trainers or an LMS use', async ({ page, context }) => {
  await freshStart(page);
  const pending: Array<Promise<Transfer | undefined>> = [];
  const record = async (request: Request): Promise<Transfer | undefined> => {
    const response = await request.response();
    // A response the service worker answered (from its caches) or the HTTP cache revalidated
    // (304) did not cross the network again.
    if (!response || response.fromServiceWorker() || response.status() !== 200) return undefined;
    const { responseBodySize } = await request.sizes();
    if (responseBodySize === 0) return undefined;
    // The body as served: a body the page put straight into a cache is not readable here, and the
    // server sends the built file as it is.
    const file = resolve(dist, `.${new URL(request.url()).pathname}`);
    const body = existsSync(file) && statSync(file).isFile() ? readFileSync(file) : await response.body();
    return { url: request.url(), gzip: gzipSync(body, { level: 9 }).length, byWorker: request.serviceWorker() !== null };
  };
  context.on('requestfinished', (request) => pending.push(record(request)));
  // In the order things happen: the lesson's own files arriving, the offline code being asked for.
  const events: string[] = [];
  context.on('requestfinished', (request) => {
    if (/\/(lesson|questions)-what-customer-focus-means-en-/.test(request.url())) events.push('lesson file');
  });
  context.on('request', (request) => {
    if (/\/offline-register-/.test(request.url())) events.push('offline code');
  });

  await page.goto('./#/lessons/what-customer-focus-means');
  await expect(page.getByRole('heading', { level: 1, name: first.title })).toBeVisible();
  await expect(page.getByRole('button', { name: text.en.quiz.start.button }).first()).toBeVisible();

  // Offline storage is done: the worker is active and every lesson of the learner's language is stored.
  const english = (JSON.parse(readFileSync(resolve(dist, 'offline-lessons.json'), 'utf8')) as { languages: Record<string, string[]> }).languages.en!;
  await page.evaluate(() => navigator.serviceWorker.ready);
  await expect
    .poll(() => page.evaluate(async () => (await (await caches.open('course-lessons')).keys()).length), { timeout: 30_000 })
    .toBe(english.length);
  await page.waitForLoadState('networkidle');

  const transfers = (await Promise.all(pending)).filter((t): t is Transfer => t !== undefined);
  const code = transfers.filter((t) => /\.(js|css)$/.test(new URL(t.url).pathname));
  const js = code.filter((t) => new URL(t.url).pathname.endsWith('.js'));
  const sum = (list: Transfer[]) => list.reduce((n, t) => n + t.gzip, 0);
  const kb = (n: number) => `${(n / KB).toFixed(1)} KB`;
  console.log(
    `first visit straight to ${first.slug} (en): ${kb(sum(js))} of gzipped JS in ${js.length} files ` +
      `(${kb(sum(js.filter((t) => t.byWorker)))} fetched by the service worker), ${kb(sum(code))} with CSS; the budget is ${kb(LIMITS.firstVisit)}`,
  );

  // Offline storage starts once the page is idle: after the lesson's file (its body and questions) is in.
  expect(events.slice(0, events.indexOf('offline code') + 1)).toEqual(['lesson file', 'offline code']);
  expect(transfers.map((t) => t.url).filter((url) => NOT_FOR_LEARNERS.test(url))).toEqual([]);
  // Only the learner's language: no Spanish lesson crossed the network.
  expect(transfers.map((t) => t.url).filter((url) => /\/(lesson|questions)-[^/]+-es-/.test(url))).toEqual([]);
  // Every file once: what the page loaded, the precache and the stored lessons take from the browser's cache.
  const urls = code.map((t) => t.url);
  expect(urls.filter((url, i) => urls.indexOf(url) !== i)).toEqual([]);

  // The size budget (scripts/bench/budgets.ts) counts what the browser really fetched: the page,
  // the code, and the worker's script (sw.js, which Playwright does not report as a request).
  const budget = measureBudgets(dist, 0).budgets.find((b) => b.name === `${first.slug} (en): a first visit straight to it, offline precache included`)!;
  const html = transfers.filter((t) => /(\/|\.html)$/.test(new URL(t.url).pathname));
  const worker = gzipSync(readFileSync(resolve(dist, 'sw.js')), { level: 9 }).length;
  expect(Math.abs(sum(code) + sum(html) + worker - budget.bytes)).toBeLessThan(KB);
});
