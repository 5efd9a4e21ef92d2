import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { course, lessonsIn } from '../content/course-index';
import type { LessonSpec } from '../content/lesson-spec';
import type { CompletionRecord, Learner } from '../records/completion-record-schema';
import { buildRecord, type RecordOptions, type RecordSources } from '../records/build-record';
import { courseStatus, type CourseStatus } from '../progress/course-status';
import { learnerOf, type ProfileState } from '../records/profile-schema';
import { useProfile } from '../records/profile-store';
import { recordText, sealRecord } from '../records/record-digest';
import { downloadFile, recordFilename } from '../records/download';
import type { ProgressState } from '../progress/progress-schema';
import { APP_INFO } from './app-info';
import { useLocale } from '../i18n/use-locale';
import { useProgressData } from './use-progress-data';

export interface RecordContext {
  locale: ReturnType<typeof useLocale>;
  progress: ProgressState;
  profile: ProfileState;
  /** Undefined until the profile has a name and an employee id. */
  learner: Learner | undefined;
  /** Every lesson in course order, in the learner's language where it exists. */
  lessons: LessonSpec[];
  status: CourseStatus;
}

/** Progress, profile and course, as the records pages need them. */
export function useRecordContext(): RecordContext {
  const locale = useLocale();
  const progress = useProgressData();
  const profile = useProfile(useShallow(({ name, employeeId, email }) => ({ name, employeeId, email })));
  const lessons = useMemo(() => lessonsIn(locale).map((lesson) => lesson.spec), [locale]);
  const learner = useMemo(() => learnerOf(profile), [profile]);
  const status = useMemo(() => courseStatus(progress, lessons, course.passMark), [progress, lessons]);
  return { locale, progress, profile, learner, lessons, status };
}

/**
 * Builds and seals the learner's record as of now. Its id names the learner's progress, so every
 * record made from the same progress (JSON, CSV, certificate) carries the same one.
 */
export function makeRecord(context: RecordContext & { learner: Learner }, options: RecordOptions): Promise<CompletionRecord> {
  const sources: RecordSources = {
    progress: context.progress,
    course,
    lessons: context.lessons,
    language: context.locale,
    learner: context.learner,
    app: APP_INFO,
  };
  return sealRecord(buildRecord(sources, options, new Date()));
}

/** Downloads a sealed record as JSON (the full record) or CSV (one spreadsheet row); returns the file name. */
export async function downloadRecord(record: CompletionRecord, as: 'json' | 'csv'): Promise<string> {
  const filename = recordFilename(record, as);
  if (as === 'json') downloadFile(filename, recordText(record), 'application/json');
  else {
    // The CSV writer (papaparse) loads only when asked for.
    const { recordsToCsv } = await import('../records/record-csv');
    downloadFile(filename, recordsToCsv([record]), 'text/csv;charset=utf-8');
  }
  return filename;
}
