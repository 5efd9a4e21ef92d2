import xapiValidation from '@learninglocker/xapi-validation';
import { expect, test, type Page } from '@playwright/test';
import type { Server } from 'node:http';
import records from '../../src/i18n/locales/en/records.json' with { type: 'json' };
import tracking from '../../src/i18n/locales/en/tracking.json' with { type: 'json' };
import { VERB } from '../../src/records/xapi-vocabulary';
import type { LessonSpec } from '../../src/content/lesson-spec';
import { passQuiz } from './answer';
import { startLms, type RunningLms } from './lrs/cmi5-lms';
import { allStatements, startLrs, type RunningLrs } from './lrs/lrs-server';
import { startBuildServer, stopServer } from './policy';
import { course, fill, freshStart, lesson, text } from './support';

// The package is CommonJS: Playwright's loader hands over its module object.
const validate = typeof xapiValidation === 'function' ? xapiValidation : (xapiValidation as unknown as { default: typeof xapiValidation }).default;

const LRS_PORT = 4294;
const LMS_PORT = 4293;
const APP_PORT = 4297;
const AU = 'https://customer-focus.example/courses/customer-focus/au/whole-course';
const actor = { objectType: 'Agent', name: 'Ana Ruiz', account: { homePage: 'https://lms.example.com', name: 'ana-ruiz' } };
const CMI5 = 'https://w3id.org/xapi/cmi5/context/categories/cmi5';
const SESSION = 'https://w3id.org/xapi/cmi5/context/extensions/sessionid';
const t = text.en;

let lrs: RunningLrs | undefined;
let lms: RunningLms | undefined;
let app: Server | undefined;
// One LMS and LRS on fixed loopback ports: both tests in one worker, the desktop project alone.
test.describe.configure({ mode: 'serial' });
test.skip(({ isMobile }) => isMobile, 'the LMS fixture runs for the desktop project only');
test.beforeAll(async ({ browserName: _ }, testInfo) => {
  if (testInfo.project.name !== 'desktop') return;
  lrs = await startLrs(LRS_PORT);
  lms = await startLms(LMS_PORT, lrs.endpoint);
  app = await startBuildServer(APP_PORT, [lms.origin]);
});
test.afterAll(async () => {
  await stopServer(app);
  await lms?.stop();
  await lrs?.stop();
});
// The course as built for this LMS (COURSE_CONNECT_ORIGINS=its origin), served from its own port.
test.use({ baseURL: `http://127.0.0.1:${APP_PORT}/` });

interface Sent {
  verb: { id: string };
  object: { id: string };
  timestamp: string;
  context: { registration: string; extensions: Record<string, unknown>; contextActivities: { category?: Array<{ id: string }>; grouping: Array<{ id: string }> } };
  result?: Record<string, unknown>;
}

/** Opens a lesson inside the launched page (a reload would end the cmi5 session), passes its checks and finishes it. */
async function completeInPlace(page: Page, spec: LessonSpec) {
  await page.evaluate((slug) => {
    window.location.hash = `#/lessons/${slug}`;
  }, spec.slug);
  await expect(page.getByRole('heading', { level: 1, name: spec.title })).toBeVisible();
  for (const quiz of spec.quizzes) await passQuiz(page, quiz, 'en');
  await page.getByRole('button', { name: t.lesson.finish }).click();
  // The lesson's own completion screen; the course's, once passing the assessment ends the course.
  const lessonDone = page.getByRole('heading', { level: 1, name: fill(t.complete.heading, { title: spec.title }) });
  const courseDone = page.getByRole('heading', { level: 1, name: fill(records.courseComplete.heading, { course: course.course.title.en }) });
  await expect(lessonDone.or(courseDone)).toBeVisible();
}

async function statementsOf(registration: string): Promise<Sent[]> {
  const all = (await allStatements(lrs!.endpoint, `&registration=${registration}`)) as unknown as Sent[];
  for (const s of all) expect(validate(s)).toEqual([]);
  return [...all].sort((a, b) => (a.timestamp < b.timestamp ? -1 : a.timestamp > b.timestamp ? 1 : 0));
}

const defined = (all: Sent[]) => all.filter((s) => s.context.contextActivities.category?.some((c) => c.id === CMI5)).map((s) => s.verb.id);

test('a cmi5 launch sends initialized, completed, passed and terminated in order, and Exit returns to the LMS', async ({ page }) => {
  test.setTimeout(180_000);
  await freshStart(page);
  const launch = { registration: '0b8d6e1a-3c2f-4a5b-9e7d-1f2a3b4c5d6e', launchMode: 'Normal' as const, sessionId: 'session-normal', publisherId: 'https://publisher.example/au' };
  await page.goto(`./?${lms!.launchQuery(launch, AU, actor)}#/`);
  await expect(page.getByText(tracking.saved.lms)).toBeVisible();
  for (const { slug } of course.lessons) await completeInPlace(page, lesson(slug));
  await expect(page.getByText(tracking.saved.lms)).toBeVisible();

  await page.getByRole('button', { name: tracking.exit }).click();
  await expect(page.getByRole('heading', { name: 'Back in the LMS' })).toBeVisible();
  expect(lms!.fetchCalls.get(launch.registration)).toBe(1);

  await expect.poll(async () => defined(await statementsOf(launch.registration)).at(-1)).toBe(VERB.terminated);
  const sent = await statementsOf(launch.registration);
  const order = defined(sent);
  expect(order[0]).toBe(VERB.initialized);
  expect(order.slice(1, 3).sort()).toEqual([VERB.completed, VERB.passed].sort());
  expect(order).toHaveLength(4);
  expect(sent[0]?.verb.id).toBe(VERB.initialized);
  expect(sent.at(-1)?.verb.id).toBe(VERB.terminated);
  for (const s of sent) {
    expect(s.context.registration).toBe(launch.registration);
    expect(s.context.extensions[SESSION]).toBe(launch.sessionId);
    expect(s.context.contextActivities.grouping.map((g) => g.id)).toContain(launch.publisherId);
  }
  const passed = sent.find((s) => s.verb.id === VERB.passed && s.object.id === AU)!;
  expect(passed.result).toMatchObject({ success: true, duration: expect.stringMatching(/^PT/) });
  expect(sent.filter((s) => s.verb.id === VERB.answered).length).toBeGreaterThan(0);
});

test('Browse mode sends no completed, passed or failed', async ({ page }) => {
  test.setTimeout(120_000);
  await freshStart(page);
  const launch = { registration: '7c1e2d3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f', launchMode: 'Browse' as const, sessionId: 'session-browse', publisherId: 'https://publisher.example/au' };
  await page.goto(`./?${lms!.launchQuery(launch, AU, actor)}#/`);
  await expect(page.getByText(tracking.saved.lms)).toBeVisible();
  const assessment = course.lessons.find((l) => lesson(l.slug).kind === 'assessment')!;
  await completeInPlace(page, lesson(assessment.slug));
  await page.getByRole('button', { name: tracking.exit }).click();
  await expect(page.getByRole('heading', { name: 'Back in the LMS' })).toBeVisible();
  await expect.poll(async () => defined(await statementsOf(launch.registration))).toEqual([VERB.initialized, VERB.terminated]);
  const sent = await statementsOf(launch.registration);
  expect(sent.some((s) => s.verb.id === VERB.answered)).toBe(true);
});
