import { looksLikeZip, MAX_RECORD_BYTES, MAX_ZIP_BYTES } from './file-limits';
import { packRecords } from './imported-pack';
import type { ImportedRecord } from './imported-record';
import type { CourseRef } from './read-record-file';
import type { ReportLabels } from './report-labels';
import { startVerifyWorkers } from './verify-workers';
import type { FromImportWorker, ImportOutcome, IncomingFile, ReportQuery, ReportView, ToImportWorker, VerifyWorkerSetup } from './worker-protocol';

export interface ImportProgress {
  done: number;
  total: number;
}

/** A file to import: picked or dropped as it is, or found in a folder and named by its path there. */
export type PickedFile = File | { file: File; name: string };

export interface HrImporter {
  /**
   * Reads, checks and adds the files; resolves once the report includes them, or with undefined when
   * the import was cancelled. One import at a time.
   */
  importFiles(files: readonly PickedFile[], onProgress: (progress: ImportProgress) => void): Promise<ImportOutcome | undefined>;
  /** Stops the running import: reading stops, and nothing of it is added to the report. */
  cancel(): void;
  /** Adds records read elsewhere (an LRS), one per learner as for files; resolves once the report includes them. */
  addRecords(records: readonly ImportedRecord[]): Promise<ImportOutcome>;
  query(query: ReportQuery): Promise<ReportView>;
  exportReport(format: 'csv' | 'json', query: ReportQuery, labels: ReportLabels): Promise<{ file: Blob; filename: string }>;
  /** Forgets every loaded record. */
  reset(): void;
  dispose(): void;
}

/**
 * Record files read at once: the browser reads them in parallel and the page stays free meanwhile.
 * With 256 in flight, 20,000 files loaded in 7.5–10 s on the build machine; with 64, in 9–12 s.
 */
const READ_AT_ONCE = 256;
/** Read data goes to the worker as soon as this much waits, whatever the number of files. */
const READ_BUDGET_BYTES = 64 * 1024 * 1024;
/** Files handed to the import worker per message. */
const SEND_EVERY = 64;

/**
 * The file's bytes, or undefined past `limit`. Streamed, so an oversized file is never read whole;
 * and `file.size` is never asked, because for a picked file Chromium answers it with a synchronous
 * call to the browser process (about a millisecond each: seconds of frozen page for 20,000 files).
 */
async function readUpTo(file: Blob, limit: number): Promise<ArrayBuffer | undefined> {
  const reader = file.stream().getReader();
  const chunks: Uint8Array[] = [];
  let length = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    length += value.byteLength;
    if (length > limit) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(value);
  }
  if (chunks.length === 1 && chunks[0]!.byteOffset === 0 && chunks[0]!.byteLength === chunks[0]!.buffer.byteLength) return chunks[0]!.buffer as ArrayBuffer;
  const bytes = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes.buffer;
}

async function readFile(picked: PickedFile, seq: number): Promise<IncomingFile> {
  const { file, name } = picked instanceof Blob ? { file: picked, name: picked.name } : picked;
  try {
    const bytes = await readUpTo(file, MAX_RECORD_BYTES);
    return bytes ? { seq, name, size: bytes.byteLength, bytes } : { seq, name, size: file.size, skipped: 'too-large' };
  } catch {
    // A folder the browser handed over as a file, or a file removed since it was picked.
    return { seq, name, size: 0, skipped: 'unreadable' };
  }
}

/**
 * The page's side of the HR import. Files are read here (reading is asynchronous, so the page does
 * not wait) and handed to the import worker without copying; checking, unzipping, merging and
 * reporting all happen in workers.
 */
export function createHrImporter(course: CourseRef, lessonSlugs: readonly string[]): HrImporter {
  const worker = new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module' });
  const send = (message: ToImportWorker, transfer: Transferable[] = []) => worker.postMessage(message, transfer);
  // The verify workers start here, beside the import worker, rather than by it once it has started:
  // each has its code to load and compile, and the import worker talks to them by these ports.
  const verifiers = startVerifyWorkers();
  const ports = verifiers.map((verifier, index) => {
    const { port1, port2 } = new MessageChannel();
    verifier.postMessage({ type: 'connect', port: port1 } satisfies VerifyWorkerSetup, [port1]);
    verifier.addEventListener('error', () => send({ type: 'verifier-failed', index }));
    return port2;
  });
  let nextId = 0;
  const replies = new Map<number, (message: FromImportWorker) => void>();
  let nextRun = 0;
  interface RunningImport {
    run: number;
    cancelled: boolean;
    onProgress: (progress: ImportProgress) => void;
    resolve: (outcome: ImportOutcome | undefined) => void;
  }
  let importing: RunningImport | undefined;

  worker.addEventListener('message', (event: MessageEvent<FromImportWorker>) => {
    const message = event.data;
    if (message.type === 'progress' || message.type === 'imported') {
      // A cancelled import's last messages can still arrive: they are not the running one's.
      const current = importing;
      if (current?.run !== message.run) return;
      if (message.type === 'progress') {
        current.onProgress({ done: message.done, total: message.total });
        return;
      }
      importing = undefined;
      current.resolve(message.outcome);
    } else {
      replies.get(message.id)?.(message);
      replies.delete(message.id);
    }
  });
  send({ type: 'configure', course, lessonSlugs: [...lessonSlugs], verifiers: ports }, ports);

  const ask = <T>(message: (id: number) => ToImportWorker, pick: (reply: FromImportWorker) => T): Promise<T> => {
    const id = nextId++;
    return new Promise((resolve) => {
      replies.set(id, (reply) => resolve(pick(reply)));
      send(message(id));
    });
  };

  return {
    async importFiles(files, onProgress) {
      if (importing) throw new Error('An import is already running.');
      const run = nextRun++;
      let current!: RunningImport;
      const done = new Promise<ImportOutcome | undefined>((resolve) => (current = importing = { run, cancelled: false, onProgress, resolve }));
      send({ type: 'begin', run, files: files.length });
      // Record files: a steady READ_AT_ONCE reads in flight (a slow file holds up no others), every
      // SEND_EVERY read going to the worker together.
      const numbered = files.map((file, seq) => ({ file, seq }));
      const isZip = ({ file }: { file: PickedFile }) => looksLikeZip(file.name);
      const records = numbered.filter((item) => !isZip(item));
      let next = 0;
      let read: IncomingFile[] = [];
      let waiting = 0;
      const flush = () => {
        if (read.length && !current.cancelled) send({ type: 'files', files: read }, read.flatMap((file) => (file.bytes ? [file.bytes] : [])));
        read = [];
        waiting = 0;
      };
      const keep = (file: IncomingFile) => {
        read.push(file);
        waiting += file.bytes?.byteLength ?? 0;
        if (read.length >= SEND_EVERY || waiting > READ_BUDGET_BYTES) flush();
      };
      const reader = async () => {
        while (next < records.length && !current.cancelled) {
          const { file, seq } = records[next++]!;
          keep(await readFile(file, seq));
        }
      };
      await Promise.all(Array.from({ length: Math.min(READ_AT_ONCE, records.length) }, reader));
      flush();
      // Zips go to the import worker unread (one size question each, which is cheap for a few files).
      const zips = numbered.filter(isZip).map(({ file, seq }): IncomingFile => {
        const { file: blob, name } = file instanceof Blob ? { file, name: file.name } : file;
        return blob.size > MAX_ZIP_BYTES ? { seq, name, size: blob.size, skipped: 'too-large' } : { seq, name, size: blob.size, blob };
      });
      if (zips.length && !current.cancelled) send({ type: 'files', files: zips });
      if (!current.cancelled) send({ type: 'end' });
      return done;
    },
    cancel() {
      const current = importing;
      if (!current) return;
      importing = undefined;
      current.cancelled = true;
      send({ type: 'cancel', run: current.run });
      current.resolve(undefined);
    },
    addRecords(imported) {
      const { records, labels } = packRecords(imported);
      return ask((id) => ({ type: 'add', id, records, labels }), (reply) => (reply as Extract<FromImportWorker, { type: 'added' }>).outcome);
    },
    query: (query) => ask((id) => ({ type: 'query', id, query }), (reply) => (reply as Extract<FromImportWorker, { type: 'view' }>).view),
    exportReport: (format, query, labels) =>
      ask(
        (id) => ({ type: 'export', id, format, query, labels }),
        (reply) => {
          const { file, filename } = reply as Extract<FromImportWorker, { type: 'exported' }>;
          return { file, filename };
        },
      ),
    reset: () => send({ type: 'reset' }),
    dispose: () => {
      worker.terminate();
      for (const verifier of verifiers) verifier.terminate();
    },
  };
}
