/**
 * What one record costs the HR import, stage by stage, on one thread of Chromium: the floor under
 * the import's time, whatever the threads do. Bundles hr-stages.page.ts with the app's modules,
 * loads it in a blank page and times it on a zip of the benchmark's records.
 * Usage: tsx scripts/bench/hr-stages.ts [records=2000]
 */
import { chromium } from '@playwright/test';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { cpus } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { zipSync } from 'fflate';
import { build } from 'vite';
import { makeRecords } from './hr-import';
import type { StageTimes } from './hr-stages.page';

const ROOT = resolve(import.meta.dirname, '../..');
const OUT = join(ROOT, '.tmp/bench-hr/stages');

export async function benchHrStages(count = 2_000, scaleTo = 20_000): Promise<StageTimes> {
  const files = await makeRecords(Math.max(count, scaleTo));
  const zip = zipSync(Object.fromEntries(files.slice(0, count).map((path) => [basename(path), readFileSync(path)])));
  mkdirSync(OUT, { recursive: true });
  await build({
    configFile: false,
    logLevel: 'error',
    build: { outDir: OUT, emptyOutDir: true, minify: true, lib: { entry: join(import.meta.dirname, 'hr-stages.page.ts'), formats: ['es'], fileName: () => 'stages.js' } },
  });
  writeFileSync(join(OUT, 'index.html'), '<!doctype html><title>stages</title><script type="module" src="stages.js"></script>');

  // A secure origin (localhost) so Web Crypto is there, as on the HR page.
  const server = createServer((request, response) => {
    const name = request.url === '/' ? 'index.html' : (request.url ?? '').slice(1);
    if (name === 'records.zip') return response.writeHead(200, { 'content-type': 'application/zip' }).end(zip);
    if (!['index.html', 'stages.js'].includes(name)) return response.writeHead(404).end();
    response.writeHead(200, { 'content-type': name.endsWith('.js') ? 'text/javascript' : 'text/html' }).end(readFileSync(join(OUT, name)));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as { port: number };
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${port}/`);
    await page.waitForFunction(() => 'measureStages' in globalThis);
    const times = await page.evaluate(async () => {
      const zip = new Uint8Array(await (await fetch('/records.zip')).arrayBuffer());
      return (globalThis as unknown as { measureStages: (zip: Uint8Array) => Promise<StageTimes> }).measureStages(zip);
    });
    const cores = cpus().length;
    const stages: Array<[string, number]> = [
      ['inflate', times.inflate],
      ['decode + JSON.parse', times.decodeAndParse],
      ['schema, canonical check, SHA-256', times.verify],
      ['keep what the report needs', times.keep],
    ];
    const total = stages.reduce((sum, [, us]) => sum + us, 0);
    console.log(`\nHR import, cost of one record on one thread (${times.records.toLocaleString('en')} records, ${(times.averageBytes / 1024).toFixed(1)} KB each on average)`);
    for (const [name, us] of stages) {
      console.log(`  ${name.padEnd(34)} ${`${us.toFixed(0)} µs`.padStart(8)}`);
      if (us === times.verify) console.log(`    ${'(the schema alone)'.padEnd(32)} ${`${times.schema.toFixed(0)} µs`.padStart(8)}`);
    }
    console.log(`  ${'total'.padEnd(34)} ${`${total.toFixed(0)} µs`.padStart(8)}`);
    console.log(`  ${scaleTo.toLocaleString('en')} records on this machine's ${cores} cores: at least ${((total * scaleTo) / cores / 1e6).toFixed(2)} s of work per core, before the threads talk and the report is made`);
    return times;
  } finally {
    await browser.close();
    server.close();
  }
}

if (import.meta.url === `file://${process.argv[1]!}`) await benchHrStages(Number(process.argv[2] ?? 2_000));
