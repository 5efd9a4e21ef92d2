import { element, xmlDocument } from './xml';
import { scaledPassMark, type PackageCourse } from './package-course';
import { LAUNCH_FILE } from './scorm-manifest';

/**
 * `cmi5.xml`, the cmi5 course structure: the course and one assignable unit (AU) that launches the
 * whole course. The app keeps course-wide progress and resume state in one place (one store, one
 * completion record), so one launch unit matches how it runs; an AU per lesson would need progress
 * split per launch, which can come later.
 */

export const CMI5_NAMESPACE = 'https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd';

/** Set this to publish the course under your own IRI; the AU's IRI is derived from it. */
export const COURSE_IRI_VARIABLE = 'CMI5_COURSE_IRI';

export const defaultCourseIri = (courseId: string): string => `https://customer-focus.example/courses/${encodeURIComponent(courseId)}`;

/**
 * The course IRI: the override when given, else the default for this course id. An LMS keys
 * registrations and statements on it, so a value that is not an absolute IRI stops the packaging
 * rather than producing a package that imports and then loses its data.
 */
export function courseIri(courseId: string, override?: string): string {
  const raw = override?.trim() ? override.trim() : defaultCourseIri(courseId);
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`${COURSE_IRI_VARIABLE}="${raw}" is not an absolute IRI: use a form like https://learning.example.com/courses/${courseId}`);
  }
  if (!/^https?:$/.test(url.protocol)) throw new Error(`${COURSE_IRI_VARIABLE}="${raw}" must start with https:// (or http://).`);
  return raw.replace(/\/+$/, '');
}

export const auIri = (course: string): string => `${course}/au/whole-course`;

/**
 * The AU is satisfied when the learner has both completed it and passed it, which is what the app
 * calls a completed course (every lesson completed and the assessment passed). `Passed` alone would
 * let an assessment pass satisfy the course without the lessons; `Completed` would drop the pass mark.
 */
export const MOVE_ON = 'CompletedAndPassed';

type Localized = Readonly<Record<string, string>>;

const langstrings = (text: Localized): string[] =>
  Object.entries(text).map(([lang, value]) => element('langstring', { lang }, value));

/** Every language of the title; a language without a description uses its title (cmi5 requires one). */
const describe = (course: PackageCourse): Localized =>
  Object.fromEntries(Object.entries(course.title).map(([lang, title]) => [lang, course.description?.[lang] ?? title]));

export function cmi5CourseStructure(course: PackageCourse, iri: string): string {
  const title = langstrings(course.title);
  const description = langstrings(describe(course));
  return xmlDocument(
    element('courseStructure', { xmlns: CMI5_NAMESPACE }, [
      element('course', { id: iri }, [element('title', {}, title), element('description', {}, description)]),
      element('au', { id: auIri(iri), moveOn: MOVE_ON, masteryScore: scaledPassMark(course.passMark), launchMethod: 'AnyWindow' }, [
        element('title', {}, title),
        element('description', {}, description),
        element('url', {}, LAUNCH_FILE),
      ]),
    ]),
  );
}
