/**
 * Lighthouse scores of the built app beside the floor (scripts/bench/floor/, served the same way):
 * the floor, the home page, lesson 1 (opened directly) and the HR page with Lighthouse's
 * default mobile settings (an emulated mid-range phone, simulated slow 4G and a slowed-down CPU:
 * our learners are on cheap phones), and the home page once more as a desktop. Prints the four
 * category scores and the main timings of each run, a table of the floor and the three pages side
 * by side with the issue's targets printed beside them (not asserted), then every failed
 * accessibility, best-practice and SEO audit so that it can be fixed. Runs Debian's Chromium (or CHROMIUM_PATH); never downloads one.
 * Usage: npm run build && tsx scripts/bench/lighthouse.ts [dist]
 */
import { launch, type LaunchedChrome } from 'chrome-launcher';
import lighthouse, { type Config, type Result } from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildFloor } from './floor';
import { atLeast, below, formatMs, renderTable, verdictOf, type Target as Goal } from './side-by-side';
import { startSites, type Sites } from './sites';

const ROOT = resolve(import.meta.dirname, '../..');
// TMPDIR while it runs: Chromium's profile and chrome-launcher's logs go here, not to the system's
// temporary folder, and the folder is removed afterwards.
const TMP = join(ROOT, '.tmp/lighthouse');

interface Target {
  name: string;
  /** The course, or the floor's hello world. */
  site: 'app' | 'floor';
  hash: string;
  formFactor: 'mobile' | 'desktop';
}

export const LIGHTHOUSE_TARGETS: readonly Target[] = [
  { name: 'floor', site: 'floor', hash: '#/', formFactor: 'mobile' },
  { name: 'home', site: 'app', hash: '#/', formFactor: 'mobile' },
  { name: 'lesson 1', site: 'app', hash: '#/lessons/what-customer-focus-means', formFactor: 'mobile' },
  { name: 'HR', site: 'app', hash: '#/hr', formFactor: 'mobile' },
  { name: 'home', site: 'app', hash: '#/', formFactor: 'desktop' },
];

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const CHECKED = ['accessibility', 'best-practices', 'seo'] as const;
const METRICS = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index'] as const;
const UNSCORED = new Set(['notApplicable', 'manual', 'informative']);

export interface LighthouseRun {
  target: Target;
  scores: Record<(typeof CATEGORIES)[number], number | null>;
  metrics: Record<(typeof METRICS)[number], number | undefined>;
  failed: Array<{ category: string; id: string; title: string; score: number | null; where: string[] }>;
  seconds: number;
  lhr: Result;
}

/** Up to three places an audit points at (an element, or a URL), to find what to fix. */
function where(audit: Result['audits'][string]): string[] {
  const details = audit.details as { items?: Array<Record<string, unknown>> } | undefined;
  return (details?.items ?? []).slice(0, 3).map((item) => {
    const node = (item.node ?? item.element) as { selector?: string; snippet?: string; nodeLabel?: string } | undefined;
    if (node) return [node.selector, node.snippet].filter(Boolean).join('  ').slice(0, 160);
    const text = item.url ?? item.source ?? item.description ?? item.index;
    return typeof text === 'string' ? text.slice(0, 160) : JSON.stringify(item).slice(0, 160);
  });
}

function summarise(target: Target, lhr: Result, seconds: number): LighthouseRun {
  const scores = Object.fromEntries(CATEGORIES.map((id) => [id, lhr.categories[id]?.score ?? null])) as LighthouseRun['scores'];
  const metrics = Object.fromEntries(METRICS.map((id) => [id, lhr.audits[id]?.numericValue])) as LighthouseRun['metrics'];
  const failed: LighthouseRun['failed'] = [];
  for (const category of CHECKED) {
    for (const ref of lhr.categories[category]?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id];
      if (!audit || UNSCORED.has(audit.scoreDisplayMode)) continue;
      // An audit that could not run ('error') has no score: list it too, it checked nothing.
      if (audit.scoreDisplayMode === 'error' || (audit.score !== null && audit.score < 1)) {
        failed.push({ category, id: audit.id, title: audit.title, score: audit.score, where: audit.errorMessage ? [audit.errorMessage] : where(audit) });
      }
    }
  }
  return { target, scores, metrics, failed, seconds, lhr };
}

export async function benchLighthouse(sites: Pick<Sites, 'app' | 'floor'>, targets: readonly Target[] = LIGHTHOUSE_TARGETS): Promise<LighthouseRun[]> {
  const previousTmp = process.env.TMPDIR;
  mkdirSync(TMP, { recursive: true });
  process.env.TMPDIR = TMP;

  let chrome: LaunchedChrome | undefined;
  const runs: LighthouseRun[] = [];
  try {
    chrome = await launch({
      chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      chromeFlags: ['--headless', '--no-sandbox', '--disable-gpu'],
      logLevel: 'silent',
    });
    for (const target of targets) {
      const started = Date.now();
      const config: Config | undefined = target.formFactor === 'desktop' ? desktopConfig : undefined;
      const result = await lighthouse(`${sites[target.site]}${target.hash}`, { port: chrome.port, output: 'json', logLevel: 'error' }, config);
      if (!result) throw new Error(`Lighthouse returned nothing for ${target.hash}`);
      if (result.lhr.runtimeError) throw new Error(`Lighthouse could not audit ${target.hash}: ${result.lhr.runtimeError.code} ${result.lhr.runtimeError.message}`);
      runs.push(summarise(target, result.lhr, (Date.now() - started) / 1000));
    }
  } finally {
    chrome?.kill();
    // Chromium is killed outright, so it leaves its lock files behind; nothing in the folder is kept.
    rmSync(TMP, { recursive: true, force: true });
    if (previousTmp === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previousTmp;
  }

  printLighthouse(runs);
  printSideBySide(runs);
  return runs;
}

const score = (value: number | null) => (value === null ? '–' : String(Math.round(value * 100))).padStart(5);
const ms = (value: number | undefined) => (value === undefined ? '–' : value >= 1000 ? `${(value / 1000).toFixed(1)} s` : `${Math.round(value)} ms`).padStart(8);

export function printLighthouse(runs: readonly LighthouseRun[]) {
  const first = runs[0]?.lhr;
  if (!first) return;
  const chromium = /Chrome\/([\d.]+)/.exec(first.environment.hostUserAgent)?.[1] ?? '?';
  console.log(`\nLighthouse ${first.lighthouseVersion} (Chromium ${chromium}; simulated throttling)`);
  for (const formFactor of ['mobile', 'desktop'] as const) {
    const lhr = runs.find((run) => run.target.formFactor === formFactor)?.lhr;
    if (!lhr) continue;
    const { screenEmulation: screen, throttling } = lhr.configSettings;
    console.log(
      `  ${formFactor}: ${screen.width}×${screen.height} at ${screen.deviceScaleFactor}x, ` +
        `${throttling.rttMs} ms RTT, ${(throttling.throughputKbps / 1024).toFixed(1)} Mbit/s, CPU ${throttling.cpuSlowdownMultiplier}× slower`,
    );
  }
  console.log('  page       form factor  perf  a11y  best   SEO       FCP       LCP       TBT     CLS  Speed Index    run');
  for (const { target, scores, metrics, seconds } of runs) {
    const cls = metrics['cumulative-layout-shift'];
    console.log(
      `  ${target.name.padEnd(10)} ${target.formFactor.padEnd(11)} ${score(scores.performance)} ${score(scores.accessibility)} ${score(scores['best-practices'])} ${score(scores.seo)}` +
        `  ${ms(metrics['first-contentful-paint'])}  ${ms(metrics['largest-contentful-paint'])}  ${ms(metrics['total-blocking-time'])}  ${(cls === undefined ? '–' : cls.toFixed(3)).padStart(6)}     ${ms(metrics['speed-index'])}  ${`${seconds.toFixed(0)} s`.padStart(5)}`,
    );
  }
  const failures = runs.filter((run) => run.failed.length);
  console.log(`  failed accessibility, best-practice and SEO audits: ${failures.length ? '' : 'none'}`);
  for (const { target, failed } of failures) {
    console.log(`    ${target.name} (${target.formFactor}, ${target.hash})`);
    for (const audit of failed) {
      console.log(`      ${audit.category.padEnd(14)} ${audit.id}: ${audit.title}${audit.score === null ? ' (could not run)' : ''}`);
      for (const place of audit.where) console.log(`        ${place}`);
    }
  }
}

/** The issue's targets for the course's mobile pages (the floor is what they are read beside). */
export const LIGHTHOUSE_GOALS: Array<{ row: string; goal?: Goal; value: (run: LighthouseRun) => number | undefined; show: (value: number | undefined) => string }> = [
  { row: 'Performance', goal: atLeast(98, '≥ 98'), value: (run) => percent(run.scores.performance), show: showScore },
  { row: 'Accessibility', goal: atLeast(100, '100'), value: (run) => percent(run.scores.accessibility), show: showScore },
  { row: 'Best Practices', goal: atLeast(100, '100'), value: (run) => percent(run.scores['best-practices']), show: showScore },
  { row: 'SEO', goal: atLeast(100, '100'), value: (run) => percent(run.scores.seo), show: showScore },
  { row: 'LCP', goal: below(1500, '< 1.5 s'), value: (run) => run.metrics['largest-contentful-paint'], show: formatMs },
  { row: 'TBT', value: (run) => run.metrics['total-blocking-time'], show: formatMs },
  // CLS is held to exactly 0: a shift of 0.001 misses.
  { row: 'CLS', goal: { label: '0', holds: (value) => value === 0 }, value: (run) => run.metrics['cumulative-layout-shift'], show: (value) => (value === undefined ? '–' : value.toFixed(3)) },
];

function percent(value: number | null): number | undefined {
  return value === null ? undefined : Math.round(value * 100);
}
function showScore(value: number | undefined): string {
  return value === undefined ? '–' : String(value);
}

/** The floor and the course's pages on the phone, one column each, the targets beside; a page that misses one is named. */
export function sideBySideLines(runs: readonly LighthouseRun[]): string[] {
  const mobile = runs.filter((run) => run.target.formFactor === 'mobile');
  const pages = mobile.filter((run) => run.target.site === 'app');
  const columns = [...mobile.filter((run) => run.target.site === 'floor'), ...pages];
  const rows = LIGHTHOUSE_GOALS.map(({ row, goal, value, show }) => {
    const missed = pages.filter((run) => verdictOf(goal, value(run)) === 'missed').map((run) => run.target.name);
    return [row, ...columns.map((run) => show(value(run))), goal?.label ?? '–', !goal ? '' : missed.length ? `missed: ${missed.join(', ')}` : 'met'];
  });
  return renderTable(['mobile', ...columns.map((run) => run.target.name), 'target', ''], rows);
}

export function printSideBySide(runs: readonly LighthouseRun[]) {
  console.log('\n  Side by side with the floor (mobile; targets from the issue for home, lesson 1 and HR, printed, not asserted)');
  for (const line of sideBySideLines(runs)) console.log(line);
}

if (import.meta.url === `file://${process.argv[1]!}`) {
  const floor = await buildFloor();
  const sites = await startSites(resolve(process.argv[2] ?? 'dist'), floor.dist);
  try {
    await benchLighthouse(sites);
  } finally {
    sites.stop();
  }
}
