/**
 * The pure parts of the bench's side-by-side figures: medians, ratios to the floor, a target
 * beside each figure, tables, and a projection from the core counts measured to a bigger machine.
 * No browser, no files: what prints is decided here and tested in side-by-side.test.ts.
 */

/** The middle value (the mean of the two middle ones for an even count); NaN for none. */
export function median(values: readonly number[]): number {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** `value / floor` written as `1.23×`; `–` when either is missing or the floor is not positive. */
export function formatRatio(value: number | undefined, floor: number | undefined): string {
  if (value === undefined || floor === undefined || !Number.isFinite(value) || !Number.isFinite(floor) || floor <= 0) return '–';
  return `${(value / floor).toFixed(2)}×`;
}

/** Milliseconds as people read them: `13.6 ms` below 100 ms, `452 ms` below a second, `1.23 s` above. */
export function formatMs(value: number | undefined): string {
  if (value === undefined || !Number.isFinite(value)) return '–';
  if (value >= 1000) return `${(value / 1000).toFixed(2)} s`;
  return value >= 100 ? `${Math.round(value)} ms` : `${value.toFixed(1)} ms`;
}

/** What a figure is held to: met, missed, or nothing to compare. */
export type Verdict = 'met' | 'missed' | 'n/a';

export interface Target {
  /** How the target reads, e.g. `≥ 98`, `< 1.5 s`, `≤ 1.5×`. */
  label: string;
  /** Whether a value meets it. */
  holds: (value: number) => boolean;
}

export const atLeast = (limit: number, label = `≥ ${limit}`): Target => ({ label, holds: (value) => value >= limit });
export const below = (limit: number, label = `< ${limit}`): Target => ({ label, holds: (value) => value < limit });
export const atMost = (limit: number, label = `≤ ${limit}`): Target => ({ label, holds: (value) => value <= limit });

export function verdictOf(target: Target | undefined, value: number | undefined): Verdict {
  if (!target || value === undefined || !Number.isFinite(value)) return 'n/a';
  return target.holds(value) ? 'met' : 'missed';
}

/**
 * A plain-text table: the first column left-aligned, the others right-aligned, each as wide as its
 * widest cell, two spaces between columns, a rule under the header. Every line starts with `indent`.
 */
export function renderTable(header: readonly string[], rows: ReadonlyArray<readonly string[]>, indent = '  '): string[] {
  const columns = Math.max(header.length, ...rows.map((row) => row.length));
  const cell = (row: readonly string[], i: number) => row[i] ?? '';
  const widths = Array.from({ length: columns }, (_, i) => Math.max(cell(header, i).length, ...rows.map((row) => cell(row, i).length)));
  const line = (row: readonly string[]) =>
    `${indent}${widths.map((width, i) => (i === 0 ? cell(row, i).padEnd(width) : cell(row, i).padStart(width))).join('  ')}`.trimEnd();
  return [line(header), `${indent}${widths.map((width) => '-'.repeat(width)).join('  ')}`, ...rows.map(line)];
}

/**
 * Time on `cores` from times measured on fewer, with Amdahl's law fitted to the two farthest
 * apart: t(n) = serial + parallel / n. A projection, not a measurement: it assumes the work
 * splits as it did between the counts measured and that cores are alike.
 */
export function projectToCores(measured: ReadonlyArray<{ cores: number; ms: number }>, cores: number): { ms: number; serialShare: number } | undefined {
  const sorted = [...measured].filter((m) => m.cores > 0 && Number.isFinite(m.ms)).sort((a, b) => a.cores - b.cores);
  const few = sorted[0];
  const many = sorted[sorted.length - 1];
  if (!few || !many || few.cores === many.cores) return undefined;
  // Two equations, two unknowns: few.ms = s + p / few.cores and many.ms = s + p / many.cores.
  const parallel = Math.max(0, (few.ms - many.ms) / (1 / few.cores - 1 / many.cores));
  const serial = Math.max(0, few.ms - parallel / few.cores);
  const total = serial + parallel;
  return { ms: serial + parallel / cores, serialShare: total > 0 ? serial / total : 1 };
}

/** The CPU sets to run on for a scaling series: 1 core, then doubling, then all of them (`taskset -c` lists). */
export function cpuSets(available: number): Array<{ cores: number; list: string }> {
  const counts = new Set<number>();
  for (let n = 1; n < available; n *= 2) counts.add(n);
  counts.add(Math.max(1, available));
  return [...counts].map((cores) => ({ cores, list: cores === 1 ? '0' : `0-${cores - 1}` }));
}
