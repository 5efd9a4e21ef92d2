import type { TrackedCourse } from '../tracking-events';
import type { CourseStatus } from '../../progress/course-status';
import type { ProgressState } from '../../progress/progress-schema';

/*
 * The course's own status as SCORM words it. The course decides: complete when every lesson is
 * completed and the assessment passed (course-status.ts); passed when the assessment is.
 */

/**
 * SCORM 1.2 has one field for both: `passed` once the course is complete with its assessment passed
 * (`completed` for a course without one); `failed` only once every lesson is completed and the
 * assessment was finished without passing, since that is the learner's result until a retake
 * passes; `incomplete` while the learner is still working through it, whatever the score so far.
 */
export function lessonStatus12(status: CourseStatus): 'passed' | 'completed' | 'failed' | 'incomplete' {
  if (status.status === 'completed') return status.passed === true ? 'passed' : 'completed';
  const failed = status.assessment !== undefined && status.assessment.finishedAttempts > 0 && !status.assessment.passed;
  return failed && status.remainingLessons.length === 0 ? 'failed' : 'incomplete';
}

/** SCORM 2004 `cmi.completion_status`. */
export const completionStatus2004 = (status: CourseStatus): 'completed' | 'incomplete' => (status.status === 'completed' ? 'completed' : 'incomplete');

/** SCORM 2004 `cmi.success_status`: `failed` after a finished assessment attempt below the mark, until one passes. */
export function successStatus2004(status: CourseStatus): 'passed' | 'failed' | 'unknown' {
  if (!status.assessment) return 'unknown';
  if (status.assessment.passed) return 'passed';
  return status.assessment.finishedAttempts > 0 ? 'failed' : 'unknown';
}

/**
 * SCORM 2004 `cmi.progress_measure`, 0 to 1: the share of what completion needs that is done, each
 * lesson completed and the assessment passed counting one, so it is 1 exactly when the course is complete.
 */
export function progressMeasure(state: ProgressState, status: CourseStatus, course: TrackedCourse): string {
  const taught = course.lessons.filter((lesson) => lesson.kind === 'lesson');
  const parts = taught.length + (status.assessment ? 1 : 0);
  if (parts === 0) return '0';
  const done = taught.filter((lesson) => state.lessons[lesson.slug]?.completedAt !== undefined).length + (status.assessment?.passed ? 1 : 0);
  return String(Math.round((done / parts) * 10_000) / 10_000);
}
