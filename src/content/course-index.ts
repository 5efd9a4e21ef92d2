import index from 'virtual:course-index';
import { catalogOf, type Localized } from './course-catalog';
import type { CourseSpec, LessonSpec } from './lesson-spec';

/**
 * The full course: every lesson's frontmatter and question specs. Only pages
 * that run or report on lessons import it (they load on demand); the home
 * page reads the light `course-meta` instead.
 */
export type LocalizedLesson = Localized<LessonSpec>;

export const course: CourseSpec = index.course;
export { courseText, localize } from './course-catalog';
export const { lessonsIn, findLesson } = catalogOf(index);
