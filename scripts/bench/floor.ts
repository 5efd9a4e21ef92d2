/**
 * Builds the floor (scripts/bench/floor/: a hello world on the course's stack) with the same Vite
 * settings as the course, and measures its first page the way the course's is measured.
 */
import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';
import { build } from 'vite';
import { reactRouterProductionBuild } from '../build/production-builds';
import { measureBundle } from './bundle';

export const FLOOR_DIST = resolve(import.meta.dirname, '../../.tmp/bench-floor');

export async function buildFloor(outDir = FLOOR_DIST): Promise<{ dist: string; firstPage: number }> {
  await build({
    configFile: false,
    root: resolve(import.meta.dirname, 'floor'),
    base: './',
    logLevel: 'warn',
    plugins: [react(), reactRouterProductionBuild()],
    build: { outDir, emptyOutDir: true, target: 'es2022', sourcemap: false, modulePreload: { polyfill: false } },
  });
  const { firstLoad } = measureBundle(outDir);
  return { dist: outDir, firstPage: firstLoad.reduce((n, c) => n + c.gzip, 0) };
}
