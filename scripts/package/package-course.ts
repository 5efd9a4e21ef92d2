import type { CourseSpec } from '../../src/content/lesson-spec';

/**
 * What the package files say about the course: `content/course.yaml` (id, titles, descriptions,
 * pass mark) and the app's version from package.json, the version every completion record carries,
 * so an LMS administrator and HR name the same release.
 */
export interface PackageCourse {
  id: string;
  version: string;
  title: CourseSpec['title'];
  description?: CourseSpec['description'];
  /** Percent, 0–100, for the final assessment. */
  passMark: number;
}

export const packageCourse = (course: CourseSpec, appVersion: string): PackageCourse => ({
  id: course.id,
  version: appVersion,
  title: course.title,
  ...(course.description ? { description: course.description } : {}),
  passMark: course.passMark,
});

/** The pass mark as the 0..1 measure SCORM 2004 and cmi5 use; 80 → "0.8", never "0.8000000001". */
export const scaledPassMark = (passMark: number): string => String(Math.round(passMark * 100) / 10_000);
