import type { QuizMeta } from '../content/lesson-spec';
import type { QuizSpec } from '../quiz/question-spec';
import { checkKindOf, type CheckKind } from '../quiz/check-kind';
import { scoreAttempt, type AttemptScore } from '../quiz/attempt-score';
import { percent } from '../quiz/score';
import type { ProgressState, QuizAttempt } from './progress-schema';

const NO_ATTEMPTS: readonly QuizAttempt[] = Object.freeze([]);

export const attemptsOf = (state: ProgressState, quizId: string): readonly QuizAttempt[] =>
  state.quizzes[quizId]?.attempts ?? NO_ATTEMPTS;

/** The attempt the learner is in: the last one, unless it is finished. */
export function currentAttempt(state: ProgressState, quizId: string): QuizAttempt | undefined {
  const last = attemptsOf(state, quizId).at(-1);
  return last && last.finishedAt === undefined ? last : undefined;
}

export const lastFinishedAttempt = (state: ProgressState, quizId: string): QuizAttempt | undefined =>
  attemptsOf(state, quizId).findLast((attempt) => attempt.finishedAt !== undefined);

export type { AttemptScore };

/** The attempt's score by the course's one rule (`scoreAttempt`): every question weighs the same. */
export const attemptScore = (attempt: QuizAttempt): AttemptScore => scoreAttempt(attempt);

/** Whether anything is saved that "Reset my progress" would delete: a lesson opened, an attempt, a reflection. */
export const hasProgress = (state: ProgressState): boolean =>
  Object.keys(state.lessons).length > 0 ||
  Object.keys(state.reflections).length > 0 ||
  Object.values(state.quizzes).some((quiz) => quiz.attempts.length > 0);

export type LessonStatus = 'not-started' | 'in-progress' | 'completed';

export function lessonStatus(state: ProgressState, slug: string): LessonStatus {
  const lesson = state.lessons[slug];
  if (!lesson) return 'not-started';
  return lesson.completedAt === undefined ? 'in-progress' : 'completed';
}

const scoresHigher = (a: AttemptScore, b: AttemptScore): boolean => a.earned * b.total > b.earned * a.total;

export function bestFinishedAttempt(state: ProgressState, quizId: string): QuizAttempt | undefined {
  let best: { attempt: QuizAttempt; score: AttemptScore } | undefined;
  for (const attempt of attemptsOf(state, quizId)) {
    if (attempt.finishedAt === undefined) continue;
    const score = attemptScore(attempt);
    if (!best || scoresHigher(score, best.score)) best = { attempt, score };
  }
  return best?.attempt;
}

/** A quiz with its questions (lesson pages) or only its metadata (the course home). */
export type QuizLike = QuizSpec | QuizMeta;

/** Questions an attempt at the quiz draws. */
export const questionCountOf = (quiz: QuizLike): number =>
  'questionCount' in quiz ? quiz.questionCount : Math.min(quiz.draw ?? quiz.questions.length, quiz.questions.length);

/** One check of a lesson (a quiz, or a question standing alone) and what it adds to the lesson's score. */
export interface CheckScore {
  id: string;
  check: CheckKind;
  earned: number;
  total: number;
  /** False until an attempt at it is finished; until then it counts as nothing earned of its points. */
  finished: boolean;
}

const checkOf = (quiz: QuizLike): CheckKind => ('questionCount' in quiz ? quiz.check : checkKindOf(quiz));

/**
 * Each of the lesson's checks, in lesson order, from its best finished attempt (answers carry their
 * own points, so a scenario counts its best path): what the lesson's score is made of. Every
 * question weighs the same (a quiz of 4 questions counts twice as much as one of 2); a check not
 * yet finished counts as nothing earned out of the questions it draws.
 */
export function lessonChecks(state: ProgressState, lesson: { quizzes: readonly QuizLike[] }): CheckScore[] {
  return lesson.quizzes.map((quiz) => {
    const best = bestFinishedAttempt(state, quiz.id);
    if (!best) return { id: quiz.id, check: checkOf(quiz), earned: 0, total: questionCountOf(quiz), finished: false };
    const { earned, total } = attemptScore(best);
    return { id: quiz.id, check: checkOf(quiz), earned, total, finished: true };
  });
}

/** Points over all the lesson's checks (see `lessonChecks`); undefined until one of them is finished. */
export function lessonScore(state: ProgressState, lesson: { quizzes: readonly QuizLike[] }): number | undefined {
  const checks = lessonChecks(state, lesson);
  if (!checks.some((check) => check.finished)) return undefined;
  return percent(
    checks.reduce((sum, check) => sum + check.earned, 0),
    checks.reduce((sum, check) => sum + check.total, 0),
  );
}

export interface LessonAttempts {
  /**
   * Times the learner went through the lesson's checks, as they would count them: the most
   * finished attempts at any one check. A lesson with a quiz and a scenario, each done once, has
   * one attempt, not two.
   */
  finished: number;
  /** A new go is under way: an attempt started (a retry, say) and not finished yet. */
  inProgress: boolean;
}

export function lessonAttempts(state: ProgressState, lesson: { quizzes: ReadonlyArray<{ id: string }> }): LessonAttempts {
  let finished = 0;
  let started = 0;
  for (const quiz of lesson.quizzes) {
    const attempts = attemptsOf(state, quiz.id);
    finished = Math.max(finished, attempts.filter((attempt) => attempt.finishedAt !== undefined).length);
    started = Math.max(started, attempts.length);
  }
  return { finished, inProgress: started > finished };
}

/** Undefined when the quiz has no pass mark; exactly the mark passes. */
export function quizPassed(attempt: QuizAttempt, quiz: { passMark?: number }): boolean | undefined {
  if (quiz.passMark === undefined) return undefined;
  return attemptScore(attempt).percent >= quiz.passMark;
}

export interface CourseProgress {
  completed: number;
  total: number;
  percent: number;
}

export function courseProgress(state: ProgressState, lessons: ReadonlyArray<{ slug: string }>): CourseProgress {
  const completed = lessons.filter((lesson) => lessonStatus(state, lesson.slug) === 'completed').length;
  return { completed, total: lessons.length, percent: percent(completed, lessons.length) };
}

/** `lessons` in course order. */
export function resumeLesson(state: ProgressState, lessons: ReadonlyArray<{ slug: string }>): string | undefined {
  const notCompleted = (slug: string) => lessonStatus(state, slug) !== 'completed';
  const last = state.lastLesson;
  if (last !== undefined && notCompleted(last) && lessons.some((lesson) => lesson.slug === last)) return last;
  return lessons.find((lesson) => notCompleted(lesson.slug))?.slug;
}
