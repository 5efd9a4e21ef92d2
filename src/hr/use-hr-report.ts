import { startTransition, useCallback, useEffect, useRef, useState } from 'react';
import { course, lessonsIn } from '../content/course-meta';
import { SOURCE_LOCALE, type Locale } from '../i18n/locales';
import { createHrImporter, type HrImporter, type ImportProgress } from './import-client';
import type { ImportedRecord } from './imported-record';
import type { FileProblem } from './read-record-file';
import type { ReportLabels } from './report-labels';
import { ALL_LEARNERS, DEFAULT_SORT, type ReportFilter, type ReportSort } from './report-query';
import type { ImportOutcome, ReportQuery, ReportView } from './worker-protocol';
import type { Picked } from './picked-files';

/** Several picks as one: their files, and the files left out of all of them. */
const mergePicked = (picks: readonly Picked[]): Picked | undefined =>
  picks.length ? { files: picks.flatMap((pick) => pick.files), skipped: picks.reduce((sum, pick) => sum + pick.skipped, 0) } : undefined;

const addOutcome = (
  total: { outcome: ImportOutcome; skipped: number } | undefined,
  outcome: ImportOutcome,
  skipped: number,
): { outcome: ImportOutcome; skipped: number } => ({
  outcome: {
    loaded: (total?.outcome.loaded ?? 0) + outcome.loaded,
    problems: [...(total?.outcome.problems ?? []), ...outcome.problems],
    learners: outcome.learners,
    skipped: (total?.outcome.skipped ?? 0) + outcome.skipped,
  },
  skipped: (total?.skipped ?? 0) + skipped,
});

export type ImportState =
  | { kind: 'idle' }
  /** `queued`: files picked or dropped meanwhile, loaded as soon as these are done. */
  | { kind: 'importing'; progress: ImportProgress; queued: number }
  /** `skipped`: files in folders and zips that were not read (only .json and .zip files are). */
  | { kind: 'done'; outcome: ImportOutcome; skipped: number }
  | { kind: 'cleared' }
  /** HR stopped the import: nothing of the files it was checking, or of those queued, was added. */
  | { kind: 'cancelled'; dropped: number }
  | { kind: 'failed' };

export interface TableQuery {
  filter: ReportFilter;
  sort: ReportSort;
  page: number;
  pageSize: number;
}

export const PAGE_SIZES = [25, 50, 100, 250] as const;

/**
 * The HR report's state: the importer (its workers start as the page opens), the files not
 * loaded, the table's query and the view the worker answered with.
 */
export function useHrReport(locale: Locale) {
  const importer = useRef<HrImporter | undefined>(undefined);
  const [state, setState] = useState<ImportState>({ kind: 'idle' });
  const [problems, setProblems] = useState<FileProblem[]>([]);
  const [query, setQuery] = useState<TableQuery>({ filter: ALL_LEARNERS, sort: DEFAULT_SORT, page: 1, pageSize: 50 });
  const [view, setView] = useState<ReportView | undefined>(undefined);
  /** Bumped after each import, so the view is asked for again. */
  const [generation, setGeneration] = useState(0);

  const ensureImporter = useCallback(
    () =>
      (importer.current ??= createHrImporter(
        { id: course.id, version: course.version },
        lessonsIn(SOURCE_LOCALE).map((lesson) => lesson.spec.slug),
      )),
    [],
  );

  // The workers start as the page opens, once it has drawn: the import worker and, beside it, the
  // verify workers (import-client.ts), each with its code to load and compile. Started only when
  // files are chosen (or at the first idle moment, which a page still loading its texts may not
  // have for seconds), that start-up would hold back the first files.
  useEffect(() => {
    try {
      ensureImporter();
    } catch {
      // Workers refused: importFiles tries again, and says the files could not be loaded.
    }
    return () => {
      importer.current?.dispose();
      importer.current = undefined;
    };
  }, [ensureImporter]);

  const workerQuery = useCallback((): ReportQuery => ({ ...query, locale }), [query, locale]);

  useEffect(() => {
    const current = importer.current;
    if (!current || generation === 0) return;
    let stale = false;
    void current.query(workerQuery()).then((next) => {
      // A transition: React renders the report (thousands of cells) in slices, keeping the page responsive.
      if (!stale) startTransition(() => setView(next));
    });
    return () => {
      stale = true;
    };
  }, [workerQuery, generation]);

  /** Files picked or dropped while an import runs: they wait for it, then load together. */
  const waiting = useRef<Picked[] | undefined>(undefined);
  /** Files that were waiting when HR stopped the import, to say they were dropped too. */
  const dropped = useRef(0);
  const queuedCount = () => waiting.current?.reduce((sum, picked) => sum + picked.files.length, 0) ?? 0;

  const importFiles = useCallback(async (picked: Picked) => {
    if (waiting.current) {
      waiting.current.push(picked);
      setState((current) => (current.kind === 'importing' ? { ...current, queued: queuedCount() } : current));
      return;
    }
    waiting.current = [];
    // What every import of this run loaded, so the message speaks of all the files given meanwhile.
    let total: { outcome: ImportOutcome; skipped: number } | undefined;
    try {
      for (let next: Picked | undefined = picked; next; next = mergePicked(waiting.current.splice(0))) {
        if (!next.files.length) {
          // A folder with nothing to read still deserves an answer.
          if (next.skipped) total = addOutcome(total, { loaded: 0, problems: [], learners: total?.outcome.learners ?? view?.loaded ?? 0, skipped: 0 }, next.skipped);
          continue;
        }
        const current = ensureImporter();
        setState({ kind: 'importing', progress: { done: 0, total: next.files.length }, queued: queuedCount() });
        const outcome = await current.importFiles(next.files, (progress) => setState({ kind: 'importing', progress, queued: queuedCount() }));
        if (!outcome) {
          setState({ kind: 'cancelled', dropped: dropped.current });
          return;
        }
        setProblems((earlier) => [...earlier, ...outcome.problems]);
        setGeneration((n) => n + 1);
        total = addOutcome(total, outcome, next.skipped + outcome.skipped);
      }
      if (total) setState({ kind: 'done', ...total });
    } catch {
      setState({ kind: 'failed' });
    } finally {
      waiting.current = undefined;
    }
  }, [view?.loaded, ensureImporter]);

  /** Adds records read from an LRS: one per learner with those already loaded, as for files. */
  const addRecords = useCallback(
    async (records: readonly ImportedRecord[]): Promise<ImportOutcome> => {
      const outcome = await ensureImporter().addRecords(records);
      setProblems((earlier) => [...earlier, ...outcome.problems]);
      setGeneration((n) => n + 1);
      return outcome;
    },
    [ensureImporter],
  );

  /** Stops the running import and forgets the files waiting for it. */
  const cancel = useCallback(() => {
    dropped.current = queuedCount();
    waiting.current?.splice(0);
    importer.current?.cancel();
  }, []);

  const clear = useCallback(() => {
    importer.current?.reset();
    setProblems([]);
    setView(undefined);
    setState({ kind: 'cleared' });
    setQuery((current) => ({ ...current, filter: ALL_LEARNERS, page: 1 }));
  }, []);

  const exportReport = useCallback(
    (format: 'csv' | 'json', labels: ReportLabels) => importer.current?.exportReport(format, workerQuery(), labels),
    [workerQuery],
  );

  return { state, problems, query, setQuery, view, importFiles, addRecords, cancel, clear, exportReport };
}
