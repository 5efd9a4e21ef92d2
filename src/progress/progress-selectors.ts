import type { QuizMeta } from '../content/lesson-spec';
import type { QuizSpec } from '../quiz/question-spec';
import { drawQuestions, quizResult } from '../quiz/quiz-engine';
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

export interface AttemptScore {
  earned: number;
  total: number;
  answered: number;
  count: number;
}

/** Unanswered questions count as 1 point not earned. */
export function attemptScore(attempt: QuizAttempt): AttemptScore {
  const score: AttemptScore = { earned: 0, total: 0, answered: 0, count: attempt.questionIds.length };
  for (const questionId of attempt.questionIds) {
    const answer = attempt.answers[questionId];
    if (answer) {
      score.earned += answer.earned;
      score.total += answer.total;
      score.answered += 1;
    } else {
      score.total += 1;
    }
  }
  return score;
}

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

/** Points an attempt at the quiz can earn. */
export const maxPointsOf = (quiz: QuizLike): number =>
  'maxPoints' in quiz ? quiz.maxPoints : quizResult(quiz, { questionIds: drawQuestions({ ...quiz, shuffle: false }, 0), answers: {} }).total;

/**
 * Points over all the lesson's quizzes, each from its best finished attempt
 * (answers carry their own points, so a scenario counts its best path); a quiz
 * not yet finished counts as nothing earned out of the points it offers.
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
    } else total += maxPointsOf(quiz);
  }
  return anyFinished ? percent(earned, total) : undefined;
}

/** Undefined when the quiz has no pass mark; exactly the mark passes. */
export function quizPassed(attempt: QuizAttempt, quiz: { passMark?: number }): boolean | undefined {
  if (quiz.passMark === undefined) return undefined;
  const { earned, total } = attemptScore(attempt);
  return percent(earned, total) >= quiz.passMark;
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
