// Messages between the HR page, the import worker (which keeps the loaded records and answers the
// page's questions) and the verify workers (which check record files in parallel).
import type { ItemStats, LessonStats, ReportSummary } from './aggregate';
import type { LabelEntry, PackedRecord } from './imported-pack';
import type { LearnerRow } from './imported-record';
import type { CourseRef, FileProblem } from './read-record-file';
import type { ReportLabels } from './report-labels';
import type { Page, ReportFilter, ReportSort } from './report-query';

/** A file picked or dropped by HR, read by the page (only when its size could be a record or a zip). */
export interface IncomingFile {
  /** Position in the import, so duplicates resolve the same way whatever order the checks finish in. */
  seq: number;
  name: string;
  size: number;
  bytes?: ArrayBuffer;
  /** A zip, handed over unread: the import worker reads it, so the page never copies its megabytes. */
  blob?: Blob;
  /** Set when the file was not read: too big, or the browser could not read it. */
  skipped?: 'too-large' | 'unreadable';
}

export interface ReportQuery {
  filter: ReportFilter;
  sort: ReportSort;
  page: number;
  pageSize: number;
  /** The reader's language, for sorting names. */
  locale: string;
}

export interface ReportView {
  rows: Page<LearnerRow>;
  summary: ReportSummary;
  lessons: LessonStats[];
  items: ItemStats[];
  /** Learners loaded, whatever the filter. */
  loaded: number;
  /** Learners (matching the filter) whose record is of another course version, by version. */
  otherVersions: Array<{ version: string; count: number }>;
  /** Lesson titles from records of other course versions (in the record's language), for lessons the app no longer has. */
  recordLessonTitles: Record<string, string>;
}

export interface ImportOutcome {
  /** Records checked and kept from this import. */
  loaded: number;
  /** Files of this import not loaded, and files loaded earlier that a newer record replaced. */
  problems: FileProblem[];
  /** Learners loaded in all. */
  learners: number;
  /** Files inside zips that were not read: only .json files (and zips, to say they are nested) are. */
  skipped: number;
}

export type ToImportWorker =
  /** `verifiers`: a port to each verify worker the page started (none: the import worker starts its own). */
  | { type: 'configure'; course: CourseRef; lessonSlugs: string[]; verifiers: MessagePort[] }
  /** The verify worker behind the `index`th port failed. */
  | { type: 'verifier-failed'; index: number }
  /** An import starts: `files` files will follow, in 'files' messages, then 'end' (or 'cancel'). */
  | { type: 'begin'; run: number; files: number }
  | { type: 'files'; files: IncomingFile[] }
  | { type: 'end' }
  /** Stop import `run`: nothing of it is added to the report. */
  | { type: 'cancel'; run: number }
  | { type: 'reset' }
  /** Records read elsewhere (an LRS's statements): merged like checked files, one record per learner. */
  | { type: 'add'; id: number; records: PackedRecord[]; labels: LabelEntry[] }
  | { type: 'query'; id: number; query: ReportQuery }
  | { type: 'export'; id: number; format: 'csv' | 'json'; query: ReportQuery; labels: ReportLabels };

export type FromImportWorker =
  | { type: 'progress'; run: number; done: number; total: number }
  | { type: 'imported'; run: number; outcome: ImportOutcome }
  | { type: 'added'; id: number; outcome: ImportOutcome }
  | { type: 'view'; id: number; view: ReportView }
  | { type: 'exported'; id: number; file: Blob; filename: string };

export interface VerifyItem {
  seq: number;
  name: string;
  bytes: Uint8Array<ArrayBuffer>;
  /** A zip entry's bytes as stored: the verify worker inflates them to `size` bytes first. */
  zipped?: { method: number; size: number };
}

export type VerifiedItem = { seq: number; record: PackedRecord } | { seq: number; problem: FileProblem };

export interface VerifiedBatch {
  results: VerifiedItem[];
  /** The option labels the batch's answers use. */
  labels: LabelEntry[];
  /** `[slug, title]` of each lesson in the batch's records of another course version, which may name lessons the app no longer has. */
  lessonTitles: Array<[string, string]>;
}

export type ToVerifyWorker = { type: 'verify'; batch: number; course: CourseRef; items: VerifyItem[] };
/** From the page to a verify worker it started: the port the import worker's batches come by. */
export type VerifyWorkerSetup = { type: 'connect'; port: MessagePort };
export type FromVerifyWorker = { type: 'verified'; batch: number } & VerifiedBatch;

/** The parts of a dedicated worker's global scope the workers use (the DOM typings have no worker scope). */
export interface WorkerScope<In, Out> {
  addEventListener(type: 'message', listener: (event: MessageEvent<In>) => void): void;
  postMessage(message: Out, transfer?: Transferable[]): void;
}
