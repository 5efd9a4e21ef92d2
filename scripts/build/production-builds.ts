import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Plugin } from 'vite';

/**
 * React Router 7 publishes a production build beside its development one, but its package exports
 * name only the development build, whatever the mode (remix-run/react-router#14102, open): a
 * production bundle then carries its development warnings and runs their checks. Builds of the
 * course, and of the floor it is measured against (scripts/bench/floor.ts), import the production
 * build by path; the dev server and tests keep the warnings.
 */
export function reactRouterProductionBuild(): Plugin {
  return {
    name: 'react-router-production-build',
    apply: 'build',
    config() {
      // The package's entry for `require` is under dist/development/; dist/production/ is beside it.
      const development = dirname(createRequire(import.meta.url).resolve('react-router'));
      return { resolve: { alias: [{ find: /^react-router$/, replacement: join(development, '..', 'production', 'index.mjs') }] } };
    },
  };
}
