import { useCallback, useEffect, useRef, useState } from 'react';
import { course, lessonsIn } from '../../content/course-index';
import { SOURCE_LOCALE, type Locale } from '../../i18n/locales';
import { createHrImporter, type HrImporter, type ImportProgress, type PickedFile } from '../../records/hr/import-client';
import type { FileProblem } from '../../records/hr/read-record-file';
import type { ReportLabels } from '../../records/hr/report-labels';
import { ALL_LEARNERS, DEFAULT_SORT, type ReportFilter, type ReportSort } from '../../records/hr/report-query';
import type { ImportOutcome, ReportQuery, ReportView } from '../../records/hr/worker-protocol';

export type ImportState =
  | { kind: 'idle' }
  | { kind: 'importing'; progress: ImportProgress }
  /** `skipped`: files in folders and zips that were not read (only .json and .zip files are). */
  | { kind: 'done'; outcome: ImportOutcome; skipped: number }
  | { kind: 'cleared' }
  | { kind: 'failed' };

export interface TableQuery {
  filter: ReportFilter;
  sort: ReportSort;
  page: number;
  pageSize: number;
}

export const PAGE_SIZES = [25, 50, 100, 250] as const;

/**
 * The HR report's state: the importer (its workers start with the first import), the files not
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

  useEffect(() => () => importer.current?.dispose(), []);

  const workerQuery = useCallback((): ReportQuery => ({ ...query, locale }), [query, locale]);

  useEffect(() => {
    const current = importer.current;
    if (!current || generation === 0) return;
    let stale = false;
    void current.query(workerQuery()).then((next) => {
      if (!stale) setView(next);
    });
    return () => {
      stale = true;
    };
  }, [workerQuery, generation]);

  const importFiles = useCallback(async ({ files, skipped }: { files: readonly PickedFile[]; skipped: number }) => {
    if (!files.length) {
      // A folder with nothing to read still deserves an answer.
      if (skipped) setState({ kind: 'done', outcome: { loaded: 0, problems: [], learners: view?.loaded ?? 0, skipped: 0 }, skipped });
      return;
    }
    importer.current ??= createHrImporter(
      { id: course.id, version: course.version },
      lessonsIn(SOURCE_LOCALE).map((lesson) => lesson.spec.slug),
    );
    setState({ kind: 'importing', progress: { done: 0, total: files.length } });
    try {
      const outcome = await importer.current.importFiles(files, (progress) => setState({ kind: 'importing', progress }));
      setProblems((earlier) => [...earlier, ...outcome.problems]);
      setState({ kind: 'done', outcome, skipped: skipped + outcome.skipped });
      setGeneration((n) => n + 1);
    } catch {
      setState({ kind: 'failed' });
    }
  }, [view?.loaded]);

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

  return { state, problems, query, setQuery, view, importFiles, clear, exportReport };
}
