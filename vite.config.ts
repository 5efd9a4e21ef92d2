/// <reference types="vitest/config" />
import mdx from '@mdx-js/rollup';
import { createRequire } from 'node:module';
import react from '@vitejs/plugin-react';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdxImages from 'remark-mdx-images';
import { defineConfig, type Plugin, type TransformResult } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { remarkLessonStructure } from './src/content/compile/remark-lesson-structure';
import { remarkSlimQuestions } from './src/content/compile/remark-slim-questions';
import { coursePlugin } from './src/content/compile/vite-plugin-course';
import { LESSON_FILE, LESSONS_CACHE, OFFLINE_LESSONS_FILE } from './src/app/offline-lessons';
import { OFFLINE_TEXTS, SOURCE_LOCALE } from './src/i18n/locales';
import { offlinePlanPlugin } from './scripts/build/offline-plan';
import { lessonChunkName } from './scripts/build/chunk-graph';
import { securityPolicyPlugin } from './scripts/build/content-security-policy';
import { reactRouterProductionBuild } from './scripts/build/production-builds';
import { answersChunkOf, lessonPageChunkOf } from './scripts/build/question-chunks';
import pkg from './package.json' with { type: 'json' };

/**
 * vite-plugin-pwa writes the service worker when the bundle closes, even after a build that failed;
 * with nothing built, its own error ("Couldn't find configuration for either precaching…") is the
 * one printed, and the trainer never sees what is wrong with their lesson. It runs only after a
 * build that succeeded.
 */
function afterSuccessfulBuild(plugins: Plugin[]): Plugin[] {
  let failed = false;
  const watch: Plugin = {
    name: 'course-build-outcome',
    buildEnd(error) {
      failed = error !== undefined;
    },
  };
  return [
    watch,
    ...plugins.map((plugin): Plugin => {
      const hook = plugin.closeBundle;
      if (!hook) return plugin;
      const handler = typeof hook === 'function' ? hook : hook.handler;
      const guarded: typeof handler = function (this: ThisParameterType<typeof handler>, ...args: Parameters<typeof handler>) {
        return failed ? undefined : handler.apply(this, args);
      };
      return { ...plugin, closeBundle: typeof hook === 'function' ? guarded : { ...hook, handler: guarded } };
    }),
  ];
}

const lessonCompiler = mdx({
  // Pictures beside a lesson become imports, so they are bundled like any other asset.
  // A question's plain words ship in its spec only (remark-slim-questions), not twice.
  remarkPlugins: [[remarkFrontmatter, ['yaml']], remarkLessonStructure, remarkSlimQuestions, remarkMdxImages],
  // No provider import: the page passes the component map as the body's `components` prop
  // (LessonBody.tsx), so a lesson's file imports nothing but React's JSX runtime.
});
/** `lesson-<slug>-<locale>` for a lesson's body or its questions' specs (one chunk, see codeSplitting), else null. */
function lessonVersionOf(id: string): string | null {
  const version = /content\/lessons\/([^/]+)\/([a-z]{2})\.mdx$/.exec(id) ?? /virtual:lesson-spec\/([^/]+)\/([a-z]{2})$/.exec(id);
  return version ? lessonChunkName(version[1]!, version[2]!) : null;
}

/** A lesson's text imported as a string (the studio's copy of the course): text, not a lesson to compile. */
const RAW_TEXT = /[?&]raw\b/;
// Its hook is a plain function (not an object hook): called as it is for every file but a `?raw` one.
const compileLesson = lessonCompiler.transform as (this: unknown, code: string, id: string) => Promise<TransformResult>;

/**
 * react-i18next imports useSyncExternalStore from `use-sync-external-store/shim`, a copy for React
 * versions before 18 that bundles its own fallback implementation; every React this app runs on
 * (19) has it built in, so the shim is React's own.
 */
function reactSyncExternalStore(): Plugin {
  const id = '\0use-sync-external-store-shim';
  return {
    name: 'react-sync-external-store',
    enforce: 'pre',
    resolveId: (source) => (source === 'use-sync-external-store/shim' ? id : undefined),
    load: (source) => (source === id ? "export { useSyncExternalStore } from 'react';" : undefined),
  };
}

// What a learner's device stores for offline use, read from the chunk graph (scripts/build/offline-plan.ts).
const offline = offlinePlanPlugin({ fileName: OFFLINE_LESSONS_FILE, sourceLocale: SOURCE_LOCALE });

export default defineConfig({
  resolve: {
    alias: [
      // The MDX parser decodes entities (&amp;) with the page's DOM in its browser build, which a worker
      // (the studio's checker, src/studio/check-worker.ts) does not have: its table works everywhere.
      { find: /^decode-named-character-reference$/, replacement: createRequire(import.meta.url).resolve('decode-named-character-reference') },
    ],
  },
  // Relative asset paths: the app also runs from an LMS package folder.
  base: './',
  // The app version goes into every completion record (src/app/app-info.ts).
  define: { __APP_VERSION__: JSON.stringify(pkg.version) },
  plugins: [
    reactSyncExternalStore(),
    reactRouterProductionBuild(),
    coursePlugin(),
    {
      enforce: 'pre',
      ...lessonCompiler,
      // The MDX compiler ignores the query, so it is checked here.
      transform(code, id) {
        return RAW_TEXT.test(id) ? undefined : compileLesson.call(this, code, id);
      },
    },
    react({ include: /\.(mdx|md|jsx|js|tsx|ts)$/, exclude: RAW_TEXT }),
    offline.plugin,
    // The Content-Security-Policy and referrer policy in the built index.html (docs/security.md).
    securityPolicyPlugin(),
    // Offline after the first visit. The service worker precaches the pages a learner uses; the
    // page then stores the lessons of the learner's language in LESSONS_CACHE, which the worker
    // answers from first (src/app/offline-lessons.ts). The HR report and its workers, the trainers'
    // gallery, the LMS adapters and the full course index are fetched when opened, never stored.
    // New versions wait for the learner's go-ahead (src/app/offline.ts).
    ...afterSuccessfulBuild(VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      manifest: false,
      workbox: {
        globPatterns: ['*.{html,svg,txt}', OFFLINE_LESSONS_FILE, 'assets/**/*.{js,css,svg,png,jpg,jpeg,webp,avif,gif}'],
        // Under assets/, only what the offline plan lists; beside index.html, the icons and the lesson list.
        manifestTransforms: [
          (entries) => ({ manifest: entries.filter((entry) => !entry.url.startsWith('assets/') || offline.precached(entry.url)), warnings: [] }),
        ],
        // Lesson files never change under a name (it holds their hash). Vary is ignored: a module
        // import sends an Origin header the page's own fetch, which stored the file, did not.
        runtimeCaching: [{ urlPattern: LESSON_FILE, handler: 'CacheFirst', options: { cacheName: LESSONS_CACHE, matchOptions: { ignoreVary: true } } }],
        // Hash routes: every page is index.html.
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
      },
    })),
  ],
  build: {
    target: 'es2022',
    sourcemap: false,
    // Every browser the course supports (es2022) knows <link rel="modulepreload">: no polyfill on the first page.
    modulePreload: { polyfill: false },
    // The chunk graph, for the size budgets (scripts/bench/budgets.ts); left out of LMS packages.
    manifest: true,
    rolldownOptions: {
      output: {
        // Every module the entry imports statically goes into one file: left to itself the bundler
        // splits the first page along what later pages share (28 files), and each file is gzipped
        // apart (about 7 KB more). Pages loaded later import what they need from it.
        codeSplitting: {
          groups: [
            { name: 'first-page', tags: ['$initial'] },
            // A lesson's body and its questions load together, as one file: gzipped together, the
            // words a rich prompt shares with its spec's plain text are paid for once. Only those
            // two modules: what a body imports (React's JSX runtime, the MDX provider) stays where
            // every lesson shares it.
            { name: (id) => lessonVersionOf(id), includeDependenciesRecursively: false },
            // How answers are scored, then the lesson page with the views of the question types
            // a lesson loads only when it uses them (scripts/build/question-chunks.ts).
            { name: (id) => answersChunkOf(id) ?? null, includeDependenciesRecursively: false, priority: -1 },
            { name: (id) => lessonPageChunkOf(id) ?? null, includeDependenciesRecursively: false, priority: -2 },
          ],
        },
        // Name the gallery's and the offline texts' chunks plainly, as lessons are (their group's name).
        chunkFileNames: (chunk) => {
          const gallery = /content\/gallery\/([a-z]{2})\.mdx$/.exec(chunk.facadeModuleId ?? '');
          if (gallery) return `assets/gallery-${gallery[1]!}-[hash].js`;
          // A learner's texts (src/i18n/locales.ts) are stored offline with the lessons: named like them.
          const texts = /src\/i18n\/locales\/([a-z]{2})\/([a-z-]+)\.json$/.exec(chunk.facadeModuleId ?? '');
          if (texts && (OFFLINE_TEXTS as readonly string[]).includes(texts[2]!)) return `assets/texts-${texts[2]!}-${texts[1]!}-[hash].js`;
          return 'assets/[name]-[hash].js';
        },
      },
    },
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
  test: {
    environment: 'happy-dom',
    globals: true,
    setupFiles: ['./tests/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    restoreMocks: true,
    testTimeout: 20_000,
  },
});
