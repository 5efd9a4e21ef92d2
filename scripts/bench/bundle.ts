/**
 * Prints what a learner downloads: the first load (entry JS + CSS, gzipped)
 * and each chunk fetched later (lesson page, lesson bodies, other routes).
 * Usage: npm run build && tsx scripts/bench/bundle.ts [dist]
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface ChunkSize {
  file: string;
  bytes: number;
  gzip: number;
}

const sizeOf = (path: string, file: string): ChunkSize => {
  const data = readFileSync(path);
  return { file, bytes: data.length, gzip: gzipSync(data, { level: 9 }).length };
};

/** Entry files are the ones index.html loads; everything else loads on demand. */
export function measureBundle(dist: string): { firstLoad: ChunkSize[]; onDemand: ChunkSize[] } {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const entry = new Set([...html.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+)"/g)].map((m) => m[1]!));
  const assets = readdirSync(join(dist, 'assets'))
    .filter((f) => /\.(js|css)$/.test(f) && statSync(join(dist, 'assets', f)).isFile())
    .map((f) => sizeOf(join(dist, 'assets', f), `assets/${f}`));
  return {
    firstLoad: [sizeOf(join(dist, 'index.html'), 'index.html'), ...assets.filter((a) => entry.has(a.file))],
    onDemand: assets.filter((a) => !entry.has(a.file)).sort((a, b) => b.gzip - a.gzip),
  };
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

export function printBundle(dist: string) {
  const { firstLoad, onDemand } = measureBundle(dist);
  const total = firstLoad.reduce((n, c) => n + c.gzip, 0);
  console.log('\nBundle (gzip -9)');
  console.log(`  first load (home page): ${kb(total)} gzipped`);
  for (const c of firstLoad) console.log(`    ${c.file.padEnd(44)} ${kb(c.gzip).padStart(9)}  (${kb(c.bytes)} raw)`);
  console.log('  loaded on demand:');
  for (const c of onDemand) console.log(`    ${c.file.padEnd(44)} ${kb(c.gzip).padStart(9)}  (${kb(c.bytes)} raw)`);
  return { firstLoadGzip: total };
}

if (import.meta.url === `file://${process.argv[1]!}`) {
  printBundle(resolve(process.argv[2] ?? 'dist'));
}
