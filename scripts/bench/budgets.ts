/**
 * Size budgets: what a learner downloads, read from the build's chunk graph (Vite's manifest) and
 * its service worker, gzipped, beside the floor (the same stack as a hello world, built in the same
 * run). No browser: it takes seconds. Prints every figure; returns the budgets broken, each naming
 * the file and the bytes over.
 *
 * Usage: npm run build && tsx scripts/bench/budgets.ts [dist]
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { entryOf, keyOf, lessonsOf, readManifest, staticClosure } from '../build/chunk-graph';
import type { OfflineLessonsFile } from '../build/offline-plan';
import { textsModule } from '../../src/i18n/locales';
import { buildFloor } from './floor';

export { staticClosure } from '../build/chunk-graph';

export interface Budget {
  /** What is measured, in words. */
  name: string;
  /** Gzipped bytes measured. */
  bytes: number;
  /** The most it may be. */
  limit: number;
  /** The files behind the figure, largest first. */
  files: Array<{ file: string; gzip: number }>;
}

const KB = 1024;
/** The budgets of issue "fast on a cheap phone": first page, a lesson, a first visit. */
export const LIMITS = {
  firstPage: 115 * KB,
  firstPageOverFloor: 1.15,
  lessonOpen: 20 * KB,
  lessonOwn: 8 * KB,
  assessmentOwn: 16 * KB,
  firstVisit: 200 * KB,
} as const;

/**
 * Budgets the course does not meet yet, each held at about its last measured figure: `--enforce`
 * (CI) fails when one of these grows past its ceiling, and when any other budget breaks. Lower a
 * ceiling when a change shrinks its figure; remove the line once the budget holds.
 */
export const NOT_YET_MET: ReadonlyArray<{ budget: RegExp; ceiling: number }> = [
  // 128.8 KB, within 1.15x the floor (112.7 KB, both with React Router's production build); the
  // 115 KB budget is not met. The app's share is about 16 KB (one file since the first page's
  // modules are bundled together: 28 files and 138.0 KB before), 0.8 KB of it the lesson files'
  // loaders, so a lesson's file is asked for as its route opens (src/app/lesson-preload.ts). A
  // lesson's objectives come with its own file, not with the first page (0.9 KB less).
  { budget: /^first page/, ceiling: 128.8 * KB },
  // 31.5 KB (en), 32.7 KB (es): the lesson page, the views and answers of its four question types, and the bank.
  { budget: /^final-assessment \(..\): opening it/, ceiling: 32.7 * KB },
  // 23.6 KB (en), 24.2 KB (es): the one lesson with an ordering question and a scenario; the views
  // and answers of each are files of their own, which a lesson of choice questions never downloads.
  // Every other lesson opens within the budget (16.0 to 19.9 KB).
  { budget: /^walking-the-customers-path \(..\): opening it/, ceiling: 24.2 * KB },
  // 228.8 KB (en), 234.1 KB (es): one language's lessons, stored for offline use, are most of it;
  // the question views and answers as a file per type (not one) cost about 4 KB of it.
  { budget: /\): a first visit straight to it, offline precache included$/, ceiling: 234.1 * KB },
];

/** Budgets broken and not held by `NOT_YET_MET`, or grown past the ceiling that holds them. */
export function failingBudgets(budgets: readonly Budget[], notYetMet = NOT_YET_MET): Budget[] {
  return budgets.filter((b) => {
    if (b.bytes <= b.limit) return false;
    const held = notYetMet.find((n) => n.budget.test(b.name));
    return !held || b.bytes > held.ceiling;
  });
}

const gzipCache = new Map<string, number>();
export function gzipOf(dist: string, file: string): number {
  const path = join(dist, file);
  let size = gzipCache.get(path);
  if (size === undefined) {
    size = gzipSync(readFileSync(path), { level: 9 }).length;
    gzipCache.set(path, size);
  }
  return size;
}

/** The files the service worker precaches (its `url` entries). */
export function precacheOf(dist: string): string[] {
  const sw = readFileSync(join(dist, 'sw.js'), 'utf8');
  return [...sw.matchAll(/url:"([^"]+)"/g)].map((m) => m[1]!);
}

/** The service worker itself and the Workbox runtime it imports: fetched when it registers. */
export function workerOf(dist: string): string[] {
  return ['sw.js', ...readdirSync(dist).filter((file) => /^workbox-[^/]+\.js$/.test(file))].filter((file) => existsSync(join(dist, file)));
}

/** Per language, the lesson files the page stores after the precache (src/app/offline-lessons.ts); none in a build without it. */
export function offlineLessonsOf(dist: string): Record<string, string[]> {
  const path = join(dist, 'offline-lessons.json');
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as OfflineLessonsFile).languages : {};
}

const isCode = (file: string) => /\.(js|css)$/.test(file);
const sized = (dist: string, files: Iterable<string>) =>
  [...files]
    .filter(isCode)
    .map((file) => ({ file, gzip: gzipOf(dist, file) }))
    .sort((a, b) => b.gzip - a.gzip);
const total = (files: Array<{ gzip: number }>) => files.reduce((n, f) => n + f.gzip, 0);

/** A figure reported beside the budgets but not held to one: what only trainers download. */
export interface Reported {
  name: string;
  bytes: number;
  files: Array<{ file: string; gzip: number }>;
}

export interface BudgetReport {
  floor: number;
  budgets: Budget[];
  reported: Reported[];
}

/**
 * The trainers' lesson studio (#/studio): its page, its texts and the course's lesson files it loads
 * (beyond the first page), and its checker, a worker. Nothing of it is on a learner's first page
 * (the first-page budgets hold that) or in their precache.
 */
function studioFigures(dist: string, manifest: ReturnType<typeof readManifest>, firstPage: Set<string>): Reported[] {
  const pageKey = Object.keys(manifest).find((key) => key.endsWith('src/app/StudioPage.tsx'));
  if (!pageKey) return [];
  const loads = manifest[pageKey]!.dynamicImports ?? [];
  const isWorker = (file: string) => /^assets\/check-worker-[^/]*\.js$/.test(file);
  const beyond = (keys: string[]) => [...staticClosure(manifest, keys)].filter((file) => !firstPage.has(file) && !isWorker(file));
  const page = sized(dist, beyond([pageKey, ...loads.filter((key) => !key.includes('?raw'))]));
  const sources = sized(dist, beyond(loads.filter((key) => key.includes('?raw'))));
  // The worker is an asset of the page's chunk; Vite bundles it with what it imports.
  const worker = sized(dist, readdirSync(join(dist, 'assets')).map((file) => `assets/${file}`).filter(isWorker));
  return [
    { name: 'lesson studio (#/studio): its page and texts, beyond the first page', bytes: total(page), files: page },
    { name: "lesson studio: the course's lesson files, to start from and to check across", bytes: total(sources), files: sources },
    { name: 'lesson studio: its checker (a worker: the MDX parser and the content rules)', bytes: total(worker), files: worker },
  ];
}

export function measureBudgets(dist: string, floorFirstPage: number): BudgetReport {
  const manifest = readManifest(dist);
  const entry = entryOf(manifest);
  const firstPageFiles = staticClosure(manifest, [entry]);
  const firstPage = sized(dist, firstPageFiles);
  const html = gzipOf(dist, 'index.html');
  const budgets: Budget[] = [
    { name: 'first page (index.html, JS and CSS)', bytes: total(firstPage) + html, limit: LIMITS.firstPage, files: firstPage },
    {
      name: `first page over the floor (${(floorFirstPage / KB).toFixed(1)} KB) × ${LIMITS.firstPageOverFloor}`,
      bytes: total(firstPage) + html,
      limit: Math.round(floorFirstPage * LIMITS.firstPageOverFloor),
      files: firstPage,
    },
  ];

  // Loaded once the first page is on screen, whichever page it is (src/main.tsx): part of a first
  // visit, not of opening a lesson later.
  // The check of saved progress loads then too, when nothing was saved (src/main.tsx).
  const afterPaint = staticClosure(manifest, [keyOf(manifest, 'src/app/tracking-launch.ts'), keyOf(manifest, 'src/progress/progress-migrations.ts')]);
  const lessonPage = keyOf(manifest, 'src/app/LessonPage.tsx');
  // Once the first page is idle: the service worker, its precache, then the lessons of the learner's language.
  const precache = new Set([...precacheOf(dist), ...workerOf(dist)].filter(isCode));
  const languages = offlineLessonsOf(dist);
  for (const lesson of lessonsOf(manifest)) {
    const own = sized(dist, [manifest[lesson.key]!.file]);
    const assessment = lesson.slug === 'final-assessment';
    budgets.push({
      name: `${lesson.slug} (${lesson.locale}): its own chunks`,
      bytes: total(own),
      limit: assessment ? LIMITS.assessmentOwn : LIMITS.lessonOwn,
      files: own,
    });
    // The lesson page loads the quiz texts of the lesson's language with it (src/app/router.tsx).
    const opened = staticClosure(manifest, [lessonPage, lesson.key, keyOf(manifest, textsModule(lesson.locale, 'quiz'))]);
    const beyond = sized(dist, [...opened].filter((file) => !firstPageFiles.has(file) && !afterPaint.has(file)));
    budgets.push({ name: `${lesson.slug} (${lesson.locale}): opening it, beyond the first page`, bytes: total(beyond), limit: LIMITS.lessonOpen, files: beyond });
    const visit = sized(dist, new Set([...firstPageFiles, ...opened, ...afterPaint, ...precache, ...(languages[lesson.locale] ?? [])]));
    budgets.push({
      name: `${lesson.slug} (${lesson.locale}): a first visit straight to it, offline precache included`,
      bytes: total(visit) + html,
      limit: LIMITS.firstVisit,
      files: visit,
    });
  }
  return { floor: floorFirstPage, budgets, reported: studioFigures(dist, manifest, firstPageFiles) };
}

const kb = (n: number) => `${(n / KB).toFixed(1)} KB`;

/** Prints every budget; returns those that fail CI (broken, and not held by `NOT_YET_MET` at their figure). */
export function printBudgets({ floor, budgets, reported }: BudgetReport): Budget[] {
  console.log('\nSize budgets (gzip -9)');
  console.log(`  floor: React + ReactDOM + react-router + i18next + zustand hello world, first page ${kb(floor)}`);
  const broken = budgets.filter((b) => b.bytes > b.limit);
  const failing = failingBudgets(budgets);
  for (const budget of budgets) {
    const over = budget.bytes > budget.limit;
    const label = !over ? 'ok  ' : failing.includes(budget) ? 'FAIL' : 'OVER';
    console.log(`  ${label} ${budget.name}: ${kb(budget.bytes)} of ${kb(budget.limit)}${over ? `, ${kb(budget.bytes - budget.limit)} over` : ''}`);
    if (over) for (const f of budget.files.slice(0, 6)) console.log(`         ${f.file.padEnd(56)} ${kb(f.gzip).padStart(9)}`);
  }
  console.log(broken.length === 0 ? '  every budget holds' : `  ${broken.length} budget${broken.length === 1 ? '' : 's'} broken`);
  if (broken.length > failing.length) console.log(`  ${broken.length - failing.length} of them not met yet and held at their last figure (NOT_YET_MET in scripts/bench/budgets.ts): OVER`);
  if (failing.length > 0) console.log(`  ${failing.length} FAIL: broken and not held, or grown past the figure that holds them`);
  if (reported.length) console.log('\nTrainers only (reported, no budget)');
  for (const figure of reported) console.log(`  ${figure.name}: ${kb(figure.bytes)} in ${figure.files.length} file${figure.files.length === 1 ? '' : 's'}`);
  return failing;
}

if (import.meta.url === `file://${process.argv[1]!}`) {
  const dist = resolve(process.argv[2] ?? 'dist');
  const floor = await buildFloor();
  const failing = printBudgets(measureBudgets(dist, floor.firstPage));
  if (process.argv.includes('--enforce') && failing.length > 0) process.exitCode = 1;
}
