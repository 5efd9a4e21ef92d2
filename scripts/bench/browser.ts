/**
 * Debian's Chromium (or CHROMIUM_PATH) for the bench's timings, headless, never downloaded; on
 * some CPUs only when asked (`taskset -c`), so that a figure can be taken per core count.
 */
import { chromium, type Browser } from '@playwright/test';
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
const WRAPPERS = join(ROOT, '.tmp/bench-chromium');

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];

/**
 * An executable that starts Chromium on the CPUs listed (`0`, `0-3`): a small script that execs
 * `taskset`, so the browser and every process it starts (renderers, workers' threads) inherit the
 * affinity, and Chromium reports that many cores to pages (`navigator.hardwareConcurrency`).
 */
function pinnedChromium(cpus: string): string {
  mkdirSync(WRAPPERS, { recursive: true });
  const path = join(WRAPPERS, `chromium-cpus-${cpus}.sh`);
  writeFileSync(path, `#!/bin/sh\nexec taskset -c ${cpus} "${CHROMIUM}" "$@"\n`);
  chmodSync(path, 0o755);
  return path;
}

/** Chromium for a timing; on the CPUs listed when `cpus` is given, on all of them otherwise. */
export function launchChromium(cpus?: string): Promise<Browser> {
  return chromium.launch({ executablePath: cpus === undefined ? CHROMIUM : pinnedChromium(cpus), args: CHROMIUM_ARGS });
}

/**
 * A function to run in a page before its own scripts, as script text. tsx keeps function names by
 * wrapping nested functions in `__name(…)`, a helper the page does not have: it is defined here as
 * doing nothing, or the script would stop at its first inner function.
 */
export function initScript<A>(fn: (arg: A) => void, arg: A): { content: string } {
  return { content: `(() => { const __name = (f) => f; (${fn.toString()})(${JSON.stringify(arg)}); })();` };
}
