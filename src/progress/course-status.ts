import type { LessonMeta } from '../content/lesson-spec';
import { attemptScore, attemptsOf, lessonScore, lessonStatus, type QuizLike } from './progress-selectors';
import type { CourseStatusValue } from './course-status-values';
import type { ProgressState, QuizAttempt } from './progress-schema';

export interface AssessmentStatus {
  slug: string;
  /** Percent needed on each of the assessment's quizzes. */
  passMark: number;
  /** Attempts started, finished or not. */
  attempts: number;
  finishedAttempts: number;
  /** Best finished attempt of each quiz, together. */
  bestScore?: number;
  passed: boolean;
  /** When the last of its quizzes was first passed. */
  passedAt?: string;
}

export interface CourseStatus {
  status: CourseStatusValue;
  completedAt?: string;
  /** The assessment's best score; without an assessment, the best attempts of every lesson together. */
  finalScore?: number;
  /** Whether the assessment was passed; absent when the course has none. */
  passed?: boolean;
  /** Slugs of the lessons (kind `lesson`) not completed yet, in course order. */
  remainingLessons: string[];
  assessment?: AssessmentStatus;
}

/** A lesson with full question specs or only its metadata: status needs neither questions nor text. */
type LessonLike = Pick<LessonMeta, 'slug' | 'kind'> & { quizzes: readonly QuizLike[] };

/** The quiz's own pass mark, else the course's. */
export const passMarkOf = (quiz: { passMark?: number }, coursePassMark: number): number => quiz.passMark ?? coursePassMark;

export const attemptPercent = (attempt: QuizAttempt): number => attemptScore(attempt).percent;

const latest = (dates: ReadonlyArray<string | undefined>): string | undefined =>
  dates.reduce<string | undefined>((max, date) => (date !== undefined && (max === undefined || date > max) ? date : max), undefined);

function assessmentStatus(state: ProgressState, lesson: LessonLike, coursePassMark: number): AssessmentStatus {
  let attempts = 0;
  let finishedAttempts = 0;
  const passedAt: Array<string | undefined> = [];
  for (const quiz of lesson.quizzes) {
    const mark = passMarkOf(quiz, coursePassMark);
    const all = attemptsOf(state, quiz.id);
    attempts += all.length;
    const finished = all.filter((attempt) => attempt.finishedAt !== undefined);
    finishedAttempts += finished.length;
    passedAt.push(finished.find((attempt) => attemptPercent(attempt) >= mark)?.finishedAt);
  }
  const quizzesPassed = lesson.quizzes.length > 0 && passedAt.every((date) => date !== undefined);
  // An assessment without questions counts as passed once the learner finishes it.
  const passed = lesson.quizzes.length === 0 ? lessonStatus(state, lesson.slug) === 'completed' : quizzesPassed;
  const bestScore = lessonScore(state, lesson);
  const marks = lesson.quizzes.map((quiz) => passMarkOf(quiz, coursePassMark));
  return {
    slug: lesson.slug,
    passMark: marks.length ? Math.max(...marks) : coursePassMark,
    attempts,
    finishedAttempts,
    ...(bestScore !== undefined ? { bestScore } : {}),
    passed,
    ...(passed ? { passedAt: lesson.quizzes.length ? latest(passedAt) : state.lessons[lesson.slug]?.completedAt } : {}),
  };
}

/** Like `lessonScore`, over every lesson's quizzes; undefined before any attempt is finished. */
const overallScore = (state: ProgressState, lessons: readonly LessonLike[]): number | undefined =>
  lessonScore(state, { quizzes: lessons.flatMap((lesson) => lesson.quizzes) });

/**
 * The course is complete when every lesson of kind `lesson` is completed and the assessment (kind
 * `assessment`) has a finished attempt at or above its pass mark; without an assessment, when every
 * lesson is completed. `lessons` in course order.
 */
export function courseStatus(state: ProgressState, lessons: readonly LessonLike[], coursePassMark: number): CourseStatus {
  const taught = lessons.filter((lesson) => lesson.kind === 'lesson');
  const assessmentLesson = lessons.find((lesson) => lesson.kind === 'assessment');
  const remainingLessons = taught.filter((lesson) => lessonStatus(state, lesson.slug) !== 'completed').map((lesson) => lesson.slug);
  const assessment = assessmentLesson && assessmentStatus(state, assessmentLesson, coursePassMark);

  const complete = remainingLessons.length === 0 && (assessment?.passed ?? true) && lessons.length > 0;
  const started =
    lessons.some((lesson) => state.lessons[lesson.slug] !== undefined) ||
    lessons.some((lesson) => lesson.quizzes.some((quiz) => attemptsOf(state, quiz.id).length > 0));
  const finalScore = assessment ? assessment.bestScore : overallScore(state, lessons);
  const completedAt = complete
    ? latest([...taught.map((lesson) => state.lessons[lesson.slug]?.completedAt), assessment?.passedAt])
    : undefined;

  return {
    status: complete ? 'completed' : started ? 'in-progress' : 'not-started',
    ...(completedAt !== undefined ? { completedAt } : {}),
    ...(finalScore !== undefined ? { finalScore } : {}),
    ...(assessment ? { passed: assessment.passed, assessment } : {}),
    remainingLessons,
  };
}

/**
 * What the certificate can be: `locked` until the course is complete, then `needs-details` until
 * the learner has given the name and employee ID it is made out to, then `ready`. A complete
 * course is never `locked`, so no page tells a learner who finished to finish first.
 */
export type CertificateState = 'locked' | 'needs-details' | 'ready';

export const certificateState = (status: Pick<CourseStatus, 'status'>, hasLearnerDetails: boolean): CertificateState =>
  status.status !== 'completed' ? 'locked' : hasLearnerDetails ? 'ready' : 'needs-details';
