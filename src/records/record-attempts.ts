import type { CompletionRecord } from './completion-record-schema';

/**
 * Attempts per lesson as a learner counts them: finished ones only, and one pass through a lesson
 * with several checks (a quiz and a scenario) is one attempt, so the most finished attempts at any
 * one of its checks. Counted from `attempts`: the record's `lessons[].attempts` sums every attempt
 * started at every check (format version 1 keeps that meaning), which is not what a person
 * reading the CSV or the HR report means by it.
 */
export function finishedAttemptsByLesson(record: CompletionRecord): Map<string, number> {
  const perQuiz = new Map<string, { lessonSlug: string; finished: number }>();
  for (const attempt of record.attempts) {
    const quiz = perQuiz.get(attempt.quizId) ?? { lessonSlug: attempt.lessonSlug, finished: 0 };
    if (attempt.finishedAt !== undefined) quiz.finished += 1;
    perQuiz.set(attempt.quizId, quiz);
  }
  const perLesson = new Map<string, number>();
  for (const { lessonSlug, finished } of perQuiz.values()) perLesson.set(lessonSlug, Math.max(perLesson.get(lessonSlug) ?? 0, finished));
  return perLesson;
}
