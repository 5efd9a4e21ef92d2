import { create } from 'zustand';
import type { TrackingMode } from './tracking-adapter';

/**
 * How the last save to the LMS or LRS went, for the page to show. Codes, not words: the app
 * translates them. The browser's own storage is reported elsewhere (progress-storage).
 */
export type TrackingReport =
  /** Connecting to the LMS or LRS. */
  | { phase: 'connecting' }
  /** Everything so far has reached the LMS or LRS. */
  | { phase: 'saved'; at: string }
  /** Some answers or results are waiting to be sent (offline, or being sent now). */
  | {
      phase: 'pending';
      pending: number;
      /** Why nothing is sent yet: the LRS needs the learner's name and employee id (xAPI), asked on the records page. */
      waiting?: 'learner-details';
    }
  /**
   * The LMS or LRS answered with an error; the adapter keeps everything and retries. `detail` is
   * what the LMS or LRS said (SCORM GetErrorString, an HTTP status), shown as it is.
   */
  | { phase: 'error'; pending: number; code: TrackingErrorCode; detail?: string }
  /** The session ended (SCORM Terminate, cmi5 terminated): nothing more is sent. */
  | { phase: 'ended' };

export type TrackingErrorCode =
  /** The SCORM API or the LRS refused a value or a statement, or failed. */
  | 'rejected'
  /** The LMS or LRS could not be reached. */
  | 'unreachable'
  /** The LRS refused the credentials, or the cmi5 auth token could not be fetched. */
  | 'unauthorized'
  /**
   * The course's Content-Security-Policy does not allow the LMS's or LRS's address (`detail` names
   * it): the build must name it (COURSE_CONNECT_ORIGINS, docs/security.md). Nothing is sent.
   */
  | 'blocked'
  /** SCORM 1.2 suspend data is full: the newest progress stays in this browser only. */
  | 'resume-too-large';

export interface TrackingStatus {
  mode: TrackingMode;
  report?: TrackingReport;
  /** Ends the session and sends the learner back where they launched the course (cmi5's returnURL), when there is one. */
  exit?: () => void;
}

export const useTrackingStatus = create<TrackingStatus>()(() => ({ mode: 'standalone' }));

export const setTrackingMode = (mode: TrackingMode) => useTrackingStatus.setState({ mode });
export const reportTracking = (report: TrackingReport) => useTrackingStatus.setState({ report });
export const offerExit = (exit: () => void) => useTrackingStatus.setState({ exit });
