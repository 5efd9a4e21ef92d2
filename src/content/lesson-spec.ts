import { z } from 'zod';
import { SUPPORTED_LOCALES } from '../i18n/locales';
import { quizSpecSchema } from '../quiz/question-spec';
import type { CheckKind } from '../quiz/check-kind';

export const frontmatterSchema = z.strictObject({
  title: z.string().trim().min(1),
  summary: z.string().trim().min(1),
  duration: z.number().int().min(1),
  order: z.number().int(),
  objectives: z.array(z.string().trim().min(1)).optional(),
  kind: z.enum(['lesson', 'assessment']).default('lesson'),
});
export type Frontmatter = z.infer<typeof frontmatterSchema>;

const localeSchema = z.enum(SUPPORTED_LOCALES);
const localizedText = z.object({ en: z.string().trim().min(1) }).catchall(z.string().trim().min(1));

export const courseSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'use lowercase letters, digits and "-"'),
  version: z.string().regex(/^\d+\.\d+\.\d+$/, 'use a version like 1.0.0'),
  title: localizedText,
  description: localizedText.optional(),
  passMark: z.number().int().min(0).max(100),
});
export type CourseSpec = z.infer<typeof courseSchema>;

export const reflectionSpecSchema = z.object({ id: z.string(), prompt: z.string() });
export type ReflectionSpec = z.infer<typeof reflectionSpecSchema>;

/** What a lesson's printable handout shows: plain text from its <KeyPoints> items and <Fact>s. */
export const lessonHandoutSchema = z.object({
  keyPoints: z.array(z.string()),
  facts: z.array(z.object({ text: z.string(), source: z.string(), href: z.string().optional() })),
});
export type LessonHandout = z.infer<typeof lessonHandoutSchema>;

/** One language version of a lesson: its frontmatter and every check it holds. */
export const lessonSpecSchema = z.object({
  slug: z.string(),
  locale: localeSchema,
  title: z.string(),
  summary: z.string(),
  duration: z.number(),
  order: z.number(),
  objectives: z.array(z.string()),
  kind: z.enum(['lesson', 'assessment']),
  quizzes: z.array(quizSpecSchema),
  reflections: z.array(reflectionSpecSchema),
  /** Always set by the build; optional so specs written by hand (tests) can leave it out. */
  handout: lessonHandoutSchema.optional(),
});
export type LessonSpec = z.infer<typeof lessonSpecSchema>;

/** One lesson's language versions: English always, the others where written. */
export type LessonVersions = Partial<Record<z.infer<typeof localeSchema>, LessonSpec>> & { en: LessonSpec };

export interface CourseIndex {
  course: CourseSpec;
  /** Lessons in course order; each holds the languages it was written in. */
  lessons: Array<{ slug: string; versions: LessonVersions }>;
}

/** A quiz as the home page and course status see it: no questions, just what scores need. */
export interface QuizMeta {
  id: string;
  /** A quiz, or a question standing alone: how the learner's pages name it. */
  check: CheckKind;
  passMark?: number;
  /** Questions an attempt draws: each weighs the same in every score. */
  questionCount: number;
}

/**
 * A lesson version without its question specs, for the course home and a lesson's header. Its
 * objectives are not here: the lesson page shows them with the body, from the lesson's own file.
 */
export type LessonMeta = Pick<LessonSpec, 'slug' | 'locale' | 'title' | 'summary' | 'duration' | 'order' | 'kind'> & {
  quizzes: QuizMeta[];
};
