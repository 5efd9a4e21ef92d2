import { expect, test, type Page } from '@playwright/test';
import { resolve } from 'node:path';
import enHr from '../../src/i18n/locales/en/hr.json' with { type: 'json' };
import enStudio from '../../src/i18n/locales/en/studio.json' with { type: 'json' };
import tracking from '../../src/i18n/locales/en/tracking.json' with { type: 'json' };
import { openConnectForLaunch, policyIn } from '../../scripts/build/content-security-policy';
import { completeLesson } from './answer';
import { serveRewrittenIndex, watchPolicyViolations } from './policy';
import { completedCourse, course, fill, freshStart, lesson, text } from './support';

/*
 * The built course under its own Content-Security-Policy (docs/security.md): every page runs
 * without a single violation, the policy is the strict one, and an LRS or LMS the policy does not
 * allow is named to the learner or HR instead of failing in silence.
 */

const fixtures = resolve(import.meta.dirname, '../fixtures');
const lessons = course.lessons.map((entry) => lesson(entry.slug));
const taught = lessons.filter((spec) => spec.kind === 'lesson');

/** The directives of the policy in the served index.html. */
async function servedPolicy(page: Page) {
  const response = await page.request.get('./');
  const policy = policyIn(await response.text());
  expect(policy, 'index.html has a Content-Security-Policy').toBeDefined();
  return new Map(policy!.split(';').map((part) => {
    const [name, ...sources] = part.trim().split(/\s+/);
    return [name!, sources.join(' ')];
  }));
}

test('index.html carries the strict policy and a referrer policy', async ({ page }) => {
  const policy = await servedPolicy(page);
  expect(policy.get('script-src')).toBe("'self'");
  expect(policy.get('object-src')).toBe("'none'");
  expect(policy.get('base-uri')).toBe("'none'");
  expect(policy.get('connect-src')?.startsWith("'self'")).toBe(true);
  expect([...policy.values()].join(' ')).not.toMatch(/unsafe-eval|unsafe-inline/);
  await page.goto('./');
  await expect(page.locator('meta[name="referrer"]')).toHaveAttribute('content', 'no-referrer');
  // The browser reads it as a policy: nothing in index.html itself breaks it.
  expect(await page.evaluate(() => document.querySelectorAll('script:not([src])').length)).toBe(0);
});

test('every page runs under the policy without a violation, the service worker included', async ({ page }) => {
  test.slow();
  const watch = await watchPolicyViolations(page);
  await freshStart(page);

  // A lesson taken from start to finish on a fresh device: quiz, feedback, completion.
  await completeLesson(page, taught[0]!, 'en');
  // The offline service worker registers and activates under the same policy.
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(await page.evaluate(async () => (await navigator.serviceWorker.ready).active?.state)).toBe('activated');

  // Then the whole course done, with a profile: every page a learner, a trainer or HR opens.
  await page.evaluate(
    ({ progress, profile }) => {
      localStorage.setItem('cf-progress', progress);
      localStorage.setItem('cf-profile', profile);
    },
    { progress: JSON.stringify(completedCourse()), profile: JSON.stringify({ version: 1, state: { name: 'Ana Ruiz', employeeId: 'E-0417', email: '' } }) },
  );
  await page.reload();
  const pages = [
    './#/',
    ...lessons.map((spec) => `./#/lessons/${spec.slug}`),
    `./#/lessons/${taught[0]!.slug}/complete`,
    './#/progress',
    './#/profile',
    './#/certificate',
    `./#/lessons/${taught[0]!.slug}/handout`,
    './#/course-complete',
    './#/gallery',
    './#/studio',
    './#/hr',
    './#/no-such-page',
  ];
  for (const url of pages) {
    await page.goto(url);
    await expect(page.getByRole('heading', { level: 1 }), url).toBeVisible();
  }
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  // The HR import reads a record file in its workers.
  await page.goto('./#/hr');
  await page.getByLabel(enHr.import.choose).setInputFiles(resolve(fixtures, 'records/valid/v1-completed-es.json'));
  await expect(page.getByRole('status').filter({ hasText: enHr.import.loaded_one.replace('{{count, number}}', '1') })).toBeVisible();

  // The studio checks a lesson in its worker and renders its preview from data: no eval, nothing inline.
  await page.goto('./#/studio');
  await page.getByRole('button', { name: enStudio.start.openLesson }).click();
  await expect(page.getByRole('status').filter({ hasText: enStudio.problems.none })).toBeVisible({ timeout: 15_000 });
  await expect(page.getByRole('region', { name: enStudio.preview.heading }).getByRole('button', { name: text.en.quiz.start.button }).first()).toBeVisible();

  expect(await watch.events()).toEqual([]);
  expect(watch.logged()).toEqual([]);
});

test('the watch sees what the policy refuses: an inline script, a style attribute, a request elsewhere', async ({ page }) => {
  const watch = await watchPolicyViolations(page);
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const outcome = await page.evaluate(async () => {
    const script = document.createElement('script');
    script.textContent = 'window.inlineRan = true';
    document.head.append(script);
    document.body.insertAdjacentHTML('beforeend', '<p id="styled" style="color: red">x</p>');
    const sent = await fetch('https://elsewhere.example.com/collect').then(() => 'sent', () => 'refused');
    return { ran: (window as unknown as { inlineRan?: boolean }).inlineRan === true, sent };
  });
  expect(outcome).toEqual({ ran: false, sent: 'refused' });
  await expect.poll(async () => (await watch.events()).map((line) => line.split(' ')[0]).sort()).toEqual(['connect-src', 'script-src-elem', 'style-src-attr']);
  expect(watch.logged().length).toBeGreaterThanOrEqual(3);
});

test('an xapi.json LRS the policy does not allow is named on the status line, and nothing is sent to it', async ({ page }) => {
  const asked: string[] = [];
  page.on('request', (request) => {
    if (request.url().startsWith('https://lrs.example.com')) asked.push(request.url());
  });
  await freshStart(page);
  await page.route('**/xapi.json', (route) =>
    route.fulfill({
      json: { endpoint: 'https://lrs.example.com/xapi/', auth: { username: 'k', password: 's' }, activityId: 'https://learning.example.com/courses/customer-focus', accountHomePage: 'https://example.com/employees' },
    }),
  );
  await page.goto('./');
  await expect(page.getByRole('status').filter({ hasText: tracking.error.blocked.lrs })).toBeVisible();
  await expect(page.getByText(fill(tracking.blockedAddress, { detail: 'https://lrs.example.com' }))).toBeVisible();
  expect(asked).toEqual([]);
});

test('HR is told by the endpoint field when the policy does not allow that LRS', async ({ page }) => {
  await freshStart(page);
  await page.goto('./#/hr');
  await page.getByLabel(enHr.lrs.endpoint).fill('https://lrs.example.com/xapi/');
  await page.getByLabel(enHr.lrs.username).fill('hr-key');
  await page.getByLabel(enHr.lrs.password).fill('secret');
  await page.getByLabel(enHr.lrs.courseIri).fill('https://learning.example.com/courses/customer-focus');
  await page.getByRole('button', { name: enHr.lrs.load }).click();
  const endpoint = page.getByLabel(enHr.lrs.endpoint);
  await expect(endpoint).toBeFocused();
  await expect(endpoint).toHaveAccessibleDescription(new RegExp(fill(enHr.lrs.error.blocked, { endpoint: 'https://lrs.example.com' }).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
});

test.describe('a cmi5 package', () => {
  // Navigations must reach the network, where the package's index.html is served.
  test.use({ serviceWorkers: 'block' });

  test('allows any https origin until the launch, then only the launch’s LMS', async ({ page }) => {
    const watch = await watchPolicyViolations(page);
    await serveRewrittenIndex(page, openConnectForLaunch);
    const cors = { 'Access-Control-Allow-Origin': '*', 'Access-Control-Allow-Headers': '*', 'Access-Control-Allow-Methods': 'GET, POST, PUT, OPTIONS' };
    await page.route('https://*.example.com/**', (route) =>
      route.request().method() === 'OPTIONS' ? route.fulfill({ status: 204, headers: cors }) : route.fulfill({ status: 401, headers: cors, json: { 'error-text': 'Test LMS: no token' } }),
    );
    await freshStart(page);
    const launch = new URLSearchParams({
      endpoint: 'https://lrs.example.com/xapi/',
      fetch: 'https://lms.example.com/token/1',
      actor: JSON.stringify({ objectType: 'Agent', account: { homePage: 'https://lms.example.com', name: 'ana' } }),
      registration: '0b8d6e1a-3c2f-4a5b-9e7d-1f2a3b4c5d6e',
      activityId: 'https://customer-focus.example/courses/customer-focus/au/whole-course',
    });
    await page.goto(`./?${launch.toString()}#/`);
    // The launch was read (the test LMS refuses the token): the page now talks to that LMS alone.
    await expect(page.getByRole('status').filter({ hasText: tracking.error.unauthorized.lms })).toBeVisible();
    const reach = (url: string) => page.evaluate((target) => fetch(target).then(() => 'sent', () => 'refused'), url);
    expect(await reach('https://lrs.example.com/xapi/about')).toBe('sent');
    expect(await reach('https://lms.example.com/token/1')).toBe('sent');
    expect(await reach('https://elsewhere.example.com/collect')).toBe('refused');
    await expect.poll(async () => (await watch.events()).filter((line) => line.startsWith('connect-src'))).toHaveLength(1);
    expect((await watch.events()).join('\n')).toContain('https://elsewhere.example.com/collect');
  });
});
