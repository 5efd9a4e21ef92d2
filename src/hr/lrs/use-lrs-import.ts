import { useCallback, useEffect, useRef, useState } from 'react';
import { SOURCE_LOCALE } from '../../i18n/locales';
import type { ImportedRecord } from '../imported-record';
import type { ImportOutcome } from '../worker-protocol';
import { LrsError, endpointUrl, type LrsCredentials, type LrsErrorCode } from './lrs-request';
import type { ReportCourse, SkipReason } from './statements-to-records';

export interface LrsRequest {
  endpoint: string;
  credentials: LrsCredentials;
  courseIri: string;
}

export type LrsState =
  | { kind: 'idle' }
  | { kind: 'loading'; statements: number; pages: number }
  | {
      kind: 'done';
      /** What the report kept of the learners found. */
      outcome: ImportOutcome;
      /** Learners found in the LRS. */
      found: number;
      statements: number;
      skipped: Partial<Record<SkipReason, number>>;
    }
  /** HR stopped: nothing was added. */
  | { kind: 'stopped' }
  /** `report`: the statements were read but the report could not take them. */
  | { kind: 'failed'; code: LrsErrorCode | 'report'; status?: number };

/**
 * What a load needs beyond the form: every question of the course to read statements by, the
 * client that reads the LRS and the reader that turns statements into records (with the schema
 * library). Loaded with the first load, not with the page. When they cannot load (offline), the
 * LRS is as unreachable as if the request had failed.
 */
const loadReading = () =>
  Promise.all([import('../../content/course-index'), import('./lrs-client'), import('./statements-to-records')]).catch(() => {
    throw new LrsError('unreachable');
  });

/**
 * Loading the report from an LRS: reads the course's statements page by page, turns them into one
 * record per learner and hands those to the report, which keeps one per learner across files and
 * LRS alike. Stop drops everything read so far.
 */
export function useLrsImport(addRecords: (records: readonly ImportedRecord[]) => Promise<ImportOutcome>, fetchImpl?: typeof fetch) {
  const [state, setState] = useState<LrsState>({ kind: 'idle' });
  const running = useRef<AbortController | undefined>(undefined);

  const load = useCallback(
    async ({ endpoint, credentials, courseIri }: LrsRequest) => {
      running.current?.abort();
      const controller = new AbortController();
      running.current = controller;
      const { signal } = controller;
      setState({ kind: 'loading', statements: 0, pages: 0 });
      try {
        const [{ course, lessonsIn }, { readStatements }, { createStatementReader }] = await loadReading();
        signal.throwIfAborted();
        const reportCourse: ReportCourse = { spec: course, lessons: lessonsIn(SOURCE_LOCALE).map((lesson) => lesson.spec) };
        const reader = createStatementReader(courseIri.trim(), reportCourse);
        const read = await readStatements(
          {
            endpoint,
            credentials,
            courseIri: courseIri.trim(),
            signal,
            onPage: (statements, progress) => {
              reader.add(statements);
              setState({ kind: 'loading', ...progress });
            },
          },
          fetchImpl,
        );
        const found = reader.records(endpointUrl(endpoint)?.href ?? endpoint);
        signal.throwIfAborted();
        let outcome: ImportOutcome;
        try {
          outcome = await addRecords(found.records);
        } catch {
          setState({ kind: 'failed', code: 'report' });
          return;
        }
        setState({ kind: 'done', outcome, found: found.records.length, statements: read.statements, skipped: found.skipped });
      } catch (error) {
        if (signal.aborted) {
          if (running.current === controller) setState({ kind: 'stopped' });
        } else if (error instanceof LrsError) {
          setState({ kind: 'failed', code: error.code, ...(error.status === undefined ? {} : { status: error.status }) });
        } else setState({ kind: 'failed', code: 'bad-response' });
      } finally {
        if (running.current === controller) running.current = undefined;
      }
    },
    [addRecords, fetchImpl],
  );

  /** Stops reading: nothing read so far is added. */
  const stop = useCallback(() => running.current?.abort(), []);

  useEffect(() => () => running.current?.abort(), []);

  return { state, load, stop };
}
