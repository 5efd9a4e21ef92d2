/**
 * Size budgets: what a learner downloads, read from the build's chunk graph (Vite's manifest) and
 * its service worker, gzipped, beside the floor (the same stack as a hello world, built in the same
 * run). No browser: it takes seconds. Prints every figure; returns the budgets broken, each naming
 * the file and the bytes over.
 *
 * Usage: npm run build && tsx scripts/bench/budgets.ts [dist]
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildFloor } from './floor';

interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}
type Manifest = Record<string, ManifestChunk>;

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

export function readManifest(dist: string): Manifest {
  const path = join(dist, '.vite', 'manifest.json');
  if (!existsSync(path)) throw new Error(`${path} is missing: build with build.manifest on (vite.config.ts).`);
  return JSON.parse(readFileSync(path, 'utf8')) as Manifest;
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

/** Every file a chunk needs before it runs: itself and its static imports, with their CSS. */
export function staticClosure(manifest: Manifest, keys: readonly string[]): Set<string> {
  const files = new Set<string>();
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    const chunk = manifest[key];
    if (!chunk) throw new Error(`The chunk graph has no "${key}".`);
    files.add(chunk.file);
    for (const css of chunk.css ?? []) files.add(css);
    for (const next of chunk.imports ?? []) visit(next);
  };
  keys.forEach(visit);
  return files;
}

/** The key of the chunk made from `src` (a source path or virtual module id). */
function keyOf(manifest: Manifest, src: string): string {
  const key = Object.keys(manifest).find((k) => manifest[k]!.src === src || k === src);
  if (!key) throw new Error(`The chunk graph has no chunk for ${src}.`);
  return key;
}

/** The lessons and languages the build has, read from its chunk names. */
export function lessonsOf(manifest: Manifest): Array<{ slug: string; locale: string; body: string; questions: string }> {
  const lessons = [];
  for (const key of Object.keys(manifest)) {
    const match = /^content\/lessons\/([^/]+)\/([a-z]{2})\.mdx$/.exec(key);
    if (!match) continue;
    const [, slug, locale] = match as unknown as [string, string, string];
    lessons.push({ slug, locale, body: key, questions: keyOf(manifest, `virtual:lesson-spec/${slug}/${locale}`) });
  }
  return lessons.sort((a, b) => `${a.slug}/${a.locale}`.localeCompare(`${b.slug}/${b.locale}`));
}

/** The files the service worker precaches (its `url` entries). */
export function precacheOf(dist: string): string[] {
  const sw = readFileSync(join(dist, 'sw.js'), 'utf8');
  return [...sw.matchAll(/url:"([^"]+)"/g)].map((m) => m[1]!);
}

const isCode = (file: string) => /\.(js|css)$/.test(file);
const sized = (dist: string, files: Iterable<string>) =>
  [...files]
    .filter(isCode)
    .map((file) => ({ file, gzip: gzipOf(dist, file) }))
    .sort((a, b) => b.gzip - a.gzip);
const total = (files: Array<{ gzip: number }>) => files.reduce((n, f) => n + f.gzip, 0);

export interface BudgetReport {
  floor: number;
  budgets: Budget[];
}

export function measureBudgets(dist: string, floorFirstPage: number): BudgetReport {
  const manifest = readManifest(dist);
  const entry = Object.keys(manifest).find((k) => manifest[k]!.isEntry)!;
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
  const afterPaint = staticClosure(manifest, [keyOf(manifest, 'src/app/tracking-launch.ts')]);
  const lessonPage = keyOf(manifest, 'src/app/LessonPage.tsx');
  const precache = new Set(precacheOf(dist).filter(isCode));
  for (const lesson of lessonsOf(manifest)) {
    const own = sized(dist, [manifest[lesson.body]!.file, manifest[lesson.questions]!.file]);
    const assessment = lesson.slug === 'final-assessment';
    budgets.push({
      name: `${lesson.slug} (${lesson.locale}): its own chunks`,
      bytes: total(own),
      limit: assessment ? LIMITS.assessmentOwn : LIMITS.lessonOwn,
      files: own,
    });
    const opened = staticClosure(manifest, [lessonPage, lesson.body, lesson.questions]);
    const beyond = sized(dist, [...opened].filter((file) => !firstPageFiles.has(file) && !afterPaint.has(file)));
    budgets.push({ name: `${lesson.slug} (${lesson.locale}): opening it, beyond the first page`, bytes: total(beyond), limit: LIMITS.lessonOpen, files: beyond });
    const visit = sized(dist, new Set([...firstPageFiles, ...opened, ...afterPaint, ...precache]));
    budgets.push({
      name: `${lesson.slug} (${lesson.locale}): a first visit straight to it, offline precache included`,
      bytes: total(visit) + html,
      limit: LIMITS.firstVisit,
      files: visit,
    });
  }
  return { floor: floorFirstPage, budgets };
}

const kb = (n: number) => `${(n / KB).toFixed(1)} KB`;

/** Prints every budget; returns those broken. */
export function printBudgets({ floor, budgets }: BudgetReport): Budget[] {
  console.log('\nSize budgets (gzip -9)');
  console.log(`  floor: React + ReactDOM + react-router + i18next + zustand hello world, first page ${kb(floor)}`);
  const broken = budgets.filter((b) => b.bytes > b.limit);
  for (const budget of budgets) {
    const over = budget.bytes > budget.limit;
    console.log(`  ${over ? 'OVER' : 'ok  '} ${budget.name}: ${kb(budget.bytes)} of ${kb(budget.limit)}${over ? `, ${kb(budget.bytes - budget.limit)} over` : ''}`);
    if (over) for (const f of budget.files.slice(0, 6)) console.log(`         ${f.file.padEnd(56)} ${kb(f.gzip).padStart(9)}`);
  }
  console.log(broken.length === 0 ? '  every budget holds' : `  ${broken.length} budget${broken.length === 1 ? '' : 's'} broken`);
  return broken;
}

if (import.meta.url === `file://${process.argv[1]!}`) {
  const dist = resolve(process.argv[2] ?? 'dist');
  const floor = await buildFloor();
  const broken = printBudgets(measureBudgets(dist, floor.firstPage));
  if (process.argv.includes('--enforce') && broken.length > 0) process.exitCode = 1;
}
