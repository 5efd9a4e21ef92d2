/**
 * What a learner's device stores to work offline, decided from the build's chunk graph:
 *
 * - the precache (Workbox, the same for everyone, fetched once the first page is idle): the first
 *   page and the pages a learner uses (`LEARNER_PAGES`), with everything they import statically;
 * - per language, the lessons (each lesson's body and questions, in that language or in English
 *   where it has no translation), and the texts of that language the learner's pages load
 *   (`OFFLINE_TEXTS`), stored by the page after the precache (src/app/offline-lessons.ts) and
 *   listed in a small JSON file beside index.html.
 *
 * Everything else is fetched when opened and never stored: the HR report and its workers, the
 * trainers' gallery, the LMS session and adapters (LMS packages run without the service worker), the full
 * course index, the CSV writer.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { OFFLINE_TEXTS, textsModule } from '../../src/i18n/locales';
import { entryOf, keyOf, lessonsOf, staticClosure, type Manifest } from './chunk-graph';

/** The pages a learner uses beside the first page, as source paths (or the end of a module id). */
export const LEARNER_PAGES = [
  'src/app/LessonPage.tsx',
  'src/app/ProgressPage.tsx',
  'src/app/ProfilePage.tsx',
  'src/app/CertificatePage.tsx',
  'src/app/HandoutPage.tsx',
  'src/app/CourseCompletePage.tsx',
  'src/app/LessonCompletePage.tsx',
  // Loaded after every first page (src/main.tsx) to look for an LMS or LRS. What it loads when it
  // finds one (the session, the adapters, the full course index) is left out: that needs the
  // network anyway.
  'src/app/tracking-launch.ts',
  // The check of saved progress: before the first page when progress is saved, else after it (src/main.tsx).
  'src/progress/progress-migrations.ts',
  // Loaded once a second tab saves progress (src/progress/progress-storage.ts): it must work offline too.
  'src/progress/progress-merge.ts',
] as const;

/** The service worker's registration, loaded once the page is idle: only production builds have it. */
export const REGISTRATION = 'src/app/offline-register.ts';

export interface OfflinePlan {
  /** Files under assets/ every device stores with the service worker, sorted. */
  precache: string[];
  /** Per language, the lesson files stored for a learner using it, in course order of slugs. */
  languages: Record<string, string[]>;
}

/** The file the page reads to know which lesson files to store for a language. */
export interface OfflineLessonsFile {
  languages: Record<string, string[]>;
}

export function offlinePlan(manifest: Manifest, sourceLocale: string, pages: readonly string[] = LEARNER_PAGES, optional: readonly string[] = [REGISTRATION]): OfflinePlan {
  const lessons = lessonsOf(manifest);
  const lessonFiles = new Set(lessons.map((l) => manifest[l.key]!.file));
  // What lessons import (the MDX runtime, shared components, pictures) is the same in every
  // language: it goes with the pages.
  const shared = [...staticClosure(manifest, lessons.map((l) => l.key))].filter((file) => !lessonFiles.has(file));
  const present = optional.filter((page) => Object.keys(manifest).some((key) => key === page || key.endsWith(`/${page}`)));
  const roots = [entryOf(manifest), ...[...pages, ...present].map((page) => keyOf(manifest, page))];
  const precache = new Set([...staticClosure(manifest, roots), ...shared]);

  const locales = [...new Set(lessons.map((l) => l.locale))].sort();
  const slugs = [...new Set(lessons.map((l) => l.slug))];
  const languages: Record<string, string[]> = {};
  for (const locale of locales) {
    const texts = OFFLINE_TEXTS.map((ns) => manifest[textsModule(locale, ns)]?.file).filter((file): file is string => file !== undefined);
    languages[locale] = [
      ...slugs.flatMap((slug) => {
        const lesson = lessons.find((l) => l.slug === slug && l.locale === locale) ?? lessons.find((l) => l.slug === slug && l.locale === sourceLocale);
        return lesson ? [manifest[lesson.key]!.file] : [];
      }),
      ...texts,
    ];
  }
  return { precache: [...precache].sort(), languages };
}

/**
 * Computes the plan when the build is written and writes `fileName` (the lessons per language) to
 * the output folder. `precached(url)` then answers, for Workbox's `manifestTransforms`, whether a
 * file under assets/ belongs in the precache.
 */
export function offlinePlanPlugin(options: { fileName: string; sourceLocale: string }) {
  let plan: OfflinePlan | undefined;
  let failure: unknown;
  const plugin: Plugin = {
    name: 'course-offline-plan',
    apply: 'build',
    writeBundle(output, bundle) {
      const manifestAsset = bundle['.vite/manifest.json'];
      if (!manifestAsset || manifestAsset.type !== 'asset') throw new Error('The offline plan reads the chunk graph: build with build.manifest on.');
      try {
        plan = offlinePlan(JSON.parse(String(manifestAsset.source)) as Manifest, options.sourceLocale);
      } catch (error) {
        // Thrown here, it would be reported after the service worker's own error: kept for `precached`.
        failure = error;
        throw error;
      }
      const file: OfflineLessonsFile = { languages: plan.languages };
      writeFileSync(join(output.dir!, options.fileName), `${JSON.stringify(file, null, 1)}\n`);
    },
  };
  const precached = (url: string): boolean => {
    if (failure) throw new Error('The offline plan could not be made', { cause: failure });
    if (!plan) throw new Error('The offline plan is made when the build is written, before the service worker.');
    return plan.precache.includes(url);
  };
  return { plugin, precached };
}
