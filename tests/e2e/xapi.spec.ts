import xapiValidation from '@learninglocker/xapi-validation';
import { expect, test } from '@playwright/test';
import type { Server } from 'node:http';
import hr from '../../src/i18n/locales/en/hr.json' with { type: 'json' };
import records from '../../src/i18n/locales/en/records.json' with { type: 'json' };
import tracking from '../../src/i18n/locales/en/tracking.json' with { type: 'json' };
import { VERB } from '../../src/records/xapi-vocabulary';
import { completeLesson } from './answer';
import { allStatements, startLrs, type RunningLrs } from './lrs/lrs-server';
import { startBuildServer, stopServer } from './policy';
import { course, freshStart, lesson, text } from './support';

// The package is CommonJS: Playwright's loader hands over its module object.
const validate = typeof xapiValidation === 'function' ? xapiValidation : (xapiValidation as unknown as { default: typeof xapiValidation }).default;

const LRS_PORT = 4292;
const APP_PORT = 4296;
const COURSE_IRI = 'https://learning.example.com/courses/customer-focus';
const t = { ...text.en, records };

let lrs: RunningLrs | undefined;
let app: Server | undefined;
// One LRS on a fixed loopback port: the desktop project alone runs it (the phone layout sends the same statements).
const desktopOnly = (project: string) => project === 'desktop';
test.skip(({ isMobile }) => isMobile, 'the LRS runs for the desktop project only');
test.beforeAll(async ({ browserName: _ }, testInfo) => {
  if (!desktopOnly(testInfo.project.name)) return;
  lrs = await startLrs(LRS_PORT);
  app = await startBuildServer(APP_PORT, [new URL(lrs.endpoint).origin]);
});
test.afterAll(async () => {
  await stopServer(app);
  await lrs?.stop();
});
// The course as built for this LRS (COURSE_CONNECT_ORIGINS=its origin), served from its own port.
test.use({ baseURL: `http://127.0.0.1:${APP_PORT}/` });

test('statements reach a real LRS exactly once, through an outage in the middle of the course', async ({ page }) => {
  test.setTimeout(120_000);
  const server = lrs!;
  await freshStart(page);
  await page.route('**/xapi.json', (route) =>
    route.fulfill({
      json: { endpoint: server.endpoint, auth: { username: 'test', password: 'test' }, activityId: COURSE_IRI, accountHomePage: 'https://example.com/employees' },
    }),
  );

  // The learner gives their details first: statements name them by employee id.
  await page.goto('./#/profile');
  await page.getByRole('textbox', { name: new RegExp(t.records.profile.name) }).fill('Ana Ruiz');
  await page.getByRole('textbox', { name: new RegExp(t.records.profile.employeeId) }).fill('E-0417');
  await page.getByRole('button', { name: t.records.profile.save }).click();

  const [first, second, third] = course.lessons.map((l) => lesson(l.slug));
  await completeLesson(page, first!, 'en');
  await expect(page.getByText(tracking.saved.lrs)).toBeVisible();

  // The LRS is cut off: the learner goes on, and the page says how much is waiting.
  await page.route(`${server.endpoint}**`, (route) => route.abort('connectionrefused'));
  await completeLesson(page, second!, 'en');
  await expect(page.getByText(/^Waiting to send \d+ updates to the learning record store/)).toBeVisible();

  // Back: the next thing the learner does sends everything waiting.
  await page.unroute(`${server.endpoint}**`);
  await page.goto(`./#/lessons/${third!.slug}`);
  await expect(page.getByText(tracking.saved.lrs)).toBeVisible({ timeout: 30_000 });

  const statements = await allStatements(server.endpoint);
  const ids = statements.map((s) => s.id);
  expect(new Set(ids).size).toBe(ids.length);
  for (const s of statements) expect(validate(s)).toEqual([]);
  // One statement per thing that happened: no answer, lesson or attempt is there twice.
  const what = statements.map((s) => {
    const ext = ((s.context as { extensions?: Record<string, unknown> }).extensions ?? {});
    const attempt = Object.entries(ext).find(([k]) => k.endsWith('/attempt-id'))?.[1];
    return `${(s.verb as { id: string }).id} ${(s.object as { id: string }).id} ${JSON.stringify(attempt ?? null)}`;
  });
  expect(new Set(what).size).toBe(what.length);
  const lessonVerb = (verb: string, slug: string) => what.filter((w) => w.startsWith(`${verb} ${COURSE_IRI}/lessons/${slug} `)).length;
  for (const done of [first!, second!]) {
    expect(lessonVerb(VERB.experienced, done.slug)).toBe(1);
    expect(lessonVerb(VERB.completed, done.slug)).toBe(1);
  }
  expect(lessonVerb(VERB.experienced, third!.slug)).toBe(1);
  const answered = statements.filter((s) => (s.verb as { id: string }).id === VERB.answered);
  expect(answered.length).toBeGreaterThan(0);
  for (const s of answered) expect((s.actor as { account: { name: string } }).account.name).toBe('E-0417');
  // HR's query finds them all through the course in grouping.
  const related = await allStatements(server.endpoint, `&activity=${encodeURIComponent(COURSE_IRI)}&related_activities=true`);
  expect(related.length).toBe(statements.length);

  // HR reads the same LRS back: the learner is in the report with the two lessons they finished.
  await page.goto('./#/hr');
  const form = page.getByRole('region', { name: hr.lrs.heading });
  await form.getByLabel(hr.lrs.endpoint).fill(server.endpoint);
  await form.getByLabel(hr.lrs.username).fill('test');
  await form.getByLabel(hr.lrs.password).fill('test');
  await form.getByLabel(hr.lrs.courseIri).fill(COURSE_IRI);
  await form.getByRole('button', { name: hr.lrs.load }).click();
  const table = page.getByRole('table', { name: hr.table.caption });
  await expect(table.getByRole('rowheader')).toHaveCount(1);
  const row = table.getByRole('row').filter({ hasText: 'E-0417' });
  await expect(row).toContainText('Ana Ruiz');
  await expect(row).toContainText(records.progress.status['in-progress']);
});
