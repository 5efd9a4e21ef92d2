/**
 * "The lesson's quiz appears within 1.5× the hello world's time, measured side by side in the same
 * run." Opens lesson 1 directly (`#/lessons/what-customer-focus-means`) and the floor, each in a
 * fresh browser context (empty cache and storage: a first visit), interleaved (floor, course,
 * floor, course…), and times from navigation start (performance.now() = 0) to:
 *   - the floor: its "Hello, world" heading attached and visible;
 *   - the course: the first quiz of the lesson attached and visible, that is its first control, the
 *     "Start the quiz" button in the quiz's region (on a first visit a quiz shows that button before
 *     its first question).
 * A script installed before the page's own records the moment: a MutationObserver looks at every
 * DOM change, and a requestAnimationFrame loop catches what becomes visible without one (a style
 * sheet arriving). Afterwards Playwright checks by role that the element timed is the one meant.
 * Usage: npm run build && tsx scripts/bench/quiz-appears.ts [dist] [--runs=5]
 */
import type { Browser, Locator, Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { initScript, launchChromium } from './browser';
import { buildFloor } from './floor';
import { atMost, formatMs, formatRatio, median, renderTable, verdictOf } from './side-by-side';
import { describeServing, startSites, type Sites } from './sites';

const ROOT = resolve(import.meta.dirname, '../..');
export const LESSON_1 = '#/lessons/what-customer-focus-means';
export const QUIZ_RATIO_TARGET = atMost(1.5, '≤ 1.50×');

/** The course's English texts, read from its locale files so a reworded button does not break the bench. */
export function quizTexts(): { start: string; check: string; next: string; seeResult: string; progress: RegExp; verdicts: string[] } {
  const quiz = JSON.parse(readFileSync(resolve(ROOT, 'src/i18n/locales/en/quiz.json'), 'utf8')) as {
    start: { button: string };
    check: string;
    next: string;
    seeResult: string;
    progress: string;
    verdict: Record<string, string>;
  };
  // "Question {{current}} of {{total}}" read back: the total is the second number.
  const progress = new RegExp(`^${quiz.progress.replace('{{current}}', '\\d+').replace('{{total}}', '(\\d+)')}$`);
  return { start: quiz.start.button, check: quiz.check, next: quiz.next, seeResult: quiz.seeResult, progress, verdicts: Object.values(quiz.verdict) };
}

interface Probe {
  /** Candidates, by CSS; the first whose text includes `text` and that is visible is the one. */
  selector: string;
  text: string;
}

/** Runs in the page before its own scripts: records when the probe's element is first attached and visible. */
function watchFor(probe: Probe) {
  const w = window as unknown as { __shownAt?: number; __shown?: Element };
  const look = () => {
    if (w.__shownAt !== undefined) return;
    for (const element of document.querySelectorAll(probe.selector)) {
      if (element.textContent.includes(probe.text) && element.checkVisibility()) {
        w.__shownAt = performance.now();
        w.__shown = element;
        observer.disconnect();
        return;
      }
    }
  };
  const observer = new MutationObserver(look);
  observer.observe(document, { childList: true, subtree: true, attributes: true, characterData: true });
  const everyFrame = () => {
    look();
    if (w.__shownAt === undefined) requestAnimationFrame(everyFrame);
  };
  requestAnimationFrame(everyFrame);
}

interface Subject {
  name: string;
  url: string;
  probe: Probe;
  /** The element meant, found by role once the page is up. */
  expected: (page: Page) => Locator;
}

async function timeOnce(browser: Browser, subject: Subject): Promise<number> {
  const context = await browser.newContext({ locale: 'en-US' });
  try {
    const page = await context.newPage();
    await page.addInitScript(initScript(watchFor, subject.probe));
    await page.goto(subject.url);
    await page.waitForFunction(() => (window as unknown as { __shownAt?: number }).__shownAt !== undefined, undefined, { timeout: 30_000 });
    const same = await subject.expected(page).evaluate((element) => element === (window as unknown as { __shown?: Element }).__shown);
    if (!same) throw new Error(`${subject.name}: the element timed is not ${subject.expected(page).toString()}`);
    return await page.evaluate(() => (window as unknown as { __shownAt: number }).__shownAt);
  } finally {
    await context.close();
  }
}

export interface QuizAppearsResult {
  floorMs: number[];
  appMs: number[];
}

export async function benchQuizAppears(sites: Sites, runs = 5): Promise<QuizAppearsResult> {
  const { start } = quizTexts();
  const floor: Subject = {
    name: 'floor',
    url: sites.floor,
    probe: { selector: 'h1', text: 'Hello, world' },
    expected: (page) => page.getByRole('heading', { level: 1, name: 'Hello, world' }),
  };
  const app: Subject = {
    name: 'lesson 1',
    url: `${sites.app}${LESSON_1}`,
    probe: { selector: 'section.quiz button', text: start },
    expected: (page) => page.getByRole('region').filter({ has: page.getByRole('button', { name: start }) }).first().getByRole('button', { name: start }),
  };
  const browser = await launchChromium();
  const result: QuizAppearsResult = { floorMs: [], appMs: [] };
  try {
    // One unmeasured visit each, so the first measured one does not also pay for starting the browser.
    await timeOnce(browser, floor);
    await timeOnce(browser, app);
    for (let run = 0; run < runs; run++) {
      result.floorMs.push(await timeOnce(browser, floor));
      result.appMs.push(await timeOnce(browser, app));
    }
  } finally {
    await browser.close();
  }
  printQuizAppears(result, sites);
  return result;
}

export function printQuizAppears({ floorMs, appMs }: QuizAppearsResult, sites: Pick<Sites, 'encoding'>) {
  const floor = median(floorMs);
  const app = median(appMs);
  const ratio = app / floor;
  console.log(`\nLesson 1's quiz on screen, beside the floor (median of ${appMs.length} interleaved first visits, fresh context each)`);
  console.log(`  from navigation start to the element attached and visible; Chromium on all cores, no throttling; ${describeServing(sites)}`);
  for (const line of renderTable(
    ['', 'floor: "Hello, world"', 'lesson 1: its quiz ("Start the quiz")', 'ratio', 'target', ''],
    [
      ['median', formatMs(floor), formatMs(app), formatRatio(app, floor), QUIZ_RATIO_TARGET.label, verdictOf(QUIZ_RATIO_TARGET, ratio)],
      ['runs', floorMs.map((ms) => Math.round(ms)).join(' '), appMs.map((ms) => Math.round(ms)).join(' '), '', '', ''],
    ],
  ))
    console.log(line);
}

if (import.meta.url === `file://${process.argv[1]!}`) {
  const args = process.argv.slice(2);
  const runs = Number(args.find((arg) => arg.startsWith('--runs='))?.slice('--runs='.length) ?? 5);
  const floor = await buildFloor();
  const sites = await startSites(resolve(args.find((arg) => !arg.startsWith('--')) ?? 'dist'), floor.dist);
  try {
    await benchQuizAppears(sites, runs);
  } finally {
    sites.stop();
  }
}
