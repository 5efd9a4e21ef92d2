import type { CourseSpec, LessonSpec } from '../content/lesson-spec';
import type { TrackedQuestion, TrackingContext } from './tracking-adapter';

/**
 * What every adapter is told about the course, from the full course index in the learner's
 * language (lessons not written in it fall back to English, as on the page).
 */
export function trackingContextOf(
  course: CourseSpec,
  lessons: readonly LessonSpec[],
  language: string,
  appVersion: string,
): Omit<TrackingContext, 'report'> {
  const questions = new Map<string, TrackedQuestion>();
  for (const lesson of lessons) {
    for (const quiz of lesson.quizzes) {
      for (const spec of quiz.questions) {
        questions.set(spec.id, { spec, quizId: quiz.id, lessonSlug: lesson.slug, lessonTitle: lesson.title });
      }
    }
  }
  const title = (course.title as Partial<Record<string, string>>)[language] ?? course.title.en;
  return {
    course: {
      id: course.id,
      passMark: course.passMark,
      version: course.version,
      title,
      lessons: lessons.map(({ slug, kind, quizzes }) => ({ slug, kind, quizzes })),
      lessonTitles: Object.fromEntries(lessons.map((lesson) => [lesson.slug, lesson.title])),
    },
    questions,
    language,
    appVersion,
  };
}
