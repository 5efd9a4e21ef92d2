/**
 * npm run bench: builds the app, then prints the figures we track, each beside the floor measured
 * in the same run (scripts/bench/floor/: a hello world on the same stack; hr-floor/: the HR
 * import's bare work). Every benchmark prints numbers and the targets beside them; none of
 * them passes or fails a build.
 * Usage: npm run bench [-- [dist] [--runs=5] [--hr-sizes=1000,5000] [--hr-scaling=1000] [--hr-runs=3]]
 *   --runs: first visits timed for the quiz, and fresh attempts for the feedback (3 answers each)
 *   --hr-sizes: records per HR import (as files, and as one zip beside the floor)
 *   --hr-scaling: records for the per-core-count series; --hr-runs: interleaved runs per HR figure
 */
import { resolve } from 'node:path';
import { printBudgets, measureBudgets } from './budgets';
import { printBundle } from './bundle';
import { benchCheckFeedback } from './check-feedback';
import { buildFloor } from './floor';
import { benchHrImport } from './hr-import';
import { benchHrStages } from './hr-stages';
import { benchHrVsFloor, hrOptionsFrom } from './hr-vs-floor';
import { benchLighthouse } from './lighthouse';
import { benchPackages } from './packages';
import { benchQuizAppears } from './quiz-appears';
import { startSites } from './sites';

const args = process.argv.slice(2);
const dist = resolve(args.find((arg) => !arg.startsWith('--')) ?? 'dist');
const runs = Number(args.find((arg) => arg.startsWith('--runs='))?.slice('--runs='.length) ?? 5);
if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs takes a whole number above 0 (got ${String(runs)})`);
const hr = hrOptionsFrom(args);

printBundle(dist);
const floor = await buildFloor();
printBudgets(measureBudgets(dist, floor.firstPage));
benchPackages(dist);
const sites = await startSites(dist, floor.dist);
try {
  await benchLighthouse(sites);
  await benchQuizAppears(sites, runs);
  await benchCheckFeedback(sites.app, runs);
  await benchHrImport(dist, hr.sizes, ['files']);
  await benchHrVsFloor(sites.app, hr);
} finally {
  sites.stop();
}
await benchHrStages();
