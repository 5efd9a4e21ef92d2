/**
 * npm run bench: builds the app, then prints the figures we track.
 * Every benchmark prints numbers; none of them passes or fails a build.
 */
import { resolve } from 'node:path';
import { printBudgets, measureBudgets } from './budgets';
import { printBundle } from './bundle';
import { buildFloor } from './floor';
import { benchHrImport } from './hr-import';
import { benchHrStages } from './hr-stages';
import { benchLighthouse } from './lighthouse';
import { benchPackages } from './packages';

const dist = resolve(process.argv[2] ?? 'dist');
printBundle(dist);
printBudgets(measureBudgets(dist, (await buildFloor()).firstPage));
benchPackages(dist);
await benchLighthouse(dist);
await benchHrImport(dist);
await benchHrStages();
