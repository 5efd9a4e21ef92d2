import type { ProgressState } from '../progress/progress-schema';
import { attemptScore, attemptsOf, type QuizLike } from '../progress/progress-selectors';
import { courseStatus, passMarkOf, type CourseStatus } from '../progress/course-status';
import type { LessonMeta } from '../content/lesson-spec';
import type { QuestionInput } from '../quiz/question-spec';

/*
 * What an LMS or LRS is told, derived from the progress alone. Every event has a stable `key`, made
 * only of ids the progress already holds, so deriving the events twice gives the same list: an
 * adapter sends the events whose keys it has not sent yet, and a relaunch, a retry or a second tab
 * never sends one twice. Nothing here knows a standard; the adapters in `scorm/`, `xapi/` and
 * `cmi5/` word the events for theirs.
 */

/** The course as tracking sees it: lessons in course order, with their quizzes' pass marks and points. */
export interface TrackedCourse {
  id: string;
  passMark: number;
  lessons: ReadonlyArray<Pick<LessonMeta, 'slug' | 'kind'> & { quizzes: readonly QuizLike[] }>;
}

interface EventBase {
  /** Stable across derivations: the same progress always gives the same keys. */
  key: string;
  /** When it happened, from the progress (ISO 8601). */
  at: string;
  lessonSlug: string;
}

export type TrackingEvent =
  | (EventBase & { kind: 'lesson-started' })
  | (EventBase & { kind: 'lesson-completed' })
  | (EventBase & {
      kind: 'answered';
      quizId: string;
      attemptId: string;
      /** 1 for the learner's first attempt at this quiz. */
      attemptNumber: number;
      questionId: string;
      input: QuestionInput;
      earned: number;
      total: number;
    })
  | (EventBase & {
      kind: 'attempt-finished';
      quizId: string;
      attemptId: string;
      attemptNumber: number;
      earned: number;
      total: number;
      percent: number;
      /** For the assessment's quizzes and any quiz with its own pass mark. */
      passMark?: number;
      passed?: boolean;
    });

export type TrackingEventKind = TrackingEvent['kind'];

/** Everything an adapter needs after a change: the progress, the course status and every event so far. */
export interface TrackingSnapshot {
  state: ProgressState;
  status: CourseStatus;
  /** Oldest first; ties in key order. */
  events: TrackingEvent[];
}

export function trackingEvents(state: ProgressState, course: TrackedCourse): TrackingEvent[] {
  const events: TrackingEvent[] = [];
  for (const lesson of course.lessons) {
    const progress = state.lessons[lesson.slug];
    if (progress) {
      events.push({ kind: 'lesson-started', key: `lesson-started/${lesson.slug}`, at: progress.startedAt, lessonSlug: lesson.slug });
      if (progress.completedAt !== undefined) {
        events.push({ kind: 'lesson-completed', key: `lesson-completed/${lesson.slug}`, at: progress.completedAt, lessonSlug: lesson.slug });
      }
    }
    for (const quiz of lesson.quizzes) {
      attemptsOf(state, quiz.id).forEach((attempt, index) => {
        const attemptNumber = index + 1;
        const base = { quizId: quiz.id, attemptId: attempt.id, attemptNumber, lessonSlug: lesson.slug };
        for (const questionId of attempt.questionIds) {
          const answer = attempt.answers[questionId];
          if (!answer) continue;
          events.push({
            kind: 'answered',
            key: `answered/${attempt.id}/${questionId}`,
            at: answer.checkedAt,
            ...base,
            questionId,
            input: answer.input,
            earned: answer.earned,
            total: answer.total,
          });
        }
        if (attempt.finishedAt !== undefined) {
          const { earned, total, percent: score } = attemptScore(attempt);
          // The assessment's quizzes pass at the course's mark unless they set their own.
          const passMark = quiz.passMark !== undefined || lesson.kind === 'assessment' ? passMarkOf(quiz, course.passMark) : undefined;
          events.push({
            kind: 'attempt-finished',
            key: `attempt-finished/${attempt.id}`,
            at: attempt.finishedAt,
            ...base,
            earned,
            total,
            percent: score,
            ...(passMark === undefined ? {} : { passMark, passed: score >= passMark }),
          });
        }
      });
    }
  }
  return events.sort((a, b) => (a.at === b.at ? (a.key < b.key ? -1 : a.key > b.key ? 1 : 0) : a.at < b.at ? -1 : 1));
}

export const trackingSnapshot = (state: ProgressState, course: TrackedCourse): TrackingSnapshot => ({
  state,
  status: courseStatus(state, course.lessons, course.passMark),
  events: trackingEvents(state, course),
});
