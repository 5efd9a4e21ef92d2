import type { QuestionSpec } from '../../quiz/question-spec.ts';
import type { CourseIndex, LessonMeta, LessonSpec } from '../lesson-spec.ts';

/** Points a question is worth; the same rule as each type's scorer (a test keeps them in step). */
export function questionPoints(spec: QuestionSpec): number {
  switch (spec.type) {
    case 'matching':
      return spec.pairs.length;
    case 'scenario':
      return spec.bestPoints;
    default:
      return 1;
  }
}

/** A lesson without its question specs: what the course home needs. */
export function lessonMeta(spec: LessonSpec): LessonMeta {
  const { slug, locale, title, summary, duration, order, objectives, kind } = spec;
  return {
    slug,
    locale,
    title,
    summary,
    duration,
    order,
    objectives,
    kind,
    quizzes: spec.quizzes.map((quiz) => ({
      id: quiz.id,
      ...(quiz.passMark !== undefined ? { passMark: quiz.passMark } : {}),
      // With a draw, the first questions stand in for the drawn ones.
      maxPoints: quiz.questions.slice(0, quiz.draw ?? quiz.questions.length).reduce((n, q) => n + questionPoints(q), 0),
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
