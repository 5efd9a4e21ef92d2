/// <reference types="vitest/config" />
import mdx from '@mdx-js/rollup';
import react from '@vitejs/plugin-react';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdxImages from 'remark-mdx-images';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { remarkLessonStructure } from './src/content/compile/remark-lesson-structure';
import { coursePlugin } from './src/content/compile/vite-plugin-course';
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

export default defineConfig({
  // Relative asset paths: the app also runs from an LMS package folder.
  base: './',
  // The app version goes into every completion record (src/app/app-info.ts).
  define: { __APP_VERSION__: JSON.stringify(pkg.version) },
  plugins: [
    coursePlugin(),
    {
      enforce: 'pre',
      ...mdx({
        // Pictures beside a lesson become imports, so they are bundled like any other asset.
        remarkPlugins: [[remarkFrontmatter, ['yaml']], remarkLessonStructure, remarkMdxImages],
        providerImportSource: '@mdx-js/react',
      }),
    },
    react({ include: /\.(mdx|md|jsx|js|tsx|ts)$/ }),
    // Offline after the first visit: a service worker precaches what learners use (every lesson in
    // every language, records, handouts). The HR report and the trainers' gallery stay online-only,
    // so learners never download them. New versions wait for the learner's go-ahead (src/app/offline.ts).
    ...afterSuccessfulBuild(VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      manifest: false,
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,txt,png,jpg,jpeg,webp,avif,gif}'],
        globIgnores: ['**/HrPage-*', '**/hr-*', '**/import-worker-*', '**/verify-worker-*', '**/GalleryPage-*', '**/lesson-gallery-*'],
        // Hash routes: every page is index.html.
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
      },
    })),
  ],
  build: {
    target: 'es2022',
    sourcemap: false,
    // The chunk graph, for the size budgets (scripts/bench/budgets.ts); left out of LMS packages.
    manifest: true,
    rolldownOptions: {
      output: {
        // Name lesson chunks (bodies and questions) after their lesson, so bundle reports read plainly.
        chunkFileNames: (chunk) => {
          const lesson = /content\/(?:lessons\/)?([^/]+)\/([a-z]{2})\.mdx$/.exec(chunk.facadeModuleId ?? '');
          if (lesson) return `assets/lesson-${lesson[1]!}-${lesson[2]!}-[hash].js`;
          const spec = /virtual:lesson-spec\/([^/]+)\/([a-z]{2})$/.exec(chunk.facadeModuleId ?? '');
          return spec ? `assets/questions-${spec[1]!}-${spec[2]!}-[hash].js` : 'assets/[name]-[hash].js';
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
