import { expect, test, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import enHr from '../../src/i18n/locales/en/hr.json' with { type: 'json' };
import records from '../../src/i18n/locales/en/records.json' with { type: 'json' };
import { statementsFor, type FixtureLearner } from '../../src/hr/lrs/statement-fixtures';
import { learnerEntries, questionEntry } from './hr-learners';
import { startBuildServer, stopServer } from './policy';
import { course, expectNoA11yViolations, lesson } from './support';

/*
 * The HR report reading a real LRS: xapi-statements (in memory) on another port than the app, so
 * the browser makes cross-origin requests exactly as it would to a company's LRS. Its credentials
 * are checked by a small client-info service, the LRS's own way of asking who a key belongs to.
 */

// Fixed loopback ports, two per worker: workers running at the same time have different parallel indexes.
const WORKER = Number(process.env.TEST_PARALLEL_INDEX ?? 0);
const LRS_PORT = 4272 + 2 * WORKER;
const AUTH_PORT = 4273 + 2 * WORKER;
const APP_PORT = 4252 + WORKER;
const ENDPOINT = `http://127.0.0.1:${LRS_PORT}/xAPI/`;
const KEY = 'hr-report';
const SECRET = 'correct horse';
const COURSE_IRI = 'https://learning.example.com/courses/customer-focus';
const basic = (key: string, secret: string) => `Basic ${Buffer.from(`${key}:${secret}`).toString('base64')}`;

test.describe.configure({ mode: 'serial' });

let auth: Server;
let app: Server | undefined;
let lrs: ChildProcess;

const lessons = course.lessons.map((entry) => lesson(entry.slug));
const taught = lessons.filter((spec) => spec.kind === 'lesson');
const assessment = lessons.find((spec) => spec.kind === 'assessment')!;
const finalQuiz = assessment.quizzes[0]!;
const firstQuiz = taught[0]!.quizzes[0]!;
const john = firstQuiz.questions.find((question) => question.id === 'l1-john')!;
const choiceIds = 'choices' in john ? john.choices.map((choice) => ({ id: choice.id, correct: choice.correct })) : [];
const right = choiceIds.find((choice) => choice.correct)!.id;
const wrong = choiceIds.find((choice) => !choice.correct)!.id;

const at = (minute: number) => new Date(Date.UTC(2026, 2, 10, 9, minute)).toISOString();
const ana: FixtureLearner = { employeeId: 'E-101', name: 'Ana Pérez' };
const ben: FixtureLearner = { employeeId: 'E-102', name: 'Ben Okafor' };

/** Ana: every lesson, l1-john right first time, the assessment passed at 90. */
function anaStatements() {
  const s = statementsFor(ana, { courseIri: COURSE_IRI });
  const statements: unknown[] = [];
  taught.forEach((spec, index) => {
    statements.push(s.lessonStarted(spec.slug, at(index * 4)), s.lessonCompleted(spec.slug, at(index * 4 + 3), 600));
  });
  statements.push(
    s.answered({ quizId: firstQuiz.id, questionId: john.id, questionType: john.type, attemptId: 'ana-l1', attemptNumber: 1, correct: true, earned: 1, total: 1, chosen: [right], at: at(1) }),
    s.attemptFinished({ quizId: firstQuiz.id, lessonSlug: taught[0]!.slug, attemptId: 'ana-l1', attemptNumber: 1, percent: 100, at: at(2) }),
    s.lessonStarted(assessment.slug, at(30)),
    s.attemptFinished({ quizId: finalQuiz.id, lessonSlug: assessment.slug, attemptId: 'ana-fa', attemptNumber: 1, percent: 90, passed: true, at: at(40) }),
    s.course('completed', at(41), 90),
    s.course('passed', at(41), 90),
  );
  return statements;
}

/** Ben: the first lesson, l1-john wrong first time, the assessment failed at 50. */
function benStatements() {
  const s = statementsFor(ben, { courseIri: COURSE_IRI });
  return [
    s.lessonStarted(taught[0]!.slug, at(0)),
    s.answered({ quizId: firstQuiz.id, questionId: john.id, questionType: john.type, attemptId: 'ben-l1', attemptNumber: 1, correct: false, earned: 0, total: 1, chosen: [wrong], at: at(1) }),
    s.attemptFinished({ quizId: firstQuiz.id, lessonSlug: taught[0]!.slug, attemptId: 'ben-l1', attemptNumber: 1, percent: 0, at: at(2) }),
    s.lessonCompleted(taught[0]!.slug, at(3), 420),
    s.lessonStarted(assessment.slug, at(10)),
    s.attemptFinished({ quizId: finalQuiz.id, lessonSlug: assessment.slug, attemptId: 'ben-fa', attemptNumber: 1, percent: 50, passed: false, at: at(20) }),
  ];
}

async function waitForLrs() {
  for (let tries = 0; tries < 100; tries += 1) {
    try {
      const response = await fetch(`${ENDPOINT}about`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((done) => setTimeout(done, 200));
  }
  throw new Error('The LRS did not start');
}

test.beforeAll(async () => {
  auth = createServer((request, response) => {
    if (request.headers.authorization !== basic(KEY, SECRET)) {
      response.writeHead(404).end('{}');
      return;
    }
    response.writeHead(200, { 'Content-Type': 'application/json' }).end(
      JSON.stringify({
        _id: '5988f0f00000000000000123',
        title: 'HR report',
        authority: { objectType: 'Agent', name: 'HR report', mbox: 'mailto:hr@example.com' },
        isTrusted: true,
        lrs_id: '5988f0f00000000000000000',
        organisation: '5988f0f00000000000000001',
        scopes: ['all'],
      }),
    );
  });
  await new Promise<void>((done) => auth.listen(AUTH_PORT, '127.0.0.1', done));
  app = await startBuildServer(APP_PORT, [new URL(ENDPOINT).origin]);

  const root = resolve(import.meta.dirname, '../..');
  const logs = resolve(root, '.tmp/lrs-logs');
  mkdirSync(logs, { recursive: true });
  lrs = spawn(process.execPath, [resolve(root, 'node_modules/xapi-statements/dist/index.js')], {
    cwd: resolve(root, '.tmp'),
    env: {
      ...process.env,
      EXPRESS_PORT: String(LRS_PORT),
      MODELS_REPO: 'memory',
      STORAGE_REPO: 'memory',
      EVENTS_REPO: 'test',
      AUTH_REPO: 'fetch',
      LL_CLIENT_INFO_ENDPOINT: `http://127.0.0.1:${AUTH_PORT}/`,
      EXPRESS_MORGAN_DIRECTORY: logs,
      WINSTON_CONSOLE_LEVEL: 'error',
    },
    stdio: 'ignore',
  });
  await waitForLrs();

  const stored = await fetch(`${ENDPOINT}statements`, {
    method: 'POST',
    headers: { Authorization: basic(KEY, SECRET), 'X-Experience-API-Version': '1.0.3', 'Content-Type': 'application/json' },
    body: JSON.stringify([...anaStatements(), ...benStatements()]),
  });
  expect(stored.status, await stored.clone().text()).toBe(200);
});

test.afterAll(async () => {
  lrs.kill();
  await stopServer(app);
  await new Promise((done) => auth.close(done));
});

// The report as built for this LRS (COURSE_CONNECT_ORIGINS=its origin), served from its own port.
test.use({ baseURL: `http://127.0.0.1:${APP_PORT}/` });

async function fillForm(page: Page, secret: string) {
  await page.goto('./#/hr');
  const form = page.getByRole('region', { name: enHr.lrs.heading });
  await form.getByLabel(enHr.lrs.endpoint).fill(ENDPOINT);
  await form.getByLabel(enHr.lrs.username).fill(KEY);
  await form.getByLabel(enHr.lrs.password).fill(secret);
  await form.getByLabel(enHr.lrs.courseIri).fill(COURSE_IRI);
  return form;
}

test('loads two learners from the LRS into the table, summary and question analysis', async ({ page }, info) => {
  // The code that reads an LRS (and the schema library it brings) loads with the first load, not with the page.
  const reading: string[] = [];
  page.on('request', (request) => {
    const file = /\/(lrs-client|statements-to-records)-[^/]+\.js$/.exec(request.url());
    if (file) reading.push(file[1]!);
  });
  const form = await fillForm(page, SECRET);
  expect(reading).toEqual([]);
  // Keyboard only: Enter in the last field submits.
  await form.getByLabel(enHr.lrs.courseIri).press('Enter');
  const statements = anaStatements().length + benStatements().length;
  await expect(form.getByRole('status')).toContainText(enHr.lrs.found_other.replace('{{count, number}}', '2').replace('{{statements, number}}', String(statements)));
  expect(reading.sort()).toEqual(['lrs-client', 'statements-to-records']);

  const learners = learnerEntries(page);
  await expect(learners).toHaveCount(2);
  // The table says "Passed" under the score; a card answers "Passed: Yes".
  const phone = info.project.name === 'phone';
  const anaRow = learners.filter({ hasText: ana.employeeId });
  await expect(anaRow).toContainText(ana.name);
  await expect(anaRow).toContainText(records.progress.status.completed);
  await expect(anaRow).toContainText('90');
  await expect(anaRow).toContainText(phone ? enHr.table.yes : enHr.table.passed);
  const benRow = learners.filter({ hasText: ben.employeeId });
  await expect(benRow).toContainText(records.progress.status['in-progress']);
  await expect(benRow).toContainText('50');
  await expect(benRow).toContainText(phone ? enHr.table.no : enHr.table.notPassed);

  // l1-john: both answered, one right first time.
  const johnRow = questionEntry(page, 'prompt' in john ? john.prompt : john.id);
  await expect(johnRow).toContainText('50%');
  await expect(johnRow.getByRole(phone ? 'definition' : 'cell').first()).toHaveText('2');

  await expectNoA11yViolations(page, 'HR report loaded from an LRS');

  // Loading again gives the same two learners, not four.
  await form.getByRole('button', { name: enHr.lrs.load }).click();
  await expect(form.getByRole('status')).toContainText(enHr.lrs.found_other.replace('{{count, number}}', '2').replace('{{statements, number}}', String(statements)));
  await expect(learners).toHaveCount(2);
});

test('says plainly when the secret is wrong, by the secret', async ({ page }) => {
  const form = await fillForm(page, 'wrong secret');
  await form.getByRole('button', { name: enHr.lrs.load }).click();
  const secret = form.getByLabel(enHr.lrs.password);
  await expect(secret).toBeFocused();
  await expect(secret).toHaveAttribute('aria-invalid', 'true');
  await expect(form.getByText(enHr.lrs.error.credentials)).toBeVisible();
  await expect(learnerEntries(page)).toHaveCount(0);
  await expectNoA11yViolations(page, 'HR report, LRS refused the secret');
});

test('stops loading when asked and adds nothing', async ({ page }) => {
  // A slow LRS: each page takes seconds, so Stop comes while the first is on its way.
  await page.route(`${ENDPOINT}statements**`, async (route) => {
    await new Promise((done) => setTimeout(done, 3000));
    await route.continue().catch(() => {});
  });
  const form = await fillForm(page, SECRET);
  await form.getByRole('button', { name: enHr.lrs.load }).click();
  await expect(form.getByRole('progressbar')).toBeVisible();
  await form.getByRole('button', { name: enHr.import.cancel }).click();
  await expect(form.getByRole('status')).toHaveText(enHr.lrs.stopped);
  await expect(form.getByRole('button', { name: enHr.lrs.load })).toBeFocused();
  await page.waitForTimeout(3500);
  await expect(learnerEntries(page)).toHaveCount(0);
});
