import { checkKindOf } from '../../quiz/check-kind';
import type { CourseIndex, LessonMeta, LessonSpec } from '../lesson-spec';

/** A lesson without its question specs: what the course home needs. */
export function lessonMeta(spec: LessonSpec): LessonMeta {
  const { slug, locale, title, summary, duration, order, kind } = spec;
  return {
    slug,
    locale,
    title,
    summary,
    duration,
    order,
    kind,
    quizzes: spec.quizzes.map((quiz) => ({
      id: quiz.id,
      check: checkKindOf(quiz),
      ...(quiz.passMark !== undefined ? { passMark: quiz.passMark } : {}),
      questionCount: Math.min(quiz.draw ?? quiz.questions.length, quiz.questions.length),
    })),
  };
}

export const courseMeta = (index: CourseIndex) => ({
  course: index.course,
  lessons: index.lessons.map(({ slug, versions }) => ({
    slug,
    versions: Object.fromEntries(Object.entries(versions).map(([locale, spec]) => [locale, lessonMeta(spec)])),
  })),
});
