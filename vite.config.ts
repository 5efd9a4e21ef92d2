/// <reference types="vitest/config" />
import mdx from '@mdx-js/rollup';
import react from '@vitejs/plugin-react';
import remarkFrontmatter from 'remark-frontmatter';
import { defineConfig } from 'vite';
import { remarkLessonStructure } from './src/content/build/remark-lesson-structure.ts';
import { coursePlugin } from './src/content/build/vite-plugin-course.ts';
import pkg from './package.json' with { type: 'json' };

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
        remarkPlugins: [[remarkFrontmatter, ['yaml']], remarkLessonStructure],
        providerImportSource: '@mdx-js/react',
      }),
    },
    react({ include: /\.(mdx|md|jsx|js|tsx|ts)$/ }),
  ],
  build: {
    target: 'es2022',
    sourcemap: false,
    rolldownOptions: {
      output: {
        // Name lesson chunks (bodies and questions) after their lesson, so bundle reports read plainly.
        chunkFileNames: (chunk) => {
          const lesson = /content\/(?:lessons\/)?([^/]+)\/([a-z]{2})\.mdx$/.exec(chunk.facadeModuleId ?? '');
          if (lesson) return `assets/lesson-${lesson[1]}-${lesson[2]}-[hash].js`;
          const spec = /virtual:lesson-spec\/([^/]+)\/([a-z]{2})$/.exec(chunk.facadeModuleId ?? '');
          return spec ? `assets/questions-${spec[1]}-${spec[2]}-[hash].js` : 'assets/[name]-[hash].js';
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
