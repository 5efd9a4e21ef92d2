import type { ProgressState } from '../progress/progress-schema';
import type { QuestionSpec } from '../quiz/question-spec';
import type { TrackedCourse, TrackingSnapshot } from './tracking-events';
import type { TrackingReport } from './tracking-status';

/** Where the course reports: on its own (the browser only), to an LMS through SCORM or cmi5, or to an LRS. */
export type TrackingMode = 'standalone' | 'scorm12' | 'scorm2004' | 'cmi5' | 'xapi';

/** A question as an adapter describes it to an LMS or LRS, in the learner's language. */
export interface TrackedQuestion {
  spec: QuestionSpec;
  quizId: string;
  lessonSlug: string;
  /** The lesson's title in the learner's language. */
  lessonTitle: string;
}

/** What every adapter is given when it starts. */
export interface TrackingContext {
  course: TrackedCourse & {
    /** The course's title and each lesson's title in the learner's language. */
    title: string;
    lessonTitles: Readonly<Record<string, string>>;
    /** The course's version from course.yaml. */
    version: string;
  };
  /** The app's version (package.json), as completion records carry it. */
  appVersion: string;
  /** Every question of the course by id, in the learner's language. */
  questions: ReadonlyMap<string, TrackedQuestion>;
  /** BCP 47 language of the titles and labels. */
  language: string;
  /** Tells the page how saving goes ("Saved to your LMS", "Waiting to send 3 answers"). */
  report: (report: TrackingReport) => void;
}

/**
 * One per standard. The browser's own storage is always kept as well, so an adapter never holds
 * the only copy of anything: it may fail, retry and catch up, and the learner goes on meanwhile.
 */
export interface TrackingAdapter {
  readonly mode: Exclude<TrackingMode, 'standalone'>;
  /**
   * Connects (SCORM Initialize, cmi5 auth token and launch data, the LRS queue) and returns the
   * progress the LMS kept for this learner, if any, for the app to merge with the browser's before
   * the learner sees a page. Never rejects: a failure is reported and the course runs on.
   */
  start: () => Promise<ProgressState | undefined>;
  /** After every change to the progress: sends what is new (by event key) and the course's state. */
  update: (snapshot: TrackingSnapshot) => void;
  /**
   * The page is going away (`pagehide`) or the learner chose to leave (`exit`): save what can be
   * saved synchronously and end the session (SCORM Terminate, cmi5 terminated).
   */
  exit: (reason: 'pagehide' | 'exit') => void;
}
