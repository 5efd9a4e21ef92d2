/**
 * The HR import beside its floor, in the same run and the same Chromium: the app's #/hr importing
 * one zip of N sealed records (hr-import.ts's measure: from the file input's change to "N records
 * loaded"), and hr-floor/ doing the bare work on the same zip (inflate, JSON.parse, SHA-256 of every
 * record, over as many workers as the import uses). Interleaved (floor, app, floor, app…), each
 * run in a fresh context; medians, the app's time as a ratio of the floor's (target ≤ 1.5×) and
 * the longest main-thread task (target: none over 50 ms).
 * Then the same on 1 core and up to all cores (Chromium started under `taskset -c`), to see how
 * both scale and project a bigger machine.
 * Usage: npm run build && tsx scripts/bench/hr-vs-floor.ts [dist] [--hr-sizes=1000,5000] [--hr-scaling=1000, 0 for none] [--hr-runs=3]
 */
import type { Browser, Page } from '@playwright/test';
import { statSync } from 'node:fs';
import { cpus } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { launchChromium } from './browser';
import { instrument, makeRecords, measure, timeUntil, zipOf } from './hr-import';
import { startPreview } from './preview-server';
import { atMost, cpuSets, formatMs, formatRatio, median, projectToCores, renderTable, verdictOf } from './side-by-side';

const ROOT = resolve(import.meta.dirname, '../..');
const FLOOR_OUT = join(ROOT, '.tmp/bench-hr-floor');
export const HR_RATIO_TARGET = atMost(1.5, '≤ 1.50×');
export const LONG_TASK_TARGET = atMost(50, '≤ 50 ms');

/** Builds hr-floor/ with Vite (its worker bundled with fflate), as the course is built. */
async function buildHrFloor(): Promise<string> {
  await build({ configFile: false, root: join(import.meta.dirname, 'hr-floor'), base: './', logLevel: 'error', build: { outDir: FLOOR_OUT, emptyOutDir: true, target: 'es2022' } });
  return FLOOR_OUT;
}

interface Timing {
  ms: number;
  longestTaskMs: number;
}

async function fresh<T>(browser: Browser, run: (page: Page) => Promise<T>): Promise<T> {
  const context = await browser.newContext({ acceptDownloads: true, locale: 'en-US', serviceWorkers: 'block' });
  try {
    await context.addInitScript(instrument);
    return await run(await context.newPage());
  } finally {
    await context.close();
  }
}

const floorOnce = (browser: Browser, url: string, zipPath: string, n: number) =>
  fresh(browser, async (page): Promise<Timing & { workers: number }> => {
    await page.goto(url);
    await page.getByLabel('Records zip').setInputFiles(zipPath);
    const ms = await timeUntil(page, () => /records checked/.test(document.querySelector('[role=status]')?.textContent ?? ''));
    const text = (await page.getByRole('status').textContent()) ?? '';
    const [records, workers] = (text.match(/\d+/g) ?? []).map(Number);
    if (records !== n) throw new Error(`The floor checked ${String(records)} records of ${String(n)}: "${text}"`);
    const longestTaskMs = await page.evaluate(() => (window as unknown as { __longest: number }).__longest);
    return { ms, longestTaskMs, workers: workers ?? 0 };
  });

const appOnce = (browser: Browser, baseUrl: string, zipPath: string, n: number) =>
  fresh(browser, async (page): Promise<Timing> => {
    const run = await measure(page, baseUrl, n, 'zip', [zipPath], 0);
    return { ms: run.importMs, longestTaskMs: run.longestTaskMs };
  });

interface Series {
  n: number;
  megabytes: number;
  floor: Array<Timing & { workers: number }>;
  app: Timing[];
}

/** `runs` interleaved pairs (floor first) in one browser. */
async function series(browser: Browser, urls: { app: string; floor: string }, n: number, runs: number): Promise<Series> {
  const zipPath = await zipOf(n);
  const result: Series = { n, megabytes: statSync(zipPath).size / 1024 / 1024, floor: [], app: [] };
  for (let run = 0; run < runs; run++) {
    result.floor.push(await floorOnce(browser, urls.floor, zipPath, n));
    result.app.push(await appOnce(browser, urls.app, zipPath, n));
  }
  return result;
}

export interface HrVsFloorOptions {
  sizes: readonly number[];
  scalingSize: number;
  runs: number;
}

export const HR_VS_FLOOR_DEFAULTS: HrVsFloorOptions = { sizes: [1_000, 5_000], scalingSize: 1_000, runs: 3 };

export async function benchHrVsFloor(appUrl: string, options: HrVsFloorOptions = HR_VS_FLOOR_DEFAULTS) {
  await makeRecords(Math.max(...options.sizes, options.scalingSize));
  const floor = await startPreview(await buildHrFloor());
  const urls = { app: appUrl, floor: floor.baseUrl };
  try {
    const browser = await launchChromium();
    const sized: Series[] = [];
    try {
      for (const n of options.sizes) sized.push(await series(browser, urls, n, options.runs));
    } finally {
      await browser.close();
    }
    printRatio(sized);

    const scaling: Array<{ cores: number; series: Series }> = [];
    // --hr-scaling=0 leaves the per-core series out (it takes as long again as the rest).
    for (const { cores, list } of options.scalingSize ? cpuSets(cpus().length) : []) {
      const pinned = await launchChromium(list);
      try {
        scaling.push({ cores, series: await series(pinned, urls, options.scalingSize, options.runs) });
      } finally {
        await pinned.close();
      }
    }
    if (scaling.length) printScaling(scaling);
    return { sized, scaling };
  } finally {
    floor.stop();
  }
}

const medianOf = (timings: readonly Timing[]) => median(timings.map((t) => t.ms));
const worstTask = (timings: readonly Timing[]) => Math.max(...timings.map((t) => t.longestTaskMs));

function printRatio(sized: readonly Series[]) {
  const workers = sized[0]?.floor[0]?.workers ?? 0;
  console.log(`\nHR import beside its floor (one zip; median of ${String(sized[0]?.app.length ?? 0)} interleaved runs, fresh context each; Chromium on all ${String(cpus().length)} cores, ${String(workers)} workers)`);
  console.log('  floor: inflate (fflate), JSON.parse and SHA-256 of every record over the same number of workers, nothing else');
  console.log('  app: the HR page, from the file input\'s change to "N records loaded"; its longest main-thread task runs to the CSV download');
  const rows = sized.map(({ n, megabytes, floor, app }) => {
    const ratio = medianOf(app) / medianOf(floor);
    const longest = worstTask(app);
    return [
      n.toLocaleString('en'),
      `${megabytes.toFixed(1)} MB`,
      formatMs(medianOf(floor)),
      formatMs(medianOf(app)),
      formatRatio(medianOf(app), medianOf(floor)),
      `${HR_RATIO_TARGET.label} ${verdictOf(HR_RATIO_TARGET, ratio)}`,
      formatMs(worstTask(floor)),
      formatMs(longest),
      `${LONG_TASK_TARGET.label} ${verdictOf(LONG_TASK_TARGET, longest)}`,
    ];
  });
  for (const line of renderTable(['records', 'zip', 'floor', 'app import', 'ratio', 'target', 'floor: longest task', 'app: longest task', 'target'], rows)) console.log(line);
}

function printScaling(scaling: ReadonlyArray<{ cores: number; series: Series }>) {
  const n = scaling[0]?.series.n ?? 0;
  console.log(`\n  Per core count (${n.toLocaleString('en')} records, Chromium under taskset -c; workers = what the page then sees as navigator.hardwareConcurrency, at most 8)`);
  const one = scaling.find((s) => s.cores === 1);
  const rows = scaling.map(({ cores, series: { floor, app } }) => [
    String(cores),
    String(floor[0]?.workers ?? '–'),
    formatMs(medianOf(floor)),
    formatMs(medianOf(app)),
    formatRatio(medianOf(app), medianOf(floor)),
    one ? formatRatio(medianOf(one.series.app), medianOf(app)) : '–',
    one ? formatRatio(medianOf(one.series.floor), medianOf(floor)) : '–',
  ]);
  for (const line of renderTable(['cores', 'workers', 'floor', 'app import', 'ratio', 'app speed-up', 'floor speed-up'], rows)) console.log(line);
  const measured = (pick: (s: Series) => Timing[]) => scaling.map(({ cores, series: s }) => ({ cores, ms: medianOf(pick(s)) }));
  const app = projectToCores(measured((s) => s.app), 8);
  const floor = projectToCores(measured((s) => s.floor), 8);
  if (app && floor) {
    console.log(
      `  projected to 8 like cores (Amdahl's law fitted to ${String(scaling[0]!.cores)} and ${String(scaling[scaling.length - 1]!.cores)} cores; an estimate, not a measurement): ` +
        `floor ${formatMs(floor.ms)} (${(floor.serialShare * 100).toFixed(0)}% serial), app ${formatMs(app.ms)} (${(app.serialShare * 100).toFixed(0)}% serial), ratio ${formatRatio(app.ms, floor.ms)}`,
    );
  } else console.log('  projection to 8 cores: needs two core counts, and this machine has one');
}

export function hrOptionsFrom(args: readonly string[]): HrVsFloorOptions {
  const flag = (name: string) => args.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3);
  const sizes = flag('hr-sizes')?.split(',').map(Number) ?? HR_VS_FLOOR_DEFAULTS.sizes;
  const scalingSize = Number(flag('hr-scaling') ?? HR_VS_FLOOR_DEFAULTS.scalingSize);
  const runs = Number(flag('hr-runs') ?? HR_VS_FLOOR_DEFAULTS.runs);
  for (const value of [...sizes, runs]) {
    if (!Number.isInteger(value) || value < 1) throw new Error(`--hr-sizes and --hr-runs take whole numbers above 0 (got ${String(value)})`);
  }
  if (!Number.isInteger(scalingSize) || scalingSize < 0) throw new Error(`--hr-scaling takes a whole number, 0 to leave the per-core series out (got ${String(scalingSize)})`);
  return { sizes, scalingSize, runs };
}

if (import.meta.url === `file://${process.argv[1]!}`) {
  const args = process.argv.slice(2);
  const { baseUrl, stop } = await startPreview(resolve(args.find((arg) => !arg.startsWith('--')) ?? 'dist'));
  try {
    await benchHrVsFloor(baseUrl, hrOptionsFrom(args));
  } finally {
    stop();
  }
}
