/**
 * "Feedback after 'Check answer' painted within one frame (16 ms) at the median." Opens lesson 1 in
 * a fresh context, starts its quiz and answers each question (its first choice, by role); before
 * each "Check answer" click it installs, in the page:
 *   - a click listener on that button (capture phase, so it runs before React's own handler, which
 *     listens at the root in the bubble phase): `performance.mark('check')`;
 *   - a MutationObserver on the question's status region (role=status): when the verdict appears
 *     in it, the time is taken ("in the DOM"), then one requestAnimationFrame, whose callback runs
 *     at the start of the next frame, before its style, layout and paint ("next frame": the figure
 *     held to 16 ms), then a message posted from that callback, which runs once that frame is done
 *     ("after paint", for reference).
 * Each figure is `performance.now() - mark.startTime`. The mark is taken when the click reaches the
 * page, so the time the browser took to deliver the input is not in it. Service workers are
 * blocked: the offline download a first visit starts would otherwise compete with the clicks.
 * Usage: npm run build && tsx scripts/bench/check-feedback.ts [dist] [--rounds=5]
 */
import type { Browser, Page } from '@playwright/test';
import { resolve } from 'node:path';
import { launchChromium } from './browser';
import { LESSON_1, quizTexts } from './quiz-appears';
import { below, formatMs, median, renderTable, verdictOf } from './side-by-side';
import { startPreview } from './preview-server';

export const FRAME_TARGET = below(16, '< 16 ms');

export interface FeedbackTiming {
  /** The click's mark to the verdict in the DOM. */
  dom: number;
  /** To the next animation frame's callback. */
  frame: number;
  /** To a task after that frame. */
  painted: number;
}

/** In the page: arms the probe on the button named `check`; its result waits in `window.__feedback`. */
function armProbe(check: string) {
  const w = window as unknown as { __feedback?: Promise<FeedbackTiming> };
  const button = [...document.querySelectorAll<HTMLButtonElement>('section.quiz button')].find((b) => b.textContent.trim() === check);
  const status = button?.closest('.quiz-step')?.querySelector('[role="status"]');
  if (!button || !status) throw new Error(`No "${check}" button with a status region beside it`);
  performance.clearMarks('check');
  button.addEventListener('click', () => performance.mark('check'), { capture: true, once: true });
  w.__feedback = new Promise((done) => {
    const observer = new MutationObserver(() => {
      if (!status.querySelector('[data-verdict]')) return;
      observer.disconnect();
      const start = performance.getEntriesByName('check')[0]!.startTime;
      const dom = performance.now() - start;
      requestAnimationFrame(() => {
        const frame = performance.now() - start;
        const channel = new MessageChannel();
        channel.port1.onmessage = () => done({ dom, frame, painted: performance.now() - start });
        channel.port2.postMessage(null);
      });
    });
    observer.observe(status, { childList: true, subtree: true, characterData: true });
  });
}

/** One attempt at the lesson's first quiz, a fresh visit: a timing per question. */
async function attempt(browser: Browser, baseUrl: string): Promise<FeedbackTiming[]> {
  const { start, check, next, seeResult, progress, verdicts } = quizTexts();
  const context = await browser.newContext({ locale: 'en-US', serviceWorkers: 'block' });
  try {
    const page: Page = await context.newPage();
    await page.goto(`${baseUrl}${LESSON_1}`);
    // The first quiz is the first region with a start button; it keeps its name (its title) once started.
    const unstarted = page.getByRole('region').filter({ has: page.getByRole('button', { name: start }) }).first();
    const quiz = page.getByRole('region', { name: await unstarted.getByRole('heading').first().innerText(), exact: true });
    await quiz.getByRole('button', { name: start }).click();
    const total = Number(progress.exec((await quiz.getByText(progress).innerText()).trim())?.[1]);
    const checkButton = quiz.getByRole('button', { name: check, exact: true });
    const timings: FeedbackTiming[] = [];
    for (let question = 1; question <= total; question++) {
      await quiz.getByRole('radio').or(quiz.getByRole('checkbox')).first().check();
      await page.evaluate(armProbe, check);
      await checkButton.click();
      timings.push(await page.evaluate(() => (window as unknown as { __feedback: Promise<FeedbackTiming> }).__feedback));
      // The verdict, read by role as a screen reader announces it.
      const status = await quiz.getByRole('status').innerText();
      if (!verdicts.some((verdict) => status.includes(verdict))) throw new Error(`No verdict in the status region after "${check}": "${status}"`);
      await quiz.getByRole('button', { name: question < total ? next : seeResult, exact: true }).click();
    }
    if (!timings.length) throw new Error('Lesson 1 shows no question with a "Check answer" button');
    return timings;
  } finally {
    await context.close();
  }
}

export async function benchCheckFeedback(baseUrl: string, rounds = 5): Promise<FeedbackTiming[]> {
  const browser = await launchChromium();
  const timings: FeedbackTiming[] = [];
  try {
    for (let round = 0; round < rounds; round++) timings.push(...(await attempt(browser, baseUrl)));
  } finally {
    await browser.close();
  }
  printCheckFeedback(timings, rounds);
  return timings;
}

export function printCheckFeedback(timings: readonly FeedbackTiming[], rounds: number) {
  console.log(`\nFeedback after "Check answer" (lesson 1's quiz, ${timings.length} answers over ${rounds} fresh visits; Chromium, all cores, no throttling)`);
  console.log('  from the click reaching the button (performance.mark) to: the verdict in the DOM; the next frame (one requestAnimationFrame,');
  console.log('  before that frame\'s paint: the figure held to one frame); a task after that frame (after paint)');
  const row = (name: string, pick: (t: FeedbackTiming) => number, target?: typeof FRAME_TARGET) => {
    const values = timings.map(pick);
    const mid = median(values);
    const max = Math.max(...values);
    return [name, formatMs(mid), formatMs(max), target?.label ?? '', target ? `median ${verdictOf(target, mid)}, max ${verdictOf(target, max)}` : ''];
  };
  for (const line of renderTable(
    ['', 'median', 'max', 'target', ''],
    [row('in the DOM', (t) => t.dom), row('next frame', (t) => t.frame, FRAME_TARGET), row('after paint', (t) => t.painted)],
  ))
    console.log(line);
  console.log(`  next frame, each answer: ${timings.map((t) => t.frame.toFixed(1)).join(' ')} ms`);
}

if (import.meta.url === `file://${process.argv[1]!}`) {
  const args = process.argv.slice(2);
  const rounds = Number(args.find((arg) => arg.startsWith('--rounds='))?.slice('--rounds='.length) ?? 5);
  const { baseUrl, stop } = await startPreview(resolve(args.find((arg) => !arg.startsWith('--')) ?? 'dist'));
  try {
    await benchCheckFeedback(baseUrl, rounds);
  } finally {
    stop();
  }
}
