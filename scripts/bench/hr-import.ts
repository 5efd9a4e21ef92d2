/**
 * The HR import at scale: makes N sealed completion records of the real course, opens #/hr of the
 * built app in Chromium, loads them (as N files, then as one zip) and measures the time to the
 * import done, the report shown and the CSV export made, and the longest main-thread task (a
 * "long task" is one over 50 ms: the page could not react meanwhile).
 * Usage: npm run build && tsx scripts/bench/hr-import.ts [dist] [N…] [--only=files|--only=zip]
 */
import { chromium, type Page } from '@playwright/test';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { zipSync } from 'fflate';
import { loadCourse } from '../../src/content/compile/load-course';
import type { LessonSpec } from '../../src/content/lesson-spec';
import type { AnswerRecord, ProgressState, QuizAttempt } from '../../src/progress/progress-schema';
import { questionAnswers, type QuestionAnswersRegistry } from '../../src/quiz/question-answers';
import type { InputOf, SpecOf } from '../../src/quiz/question-contract';
import type { QuestionInput, QuestionSpec, QuestionType } from '../../src/quiz/question-spec';
import { scoreQuestion } from '../../src/quiz/score-question';
import { buildRecord } from '../../src/records/build-record';
import { recordText, sealRecord } from '../../src/records/record-digest';
import { startPreview } from './preview-server';

const ROOT = resolve(import.meta.dirname, '../..');
// Records as the app saves them now (canonical JSON); a change of how they are saved needs a new folder.
const WORK = join(ROOT, '.tmp/bench-hr/canonical');
export const HR_BENCH_SIZES = [1_000, 5_000, 20_000];

/** A small, seeded random source, so every run makes the same records. */
function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, pick: <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!, chance: (p: number) => next() < p };
}
type Random = ReturnType<typeof random>;

const answers: QuestionAnswersRegistry = questionAnswers;

// Generic over the type so the registry entry and its spec stay correlated.
const answerAs = <K extends QuestionType>(type: K, question: SpecOf<K>, right: boolean, rng: Random): InputOf<K> => {
  const { correctInput, mistakes } = answers[type];
  const wrong = right ? [] : mistakes(question);
  return wrong.length ? rng.pick(wrong) : correctInput(question);
};

/** The learner's input on a question: right, or a plausible mistake. */
const answer = (question: QuestionSpec, right: boolean, rng: Random): QuestionInput => answerAs(question.type, question, right, rng);

const score = (question: QuestionSpec, input: QuestionInput) => {
  const result = scoreQuestion(question, input, questionAnswers);
  return result.type === 'points' ? { earned: result.earned, total: result.total } : { earned: 0, total: 1 };
};

function attempt(lesson: LessonSpec, quiz: LessonSpec['quizzes'][number], skill: number, day: number, index: number, rng: Random): QuizAttempt {
  const questions = quiz.draw ? [...quiz.questions].sort(() => rng.next() - 0.5).slice(0, quiz.draw) : quiz.questions;
  const at = (minute: number) => new Date(Date.UTC(2025, 2, 1 + day, 9, minute)).toISOString();
  const answers: Record<string, AnswerRecord> = {};
  questions.forEach((question, i) => {
    const input = answer(question, rng.chance(skill), rng);
    answers[question.id] = { input, ...score(question, input), checkedAt: at(i + 1) };
  });
  return {
    id: `${quiz.id}-${index}`,
    lessonSlug: lesson.slug,
    startedAt: at(0),
    finishedAt: at(questions.length + 1),
    seed: index,
    questionIds: questions.map((question) => question.id),
    position: questions.length - 1,
    drafts: {},
    answers,
  };
}

/** One learner's progress: some never start, most get part way, many finish. */
function progress(lessons: LessonSpec[], rng: Random): ProgressState {
  const state: ProgressState = { lessons: {}, quizzes: {}, reflections: {} };
  const reached = rng.chance(0.1) ? 0 : rng.chance(0.35) ? 1 + Math.floor(rng.next() * (lessons.length - 1)) : lessons.length;
  const skill = 0.55 + rng.next() * 0.45;
  lessons.slice(0, reached).forEach((lesson, day) => {
    const at = (hour: number) => new Date(Date.UTC(2025, 2, 1 + day, hour)).toISOString();
    const attempts = lesson.kind === 'assessment' ? 1 + Math.floor(rng.next() * 2.2) : rng.chance(0.2) ? 2 : 1;
    for (const quiz of lesson.quizzes) {
      state.quizzes[quiz.id] = { attempts: Array.from({ length: attempts }, (_, n) => attempt(lesson, quiz, Math.min(1, skill + n * 0.15), day, n, rng)) };
    }
    const finished = lesson.kind === 'assessment' || day < reached - 1 || reached === lessons.length;
    state.lessons[lesson.slug] = {
      startedAt: at(9),
      ...(finished && lesson.kind === 'lesson' ? { completedAt: at(10) } : {}),
      timeSpentMs: Math.round(120_000 + rng.next() * 900_000),
      lastVisitedAt: at(10),
    };
  });
  return state;
}

/** N sealed records of the real course, written once to .tmp/bench-hr/records (and reused). */
export async function makeRecords(count: number): Promise<string[]> {
  const dir = join(WORK, 'records');
  const name = (i: number) => join(dir, `record-${String(i).padStart(5, '0')}.json`);
  if (existsSync(dir) && readdirSync(dir).length >= count) return Array.from({ length: count }, (_, i) => name(i + 1));
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const { index } = loadCourse(ROOT);
  if (!index) throw new Error('The course content does not pass npm run check:content');
  const rng = random(20_000);
  const files: string[] = [];
  for (let i = 1; i <= count; i++) {
    const locale = rng.chance(0.3) ? 'es' : 'en';
    const lessons = index.lessons.map((lesson) => lesson.versions[locale] ?? lesson.versions.en);
    const unsealed = buildRecord(
      {
        progress: progress(lessons, rng),
        course: index.course,
        lessons,
        language: locale,
        learner: { name: `Learner ${i} Núñez`, employeeId: `E-${String(i).padStart(5, '0')}`, email: `learner${i}@example.com` },
        app: { name: 'customer-focus-course', version: '0.1.0' },
      },
      { includeReflections: false },
      new Date(Date.UTC(2025, 3, 1, 8, 0, i % 60)),
    );
    writeFileSync(name(i), recordText(await sealRecord(unsealed)));
    files.push(name(i));
  }
  return files;
}

/** The first `n` records in one zip, written once to .tmp/bench-hr and reused. */
export async function zipOf(n: number): Promise<string> {
  const paths = (await makeRecords(n)).slice(0, n);
  const zipPath = join(WORK, `records-${n}.zip`);
  if (!existsSync(zipPath)) writeFileSync(zipPath, zipSync(Object.fromEntries(paths.map((path) => [path.slice(path.lastIndexOf('/') + 1), readFileSync(path)]))));
  return zipPath;
}

/** Installed before the page loads: long tasks, and the moment the file input changes. */
export function instrument() {
  const w = window as unknown as { __longest: number; __t0: number };
  w.__longest = 0;
  w.__t0 = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (w.__t0 && entry.startTime >= w.__t0) w.__longest = Math.max(w.__longest, entry.duration);
  }).observe({ type: 'longtask', buffered: false });
  document.addEventListener('change', (event) => {
    if ((event.target as HTMLInputElement).type === 'file') {
      w.__t0 = performance.now();
      w.__longest = 0;
    }
  }, true);
}

/** Milliseconds since the files were picked, taken in the page as soon as `ready` holds (checked every frame). */
export const timeUntil = (page: Page, ready: () => boolean) =>
  page.waitForFunction(ready, undefined, { polling: 'raf', timeout: 300_000 }).then(() => page.evaluate(() => performance.now() - (window as unknown as { __t0: number }).__t0));

export interface Run {
  n: number;
  mode: 'files' | 'zip';
  megabytes: number;
  importMs: number;
  reportMs: number;
  csvMs: number;
  longestTaskMs: number;
}

export async function measure(page: Page, baseUrl: string, n: number, mode: Run['mode'], paths: string[], megabytes: number): Promise<Run> {
  await page.goto(`${baseUrl}#/hr`);
  await page.reload();
  const input = page.locator('input[type=file]:not([webkitdirectory])');
  await input.waitFor({ state: 'attached' });
  await input.setInputFiles(paths, { timeout: 600_000 });
  const importMs = await timeUntil(page, () => [...document.querySelectorAll('[role=status]')].some((el) => /\d records? loaded/.test(el.textContent)));
  const reportMs = await timeUntil(page, () => document.querySelectorAll('.learner-table tbody th[scope=row], .learner-card').length > 0 && document.querySelector('.summary-grid') !== null);
  const download = page.waitForEvent('download', { timeout: 300_000 });
  const clicked = await page.evaluate(() => performance.now());
  await page.getByRole('button', { name: 'Download CSV' }).click();
  await download;
  const csvMs = (await page.evaluate(() => performance.now())) - clicked;
  const longestTaskMs = await page.evaluate(() => (window as unknown as { __longest: number }).__longest);
  return { n, mode, megabytes, importMs, reportMs, csvMs, longestTaskMs };
}

export async function benchHrImport(dist: string, sizes: readonly number[] = HR_BENCH_SIZES, modes: ReadonlyArray<Run['mode']> = ['files', 'zip']): Promise<Run[]> {
  const largest = Math.max(...sizes);
  const started = Date.now();
  const files = await makeRecords(largest);
  console.log(`\nHR import (${largest.toLocaleString('en')} sealed records ready in ${((Date.now() - started) / 1000).toFixed(0)} s, ${relative(ROOT, WORK)})`);

  const { baseUrl, stop } = await startPreview(dist);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  const runs: Run[] = [];
  try {
    const page = await browser.newPage({ acceptDownloads: true });
    await page.addInitScript(instrument);
    const { statSync } = await import('node:fs');
    for (const n of sizes) {
      const paths = files.slice(0, n);
      const megabytes = paths.reduce((sum, path) => sum + statSync(path).size, 0) / 1024 / 1024;
      if (modes.includes('files')) runs.push(await measure(page, baseUrl, n, 'files', paths, megabytes));
      if (!modes.includes('zip')) continue;
      const zipPath = await zipOf(n);
      runs.push(await measure(page, baseUrl, n, 'zip', [zipPath], statSync(zipPath).size / 1024 / 1024));
    }
  } finally {
    await browser.close();
    stop();
  }

  const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`.padStart(9);
  console.log(`  Chromium, ${(await import('node:os')).cpus().length} cores; times from the file input's change; longest task from then to the CSV download`);
  console.log('  records  loaded as        size    import   report shown   CSV export   longest task');
  for (const run of runs) {
    const as = run.mode === 'files' ? `${run.n.toLocaleString('en')} files` : 'one zip';
    console.log(
      `  ${run.n.toLocaleString('en').padStart(7)}  ${as.padEnd(12)} ${`${run.megabytes.toFixed(1)} MB`.padStart(9)} ${s(run.importMs)}   ${s(run.reportMs)}    ${s(run.csvMs)}   ${`${Math.round(run.longestTaskMs)} ms`.padStart(9)}`,
    );
  }
  return runs;
}

if (import.meta.url === `file://${process.argv[1]!}`) {
  const args = process.argv.slice(2);
  const [dist = 'dist', ...counts] = args.filter((arg) => !arg.startsWith('--'));
  const only = args.find((arg) => arg.startsWith('--only='))?.slice('--only='.length) as Run['mode'] | undefined;
  await benchHrImport(resolve(dist), counts.length ? counts.map(Number) : HR_BENCH_SIZES, only ? [only] : undefined);
}
