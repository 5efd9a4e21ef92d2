// The HR import, off the page's thread: unzips, has the verify workers check every file, keeps one
// record per learner and answers the page's questions (a page of the table, the summary, an export).
// Nothing leaves the browser.
import { itemAnalysis, lessonStats, reportLessonSlugs, summarize } from './aggregate';
import { mergeRecords } from './dedupe';
import { OptionLabels, unpackLater } from './imported-pack';
import type { ImportedRecord, LearnerRow } from './imported-record';
import { looksLikeZip, MAX_RECORD_BYTES, MAX_ZIP_BYTES } from './file-limits';
import type { CourseRef, FileProblem } from './read-record-file';
import { reportToCsv } from './report-csv';
import { reportFilename } from './report-filename';
import { reportToJson } from './report-json';
import type { ReportLabels } from './report-labels';
import { pageOf, rowFilter, sortRows } from './report-query';
import { batchBySize, listZip, packEntries } from './unzip-records';
import { createVerifyPool, type VerifyPool } from './verify-pool';
import type { FromImportWorker, ImportOutcome, IncomingFile, ReportQuery, ReportView, ToImportWorker, VerifyItem, WorkerScope } from './worker-protocol';

const scope = self as unknown as WorkerScope<ToImportWorker, FromImportWorker>;
const post = (message: FromImportWorker) => scope.postMessage(message);

/**
 * Files per verify batch, and how much unzipped data may wait for a check at once. A worker holds
 * up to three batches (verify-pool.ts), so when the last ones are handed out one worker can be left
 * with three while another has none: smaller batches keep that idle end short (24 records of 12 KB
 * are a few milliseconds of work), at the cost of a message more per 24 files.
 */
const BATCH_FILES = 24;
const ZIP_BATCH_BYTES = 4 * 1024 * 1024;
const MAX_WAITING_BYTES = 32 * 1024 * 1024;
/**
 * How often, at most, the page hears of the import's progress. Each step draws the import panel
 * again (style, layout, paint) on the page's thread, which on two cores takes the processor from the
 * verify workers; five steps a second still move the bar smoothly.
 */
const PROGRESS_EVERY_MS = 200;
/** Entries of one zip get sequence numbers after the zip's own: `seq * ZIP_SLOTS + index`. */
const ZIP_SLOTS = 1_000_000;

/**
 * The verify workers: those the page started beside this one (their ports come with 'configure'),
 * else started here. Made once, at the first 'configure' (the page sends it first), or at the first
 * batch should none have come.
 */
let verifiers: VerifyPool | undefined;
const pool = (): VerifyPool => (verifiers ??= createVerifyPool());
let course: CourseRef = { id: '', version: '' };
let courseSlugs: string[] = [];
let records: ImportedRecord[] = [];
let problems: FileProblem[] = [];
const optionLabels = new OptionLabels();
/** Titles of the lessons in records of other course versions, first seen kept. */
const lessonTitles = new Map<string, string>();
/** Bumped whenever `records` change, so cached views are rebuilt. */
let generation = 0;

interface ImportRun {
  id: number;
  /** Set by 'cancel': the run's work stops where it can and nothing of it is kept. */
  cancelled: boolean;
  total: number;
  done: number;
  results: Array<{ seq: number; imported: ImportedRecord } | { seq: number; problem: FileProblem }>;
  problems: FileProblem[];
  work: Array<Promise<void>>;
  lastProgress: number;
  /** Zip entries not read: neither .json nor .zip. */
  skipped: number;
}
/** The import receiving files, between 'begin' and 'end'. */
let run: ImportRun | undefined;
/** Imports not finished yet (receiving, or checking what they received), by id. */
const running = new Map<number, ImportRun>();

function progress(current: ImportRun, force = false) {
  const now = performance.now();
  if (current.cancelled || (!force && now - current.lastProgress < PROGRESS_EVERY_MS)) return;
  current.lastProgress = now;
  post({ type: 'progress', run: current.id, done: current.done, total: current.total });
}

function fail(current: ImportRun, file: string, code: FileProblem['code'], detail?: string) {
  current.problems.push(detail === undefined ? { file, code } : { file, code, detail });
  current.done += 1;
  progress(current);
}

/** Checks files BATCH_FILES at a time. Items that share a buffer must come in one call of BATCH_FILES at most: each batch's buffers move to its worker. */
function verify(current: ImportRun, items: VerifyItem[]) {
  for (let start = 0; start < items.length && !current.cancelled; start += BATCH_FILES) {
    const batch = items.slice(start, start + BATCH_FILES);
    current.work.push(
      pool().verify(batch, course, current.id).then(({ results, labels, lessonTitles: titles }) => {
        optionLabels.add(labels);
        for (const [slug, title] of titles) if (!lessonTitles.has(slug)) lessonTitles.set(slug, title);
        for (const result of results) current.results.push('record' in result ? { seq: result.seq, imported: unpackLater(result.record, optionLabels) } : result);
        current.done += results.length;
        progress(current);
      }),
    );
  }
}

async function expandZip(current: ImportRun, file: IncomingFile, zip: Uint8Array) {
  const listed = listZip(zip);
  if (!listed) {
    fail(current, file.name, 'bad-zip');
    return;
  }
  // Learners' CSV exports, notes and the like are counted, not read; a zip inside gets its own reason.
  const entries = listed.filter((entry) => /\.(json|zip)$/i.test(entry.name));
  current.skipped += listed.length - entries.length;
  if (!entries.length && listed.length) {
    current.done += 1;
    progress(current);
    return;
  }
  if (!entries.length) {
    fail(current, file.name, 'empty-zip');
    return;
  }
  if (entries.length >= ZIP_SLOTS) {
    fail(current, file.name, 'too-large', String(zip.byteLength));
    return;
  }
  // The zip counted as one file; now its entries do.
  current.total += entries.length - 1;
  const numbered = entries.map((entry, index) => ({ ...entry, seq: file.seq * ZIP_SLOTS + index + 1 }));
  const inZip = (name: string) => `${file.name}/${name}`;
  const readable = numbered.filter((entry) => {
    if (entry.size > MAX_RECORD_BYTES) fail(current, inZip(entry.name), 'too-large', String(entry.size));
    else if (!entry.readable) fail(current, inZip(entry.name), 'bad-zip');
    else return true;
    return false;
  });
  // The verify workers inflate the entries; only the compressed bytes are cut out here, each
  // verify batch's into a buffer of its own, which moves to its worker whole.
  for (const batch of batchBySize(readable, ZIP_BATCH_BYTES)) {
    await pool().whenBelow(MAX_WAITING_BYTES);
    if (current.cancelled) return;
    for (let start = 0; start < batch.length; start += BATCH_FILES) {
      const entries = batch.slice(start, start + BATCH_FILES);
      const packed = packEntries(zip, entries);
      verify(
        current,
        entries.map((entry, index) => ({
          seq: entry.seq,
          name: inZip(entry.name),
          bytes: packed[index]!,
          zipped: { method: entry.method, size: entry.size },
        })),
      );
    }
  }
}

/** A zip the page handed over unread: read here, off the page's thread. */
async function readZip(current: ImportRun, file: IncomingFile, blob: Blob) {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await blob.arrayBuffer());
  } catch {
    // Moved or deleted since it was chosen.
    fail(current, file.name, 'unreadable');
    return;
  }
  if (current.cancelled) return;
  if (!looksLikeZip(file.name, bytes)) {
    fail(current, file.name, 'bad-zip');
    return;
  }
  await expandZip(current, file, bytes);
}

function receive(current: ImportRun, files: IncomingFile[]) {
  const plain: VerifyItem[] = [];
  for (const file of files) {
    if (file.blob) {
      current.work.push(readZip(current, file, file.blob));
      continue;
    }
    if (file.skipped) {
      fail(current, file.name, file.skipped, file.skipped === 'too-large' ? String(file.size) : undefined);
      continue;
    }
    const bytes = new Uint8Array(file.bytes ?? new ArrayBuffer(0));
    if (looksLikeZip(file.name, bytes)) {
      if (bytes.byteLength > MAX_ZIP_BYTES) fail(current, file.name, 'too-large', String(bytes.byteLength));
      else current.work.push(expandZip(current, file, bytes));
    } else if (looksLikeZip(file.name)) {
      // Named .zip, but not a zip inside: damaged, or not a zip at all. Not "not JSON" either.
      fail(current, file.name, 'bad-zip');
    } else plain.push({ seq: file.seq * ZIP_SLOTS, name: file.name, bytes });
  }
  verify(current, plain);
}

/** Adds records to the report, one per learner, and says what was kept and what was set aside. */
function merge(incoming: ImportedRecord[], earlierProblems: FileProblem[], skipped: number): ImportOutcome {
  const { kept, setAside } = mergeRecords(records, incoming);
  records = kept;
  generation += 1;
  const batchProblems = [...earlierProblems, ...setAside];
  problems = [...problems, ...batchProblems];
  const keptNow = new Set(kept);
  const loaded = incoming.filter((record) => keptNow.has(record)).length;
  return { loaded, problems: batchProblems, learners: records.length, skipped };
}

async function finish(current: ImportRun) {
  // Work can add work (a zip adds its batches), so wait until none is left.
  let waited: number;
  do {
    waited = current.work.length;
    await Promise.all(current.work);
  } while (waited !== current.work.length);
  running.delete(current.id);
  if (current.cancelled) return;
  const ordered = current.results.sort((a, b) => a.seq - b.seq);
  const incoming: ImportedRecord[] = [];
  for (const result of ordered) {
    if ('imported' in result) incoming.push(result.imported);
    else current.problems.push(result.problem);
  }
  const outcome = merge(incoming, current.problems, current.skipped);
  progress(current, true);
  post({ type: 'imported', run: current.id, outcome });
}

interface Filtered {
  generation: number;
  key: string;
  records: ImportedRecord[];
  rows: LearnerRow[];
  slugs: string[];
  view: Omit<ReportView, 'rows'>;
  sortKey?: string;
  sorted?: LearnerRow[];
}
let cache: Filtered | undefined;

/** The learners matching the query's filter, their figures and their sorted rows; rebuilt only when needed. */
function select(query: ReportQuery): Filtered & { sorted: LearnerRow[] } {
  const key = JSON.stringify(query.filter);
  if (!cache || cache.generation !== generation || cache.key !== key) {
    const keep = rowFilter(query.filter);
    const selected = records.filter((record) => keep(record.row));
    const rows = selected.map((record) => record.row);
    const slugs = reportLessonSlugs(courseSlugs, records.map((record) => record.row));
    const versions = new Map<string, number>();
    for (const record of selected) if (record.otherVersion) versions.set(record.row.courseVersion, (versions.get(record.row.courseVersion) ?? 0) + 1);
    cache = {
      generation,
      key,
      records: selected,
      rows,
      slugs,
      view: {
        summary: summarize(rows),
        lessons: lessonStats(rows, slugs),
        items: itemAnalysis(selected),
        loaded: records.length,
        otherVersions: [...versions].map(([version, count]) => ({ version, count })),
        recordLessonTitles: Object.fromEntries(lessonTitles),
      },
    };
  }
  const sortKey = JSON.stringify([query.sort, query.locale]);
  if (cache.sortKey !== sortKey || !cache.sorted) {
    cache.sortKey = sortKey;
    cache.sorted = sortRows(cache.rows, query.sort, query.locale);
  }
  return cache as Filtered & { sorted: LearnerRow[] };
}

function exportReport(format: 'csv' | 'json', query: ReportQuery, labels: ReportLabels): Blob {
  const selected = select(query);
  if (format === 'csv') return new Blob([reportToCsv(selected.sorted, selected.slugs)], { type: 'text/csv;charset=utf-8' });
  const json = reportToJson(
    {
      course,
      filter: query.filter,
      summary: selected.view.summary,
      lessons: selected.view.lessons,
      items: selected.view.items,
      learners: selected.sorted,
      problems,
      otherVersionFiles: selected.records.filter((record) => record.otherVersion).map((record) => record.row.file),
    },
    labels,
    new Date(),
  );
  return new Blob([json], { type: 'application/json' });
}

scope.addEventListener('message', (event) => {
  const message = event.data;
  switch (message.type) {
    case 'configure':
      course = message.course;
      courseSlugs = message.lessonSlugs;
      generation += 1;
      verifiers ??= createVerifyPool(message.verifiers);
      break;
    case 'verifier-failed':
      verifiers?.failed(message.index);
      break;
    case 'begin':
      run = { id: message.run, cancelled: false, total: message.files, done: 0, results: [], problems: [], work: [], lastProgress: 0, skipped: 0 };
      running.set(run.id, run);
      progress(run, true);
      break;
    case 'files':
      if (run) receive(run, message.files);
      break;
    case 'end': {
      const current = run;
      run = undefined;
      if (current) void finish(current);
      break;
    }
    case 'cancel': {
      const cancelled = running.get(message.run);
      if (cancelled) cancelled.cancelled = true;
      verifiers?.drop(message.run);
      running.delete(message.run);
      if (run?.id === message.run) run = undefined;
      break;
    }
    case 'reset':
      records = [];
      problems = [];
      optionLabels.clear();
      lessonTitles.clear();
      generation += 1;
      cache = undefined;
      break;
    case 'add':
      optionLabels.add(message.labels);
      post({ type: 'added', id: message.id, outcome: merge(message.records.map((record) => unpackLater(record, optionLabels)), [], 0) });
      break;
    case 'query': {
      const selected = select(message.query);
      post({ type: 'view', id: message.id, view: { ...selected.view, rows: pageOf(selected.sorted, message.query.page, message.query.pageSize) } });
      break;
    }
    case 'export':
      post({
        type: 'exported',
        id: message.id,
        file: exportReport(message.format, message.query, message.labels),
        filename: reportFilename(course.id, message.format, new Date()),
      });
      break;
  }
});
