// Runs in the browser on every load, so it uses zod/mini (tree-shakable) rather than full zod.
import { z } from 'zod/mini';
import { questionInputSchema } from '../quiz/question-input';

const isoDate = z.iso.datetime();
const nonnegative = z.number().check(z.nonnegative());

export const lessonProgressSchema = z.object({
  startedAt: isoDate,
  completedAt: z.optional(isoDate),
  timeSpentMs: nonnegative,
  lastVisitedAt: isoDate,
  /** Id of the section or quiz the learner was at. */
  position: z.optional(z.string()),
});
export type LessonProgress = z.infer<typeof lessonProgressSchema>;

export const answerRecordSchema = z.object({
  input: questionInputSchema,
  earned: nonnegative,
  total: nonnegative,
  checkedAt: isoDate,
});
export type AnswerRecord = z.infer<typeof answerRecordSchema>;

export const quizAttemptSchema = z.object({
  id: z.string().check(z.minLength(1)),
  lessonSlug: z.string(),
  startedAt: isoDate,
  finishedAt: z.optional(isoDate),
  /** Drives the choice and question shuffles, so a reload shows the same order. */
  seed: z.int().check(z.minimum(0), z.maximum(0xffff_ffff)),
  /** The questions of this attempt, in the order shown. */
  questionIds: z.array(z.string()),
  position: z.int().check(z.nonnegative()),
  /** Selections not yet checked. */
  drafts: z.record(z.string(), questionInputSchema),
  answers: z.record(z.string(), answerRecordSchema),
});
export type QuizAttempt = z.infer<typeof quizAttemptSchema>;

export const quizProgressSchema = z.object({ attempts: z.array(quizAttemptSchema) });
export type QuizProgress = z.infer<typeof quizProgressSchema>;

export const reflectionEntrySchema = z.object({ text: z.string(), updatedAt: isoDate });
export type ReflectionEntry = z.infer<typeof reflectionEntrySchema>;

/** Version 1 of the persisted progress. Derived totals (scores, status) are never stored. */
export const progressStateSchema = z.object({
  lessons: z.record(z.string(), lessonProgressSchema),
  quizzes: z.record(z.string(), quizProgressSchema),
  reflections: z.record(z.string(), reflectionEntrySchema),
  lastLesson: z.optional(z.string()),
  /**
   * When the learner last started over (reset, or a backup put back): a copy saved before it, by
   * another tab, is outdated rather than merged (progress-merge.ts). Optional, and dropped by
   * readers that predate it, so the version stays 1: a tab still running the previous release
   * reads what this one saves, and this one reads every saved v1.
   */
  resetAt: z.optional(isoDate),
});
export type ProgressState = z.infer<typeof progressStateSchema>;

export { emptyProgress } from './empty-progress';
