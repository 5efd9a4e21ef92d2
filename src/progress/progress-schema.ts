import { z } from 'zod';
import { questionInputSchema } from '../quiz/question-spec';

const isoDate = z.iso.datetime();

export const lessonProgressSchema = z.object({
  startedAt: isoDate,
  completedAt: isoDate.optional(),
  timeSpentMs: z.number().nonnegative(),
  lastVisitedAt: isoDate,
  /** Id of the section or quiz the learner was at. */
  position: z.string().optional(),
});
export type LessonProgress = z.infer<typeof lessonProgressSchema>;

export const answerRecordSchema = z.object({
  input: questionInputSchema,
  earned: z.number().nonnegative(),
  total: z.number().nonnegative(),
  checkedAt: isoDate,
});
export type AnswerRecord = z.infer<typeof answerRecordSchema>;

export const quizAttemptSchema = z.object({
  id: z.string().min(1),
  lessonSlug: z.string(),
  startedAt: isoDate,
  finishedAt: isoDate.optional(),
  /** Drives the choice and question shuffles, so a reload shows the same order. */
  seed: z.number().int().min(0).max(0xffff_ffff),
  /** The questions of this attempt, in the order shown. */
  questionIds: z.array(z.string()),
  position: z.number().int().nonnegative(),
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
  lastLesson: z.string().optional(),
});
export type ProgressState = z.infer<typeof progressStateSchema>;

export const emptyProgress = (): ProgressState => ({ lessons: {}, quizzes: {}, reflections: {} });
