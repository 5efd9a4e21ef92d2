import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { course } from '../content/course-meta';
import { loadLessonsIn } from '../content/lesson-specs';
import type { LessonSpec } from '../content/lesson-spec';
import type { CompletionRecord, Learner } from '../records/completion-record-schema';
import { buildRecord, type RecordOptions, type RecordSources } from '../records/build-record';
import { courseStatus, type CourseStatus } from '../progress/course-status';
import { learnerOf, type ProfileState } from '../records/profile-schema';
import { useProfile } from '../records/profile-store';
import { recordText, sealRecord } from '../records/record-digest';
import { downloadFile, recordFilename } from '../records/download';
import i18n from '../i18n/i18n';
import { isLocale, SOURCE_LOCALE, type Locale } from '../i18n/locales';
import type { ProgressState } from '../progress/progress-schema';
import { APP_INFO } from './app-info';
import { useLocale } from '../i18n/use-locale';
import { useProgressData } from './use-progress-data';
import { preload, useLoaded, type Loaded } from './use-loaded';

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

const lessonsKey = (locale: Locale) => `lessons-in/${locale}`;

/**
 * Every lesson's spec in `locale`, from the per-lesson chunks (those the device keeps offline for
 * the learner's language), in the language in use. The records pages' routes start it with their code.
 */
export function preloadLessons(): Promise<LessonSpec[]> {
  const language = i18n.resolvedLanguage ?? i18n.language;
  const locale = isLocale(language) ? language : SOURCE_LOCALE;
  return preload(lessonsKey(locale), () => loadLessonsIn(locale));
}

/** Progress, profile and course, as the records pages need them, once the lessons are loaded. */
export function useRecordContext(): Loaded<RecordContext> {
  const locale = useLocale();
  const progress = useProgressData();
  const profile = useProfile(useShallow(({ name, employeeId, email }) => ({ name, employeeId, email })));
  const loaded = useLoaded(lessonsKey(locale), () => loadLessonsIn(locale));
  const lessons = loaded.status === 'ready' ? loaded.value : undefined;
  const learner = useMemo(() => learnerOf(profile), [profile]);
  const status = useMemo(() => lessons && courseStatus(progress, lessons, course.passMark), [progress, lessons]);
  if (!lessons || !status) return loaded.status === 'error' ? loaded : { status: 'loading' };
  return { status: 'ready', value: { locale, progress, profile, learner, lessons, status } };
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
