/*
 * The words the course's xAPI statements use, shared by the app that sends them (src/tracking) and
 * the HR report that reads them back from an LRS (src/hr). docs/lms.md, "xAPI statements", shows
 * each statement; change both together.
 */

export const VERB = {
  /** A lesson opened for the first time. Object: the lesson. */
  experienced: 'http://adlnet.gov/expapi/verbs/experienced',
  /** One checked answer. Object: the question (a cmi.interaction activity). */
  answered: 'http://adlnet.gov/expapi/verbs/answered',
  /** A lesson completed (result.duration: time spent in it so far); a quiz attempt without a pass mark finished (result.score); the course completed. */
  completed: 'http://adlnet.gov/expapi/verbs/completed',
  /** A quiz attempt at or above its pass mark (result.score, success true); the course passed. */
  passed: 'http://adlnet.gov/expapi/verbs/passed',
  /** A quiz attempt below its pass mark (result.score, success false); in cmi5, the AU failed. */
  failed: 'http://adlnet.gov/expapi/verbs/failed',
  /** cmi5 sessions only. */
  initialized: 'http://adlnet.gov/expapi/verbs/initialized',
  terminated: 'http://adlnet.gov/expapi/verbs/terminated',
} as const;

export type VerbName = keyof typeof VERB;

export const ACTIVITY_TYPE = {
  course: 'http://adlnet.gov/expapi/activities/course',
  lesson: 'http://adlnet.gov/expapi/activities/lesson',
  /** A quiz: the lesson's checks, or the final assessment's. */
  assessment: 'http://adlnet.gov/expapi/activities/assessment',
  question: 'http://adlnet.gov/expapi/activities/cmi.interaction',
} as const;

/** Extension IRIs: fixed, whatever the course IRI, so any report can read them. */
const EXTENSIONS = 'https://customer-focus.example/xapi/extensions';
export const EXTENSION = {
  /** context: the quiz attempt's id (the progress store's), on answers and finished attempts. */
  attemptId: `${EXTENSIONS}/attempt-id`,
  /** context: 1 for the learner's first attempt at the quiz. */
  attemptNumber: `${EXTENSIONS}/attempt-number`,
  /** context: the question type (`single-choice`, `ordering`, ...), on answers. */
  questionType: `${EXTENSIONS}/question-type`,
  /** context: the ids of the options the learner chose, in their order, on answers (as a completion record lists them). */
  chosen: `${EXTENSIONS}/chosen`,
  /** context: `lesson` or `assessment`, on lesson statements. */
  lessonKind: `${EXTENSIONS}/lesson-kind`,
  /** context: the course version from course.yaml and the app's version, on every statement. */
  courseVersion: `${EXTENSIONS}/course-version`,
  appVersion: `${EXTENSIONS}/app-version`,
} as const;

/** Activity ids under the course's IRI (the xAPI config's `activityId`, or the cmi5 AU's id). */
export const activityIri = {
  lesson: (course: string, slug: string) => `${course}/lessons/${encodeURIComponent(slug)}`,
  quiz: (course: string, quizId: string) => `${course}/quizzes/${encodeURIComponent(quizId)}`,
  question: (course: string, questionId: string) => `${course}/questions/${encodeURIComponent(questionId)}`,
};

/** The id at the end of a lesson, quiz or question IRI, or undefined when the IRI is not one of them. */
export function idFromIri(course: string, kind: keyof typeof activityIri, iri: string): string | undefined {
  const prefix = `${course}/${kind === 'lesson' ? 'lessons' : kind === 'quiz' ? 'quizzes' : 'questions'}/`;
  if (!iri.startsWith(prefix)) return undefined;
  const rest = iri.slice(prefix.length);
  if (rest === '' || rest.includes('/')) return undefined;
  try {
    return decodeURIComponent(rest);
  } catch {
    return undefined;
  }
}
