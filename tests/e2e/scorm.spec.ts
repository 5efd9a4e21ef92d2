import { expect, test, type FrameLocator, type Page } from '@playwright/test';
import type { Server } from 'node:http';
import type { LessonSpec } from '../../src/content/lesson-spec';
import type { ProgressState } from '../../src/progress/progress-schema';
import type { QuizSpec } from '../../src/quiz/question-spec';
import { decodeSuspendData, resumeState, SUSPEND_DATA_LIMIT } from '../../src/tracking/scorm/suspend-data';
import tracking from '../../src/i18n/locales/en/tracking.json' with { type: 'json' };
import { answerRight } from './answer';
import { PACKAGES, startLmsServer } from './lms/lms-server';
import { course, fill, lesson, text } from './support';

/*
 * The built SCORM 1.2 and 2004 packages in a test LMS (tests/e2e/lms): scorm-again's runtime in the
 * parent page, the course in a frame, as an LMS runs them. Build them first: npm run package.
 */

type Version = keyof typeof PACKAGES;
type Cmi = Record<string, unknown>;

declare global {
  interface Window {
    lms: { commits: Array<{ cmi: Cmi }>; warnings: string[]; refuseCommits: boolean; api: { isTerminated: () => boolean } };
    startLms: (launch: { version: Version; course: string; saved?: Cmi }) => void;
    closeCourse: () => void;
    savedCmi: () => Cmi | undefined;
  }
}

// One LMS server per worker: workers running at the same time have different parallel indexes.
const port = Number(process.env.E2E_PORT ?? 4173) + 1 + Number(process.env.TEST_PARALLEL_INDEX ?? 0);
const lmsUrl = `http://127.0.0.1:${port}/lms/index.html`;
const t = text.en;
const lessons = course.lessons.map((entry) => lesson(entry.slug));
const first = lessons.find((spec) => spec.kind === 'lesson')!;
const assessment = lessons.find((spec) => spec.kind === 'assessment')!;
const taught = lessons.filter((spec) => spec.kind === 'lesson');

let server: Server;
test.beforeAll(async () => {
  server = await startLmsServer(port);
});
test.afterAll(async () => {
  await new Promise((done) => server.close(done));
});

// Two lessons through a frame, twice: give it room on a busy machine.
test.describe.configure({ timeout: 180_000, mode: 'serial' });

async function launch(page: Page, version: Version, saved?: Cmi): Promise<FrameLocator> {
  await page.goto(lmsUrl);
  await page.evaluate((args) => window.startLms(args), { version, course: `/${PACKAGES[version]}/index.html`, ...(saved ? { saved } : {}) });
  const frame = page.frameLocator('iframe[title="Course"]');
  await expect(frame.getByRole('heading', { level: 1, name: 'Customer Focus' })).toBeVisible();
  await expect(frame.getByText(tracking.saved.lms)).toBeVisible();
  return frame;
}

const courseFrame = (page: Page) => page.frame({ url: (url) => url.pathname.startsWith('/scorm') })!;

async function openLesson(page: Page, spec: LessonSpec) {
  await courseFrame(page).evaluate((slug) => (location.hash = `#/lessons/${slug}`), spec.slug);
  await expect(page.frameLocator('iframe[title="Course"]').getByRole('heading', { level: 1, name: spec.title })).toBeVisible();
}

/** Starts the quiz and answers `count` of its questions right (all by default), then opens the result when all are answered. */
async function answerQuiz(frame: FrameLocator, quiz: QuizSpec, count = Number.MAX_SAFE_INTEGER) {
  const region = frame.getByRole('region', { name: quiz.title ?? t.quiz.defaultTitle, exact: true });
  await region.getByRole('button', { name: t.quiz.start.button }).click();
  const total = Math.min(quiz.draw ?? quiz.questions.length, quiz.questions.length);
  for (let i = 1; i <= Math.min(count, total); i++) {
    await expect(region.getByRole('heading', { name: fill(t.quiz.progress, { current: i, total }) })).toBeVisible();
    const id = await region.locator('[data-question-id]').getAttribute('data-question-id');
    await answerRight(region, quiz.questions.find((q) => q.id === id)!, 'en');
    await region.getByRole('button', { name: t.quiz.check }).click();
    await expect(region.getByRole('status').getByText(t.quiz.verdict.correct, { exact: true })).toBeVisible();
    if (i < total) await region.getByRole('button', { name: t.quiz.next }).click();
    else await region.getByRole('button', { name: t.quiz.seeResult }).click();
  }
}

async function completeLesson(page: Page, spec: LessonSpec) {
  const frame = page.frameLocator('iframe[title="Course"]');
  await openLesson(page, spec);
  for (const quiz of spec.quizzes) await answerQuiz(frame, quiz);
  await frame.getByRole('button', { name: t.lesson.finish }).click();
  await expect(frame.getByRole('heading', { level: 1, name: fill(t.complete.heading, { title: spec.title }) })).toBeVisible();
}

/** The progress as the course saved it in the browser. */
async function browserProgress(page: Page): Promise<ProgressState> {
  const saved = await courseFrame(page).evaluate(() => localStorage.getItem('cf-progress'));
  return (JSON.parse(saved!) as { state: ProgressState }).state;
}

/** Closes the course as an LMS closes its player, and waits for the course to end its session. */
async function close(page: Page) {
  await page.evaluate(() => window.closeCourse());
  await expect.poll(() => page.evaluate(() => window.lms.api.isTerminated())).toBe(true);
}

const stored = (page: Page) => page.evaluate(() => window.savedCmi()!);
const at = (cmi: Cmi, path: string): unknown =>
  path.split('.').reduce<unknown>((node, key) => (typeof node === 'object' && node !== null ? (node as Cmi)[key] : undefined), cmi);
const interactionsOf = (cmi: Cmi) => Object.values(at(cmi, 'interactions') as Record<string, Cmi>);

/** Warnings from scorm-again, less the 403s of reading what a first launch has not stored yet. */
const unexpectedWarnings = (page: Page) =>
  page.evaluate(() => window.lms.warnings).then((warnings) => warnings.filter((warning) => !/\b403\b.*\bGetValue\b/.test(warning)));

const comparable = ({ lessons: l, quizzes, lastLesson }: ProgressState) => ({ lessons: l, quizzes, lastLesson });

for (const version of ['1.2', '2004'] as const) {
  test.describe(`SCORM ${version}`, () => {
    test('a learner completes a lesson and the assessment; the LMS holds the results, and a relaunch on another computer resumes exactly', async ({ page, browser }) => {
      await launch(page, version);
      await completeLesson(page, first);
      await completeLesson(page, assessment);
      const progress = await browserProgress(page);
      await close(page);

      const cmi = await stored(page);
      const answered = assessment.quizzes[0]!.draw! + first.quizzes.reduce((sum, quiz) => sum + quiz.questions.length, 0);
      const interactions = interactionsOf(cmi);
      expect(interactions).toHaveLength(answered);
      for (const interaction of interactions) expect(interaction.result).toBe('correct');
      const ids = Object.values(progress.quizzes).flatMap((quiz) => quiz.attempts.flatMap((attempt) => attempt.questionIds.filter((id) => id in attempt.answers)));
      expect(interactions.map((interaction) => interaction.id).sort()).toEqual(ids.sort());
      if (version === '1.2') {
        // Lessons remain, so the course is not complete: 1.2's single status stays incomplete.
        expect(at(cmi, 'core.lesson_status')).toBe('incomplete');
        expect(at(cmi, 'core.score.raw')).toBe('100');
        expect(at(cmi, 'core.lesson_location')).toBe(assessment.slug);
        expect(at(cmi, 'core.session_time')).toMatch(/^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/);
      } else {
        expect(at(cmi, 'completion_status')).toBe('incomplete');
        expect(at(cmi, 'success_status')).toBe('passed');
        expect(at(cmi, 'score.raw')).toBe('100');
        expect(at(cmi, 'score.scaled')).toBe('1');
        expect(at(cmi, 'progress_measure')).toBe(String(Math.round((2 / (taught.length + 1)) * 10_000) / 10_000));
        expect(at(cmi, 'location')).toBe(assessment.slug);
        expect(at(cmi, 'session_time')).toMatch(/^PT/);
        for (const interaction of interactions) expect(interaction.timestamp).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{1,2}Z$/);
      }
      const suspend = String(at(cmi, 'suspend_data'));
      expect(suspend.length).toBeLessThanOrEqual(SUSPEND_DATA_LIMIT[version]);
      expect(comparable(decodeSuspendData(suspend)!.progress)).toEqual(comparable(resumeState(progress)));
      expect(await unexpectedWarnings(page)).toEqual([]);

      // Another computer: a fresh browser with nothing stored, the LMS handing back what it kept.
      const elsewhere = await browser.newContext();
      const again = await elsewhere.newPage();
      const frame = await launch(again, version, cmi);
      await expect.poll(async () => comparable(await browserProgress(again))).toEqual(comparable(resumeState(progress)));
      await expect(frame.getByRole('region', { name: t.home.progressLabel })).toContainText(
        `${fill(t.home.progress, { completed: 1, total: taught.length })}. ${t.home.assessmentPassed}`,
      );
      await openLesson(again, first);
      await expect(frame.getByRole('heading', { name: t.quiz.result.heading })).toBeVisible();
      await close(again);
      // Nothing was written twice.
      expect(interactionsOf(await stored(again))).toHaveLength(answered);
      expect(await unexpectedWarnings(again)).toEqual([]);
      await elsewhere.close();
    });

    test('when the LMS refuses to save, the learner is told plainly and goes on, and every answer arrives once it is back', async ({ page }) => {
      const frame = await launch(page, version);
      const before = await page.evaluate(() => window.lms.commits.length);
      await page.evaluate(() => (window.lms.refuseCommits = true));
      await openLesson(page, first);
      const quiz = first.quizzes[0]!;
      await answerQuiz(frame, quiz, 1);
      await expect(frame.getByRole('status').filter({ hasText: tracking.error.rejected.lms })).toBeVisible();
      await expect(frame.getByText(fill(tracking.detail, { detail: 'Saving to the LMS: General Exception (101)' }))).toBeVisible();
      expect(await page.evaluate(() => window.lms.commits.length)).toBe(before);

      await page.evaluate(() => (window.lms.refuseCommits = false));
      // The learner went on to the next question meanwhile.
      const region = frame.getByRole('region', { name: quiz.title ?? t.quiz.defaultTitle, exact: true });
      for (let i = 2; i <= quiz.questions.length; i++) {
        await expect(region.getByRole('heading', { name: fill(t.quiz.progress, { current: i, total: quiz.questions.length }) })).toBeVisible();
        const id = await region.locator('[data-question-id]').getAttribute('data-question-id');
        await answerRight(region, quiz.questions.find((q) => q.id === id)!, 'en');
        await region.getByRole('button', { name: t.quiz.check }).click();
        if (i < quiz.questions.length) await region.getByRole('button', { name: t.quiz.next }).click();
      }
      await expect(frame.getByText(tracking.saved.lms)).toBeVisible();
      const progress = await browserProgress(page);
      await close(page);
      const cmi = await stored(page);
      expect(interactionsOf(cmi).map((interaction) => interaction.id)).toEqual(progress.quizzes[quiz.id]!.attempts[0]!.questionIds);
      expect(comparable(decodeSuspendData(String(at(cmi, 'suspend_data')))!.progress)).toEqual(comparable(resumeState(progress)));
      expect(await unexpectedWarnings(page)).toEqual([]);
    });
  });
}
