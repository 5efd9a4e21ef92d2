/**
 * The build's chunk graph, as Vite writes it to `.vite/manifest.json` (build.manifest in
 * vite.config.ts): what the offline plan (offline-plan.ts) and the size budgets (scripts/bench)
 * read to know which files a page needs.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface ManifestChunk {
  file: string;
  /** The chunk's name: a lesson's is `lessonChunkName(slug, locale)`. */
  name?: string;
  src?: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
  assets?: string[];
}
export type Manifest = Record<string, ManifestChunk>;

export function readManifest(dist: string): Manifest {
  const path = join(dist, '.vite', 'manifest.json');
  if (!existsSync(path)) throw new Error(`${path} is missing: build with build.manifest on (vite.config.ts).`);
  return JSON.parse(readFileSync(path, 'utf8')) as Manifest;
}

/** Every file a chunk needs before it runs: itself and its static imports, with their CSS and assets. */
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
    for (const asset of chunk.assets ?? []) files.add(asset);
    for (const next of chunk.imports ?? []) visit(next);
  };
  keys.forEach(visit);
  return files;
}

/** The key of the chunk made from `src` (a source path, a virtual module id, or the end of one). */
export function keyOf(manifest: Manifest, src: string): string {
  const key = Object.keys(manifest).find((k) => manifest[k]!.src === src || k === src || k.endsWith(`/${src}`));
  if (!key) throw new Error(`The chunk graph has no chunk for ${src}.`);
  return key;
}

/** The key of the page's entry (index.html). */
export function entryOf(manifest: Manifest): string {
  const entry = Object.keys(manifest).find((k) => manifest[k]!.isEntry);
  if (!entry) throw new Error('The chunk graph has no entry.');
  return entry;
}

/**
 * A lesson version's body (its MDX) and its questions (the spec the build made from it) load
 * together, as one file named `lesson-<slug>-<locale>` (vite.config.ts gives them this name).
 */
export function lessonChunkName(slug: string, locale: string): string {
  return `lesson-${slug}-${locale}`;
}

export interface LessonChunk {
  slug: string;
  locale: string;
  /** Key of the chunk holding the lesson's body and its question specs. */
  key: string;
}

/** The lessons and languages the build has, read from its chunk graph. */
export function lessonsOf(manifest: Manifest): LessonChunk[] {
  const lessons: LessonChunk[] = [];
  for (const [key, chunk] of Object.entries(manifest)) {
    const match = /^lesson-(.+)-([a-z]{2})$/.exec(chunk.name ?? '');
    if (match) lessons.push({ slug: match[1]!, locale: match[2]!, key });
  }
  return lessons.sort((a, b) => `${a.slug}/${a.locale}`.localeCompare(`${b.slug}/${b.locale}`));
}
