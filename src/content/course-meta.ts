import meta from 'virtual:course-meta';
import { catalogOf, type Localized } from './course-catalog';
import type { CourseSpec, LessonMeta } from './lesson-spec';

/** What the home page needs of each lesson: frontmatter and quiz ids, pass marks and points, no questions. */
export type LocalizedLessonMeta = Localized<LessonMeta>;

export const course: CourseSpec = meta.course;
export { courseText } from './course-catalog';
export const { lessonsIn, findLesson } = catalogOf(meta);
