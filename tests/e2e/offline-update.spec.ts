import { expect, test } from '@playwright/test';
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve } from 'node:path';
import { freshStart, text } from './support';

const t = text.en;
const SLUG = 'what-customer-focus-means';
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml' };

/**
 * A copy of the build on a server of its own, so the test can publish a new version (a changed
 * sw.js) while the page is open. Every request reads the file afresh, like a site after a deploy.
 */
let folder: string;
let server: Server;
test.beforeAll(async () => {
  folder = mkdtempSync(join(resolve(import.meta.dirname, '../../.tmp'), 'update-'));
  cpSync(resolve(import.meta.dirname, '../..', process.env.E2E_DIST ?? 'dist'), folder, { recursive: true });
  server = createServer((request, response) => {
    const path = join(folder, decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
    const file = statSync(path, { throwIfNoEntry: false })?.isDirectory() ? join(path, 'index.html') : path;
    if (!statSync(file, { throwIfNoEntry: false })?.isFile()) return void response.writeHead(404).end();
    response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-cache' }).end(readFileSync(file));
  });
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
});
test.afterAll(async () => {
  await new Promise((closed) => server.close(closed));
  rmSync(folder, { recursive: true, force: true });
});

test('a new version waits for the learner: Later keeps the page, the next visit asks again, Update now switches', async ({ page }) => {
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  await freshStart(page);
  await page.goto(origin);
  await expect(page.getByText(t.offline.available)).toBeVisible();

  // A new version is published.
  appendFileSync(join(folder, 'sw.js'), '\n// a new version\n');
  await page.reload();
  await expect(page.getByText(t.offline.update)).toBeVisible();
  await page.getByRole('button', { name: t.offline.later }).click();
  await expect(page.getByText(t.offline.update)).toBeHidden();

  await page.reload();
  await expect(page.getByText(t.offline.update)).toBeVisible();
  // Waiting for the reload's load event from before the click: a fast reload may be over before the click returns.
  const reloaded = page.waitForEvent('load');
  await page.getByRole('button', { name: t.offline.reload }).click();
  await reloaded;
  await expect(page.getByText(t.offline.available)).toBeVisible();
  await expect(page.getByText(t.offline.update)).toBeHidden();
  expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting ?? null)).toBeNull();
});

test('a new version published mid-quiz waits: the page is not reloaded, the answers stay, and Update now keeps them', async ({ page }) => {
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  await freshStart(page);
  await page.goto(`${origin}#/lessons/${SLUG}`);
  await expect.poll(() => page.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration())?.active))).toBe(true);
  // A later visit: the worker serves the page, as it does for a learner coming back to the course.
  await page.reload();
  await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
  await page.getByRole('button', { name: t.quiz.start.button }).click();
  const choice = page.getByRole('main').getByRole('radio').or(page.getByRole('main').getByRole('checkbox')).first();
  await choice.check();
  await page.getByRole('button', { name: t.quiz.check }).click();
  await page.evaluate(() => ((window as { stillThisPage?: boolean }).stillThisPage = true));

  // A new version is published; the browser finds it while the learner is in the quiz.
  appendFileSync(join(folder, 'sw.js'), '\n// a newer version\n');
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
  await expect(page.getByText(t.offline.update)).toBeVisible();
  await page.waitForTimeout(1000);
  expect(await page.evaluate(() => (window as { stillThisPage?: boolean }).stillThisPage)).toBe(true);
  // The new worker waits; the page is still served by the one it opened with.
  expect(await page.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration())?.waiting))).toBe(true);
  await expect(page.getByRole('button', { name: t.quiz.next })).toBeVisible();

  // Waiting for the reload's load event from before the click: a fast reload may be over before the click returns.
  const reloaded = page.waitForEvent('load');
  await page.getByRole('button', { name: t.offline.reload }).click();
  await reloaded;
  await expect(page.getByText(t.offline.update)).toBeHidden();
  await expect(page.getByRole('button', { name: t.quiz.next })).toBeVisible();
});
