import type { QuizMeta } from '../content/lesson-spec';
import type { QuizSpec } from '../quiz/question-spec';
import { scoreAttempt, type AttemptScore } from '../quiz/quiz-engine';
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

/**
 * The lesson's score: its quizzes' best finished attempts together, every question weighing the
 * same (a quiz of 4 questions counts twice as much as one of 2); a quiz not yet finished counts as
 * nothing earned out of the questions it draws.
 */
export function lessonScore(state: ProgressState, lesson: { quizzes: readonly QuizLike[] }): number | undefined {
  let earned = 0;
  let total = 0;
  let anyFinished = false;
  for (const quiz of lesson.quizzes) {
    const best = bestFinishedAttempt(state, quiz.id);
    if (best) {
      const score = attemptScore(best);
      earned += score.earned;
      total += score.total;
      anyFinished = true;
    } else total += questionCountOf(quiz);
  }
  return anyFinished ? percent(earned, total) : undefined;
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
