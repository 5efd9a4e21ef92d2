/**
 * Where the lesson page's code goes, for the bundler (vite.config.ts, `codeSplitting.groups`).
 *
 * A lesson's own file imports the views of the question types its questions use (the course
 * plugin writes those imports). Left to itself the bundler would cut that code along every
 * combination of lessons that share a piece: a dozen small files, each gzipped apart. So:
 *
 * - the views of the types few lessons use (ordering, scenarios, matching) are one file per type,
 *   fetched only with a lesson that has such a question;
 * - the choice views, which nearly every lesson has, stay in the lesson page's one file
 *   (`LessonBody`) with the quiz screens and the lesson components;
 * - how answers are taken and scored is a file per type too (`answers-<type>`; the two choice types
 *   share `answers-choice`), without React: the lesson page scores through the views it loaded,
 *   and records, the HR report and LMS tracking load every type's through the registry
 *   (`question-answers.ts`).
 *
 * A type folder's pure logic is named by its suffix (`-answers`, `-score`, `-input`, `-logic`,
 * `-parse`, `-compile`, `-spec`, and the scenario graph's `-graph`, `-paths`); every other file
 * there is part of its views.
 */

/** The types whose views load only with a lesson that uses them. */
export const SEPARATE_VIEW_TYPES = ['ordering', 'scenario', 'matching'] as const;

const TYPE_FILE = /\/src\/quiz\/types\/([a-z-]+)\/([^/]+)$/;
const LOGIC_FILE = /-(answers|score|graph|paths|input|logic|parse|compile|spec)\.ts$/;
const ANSWERS_FILE = /-(answers|score|graph|paths)\.ts$/;

/** The lesson page's modules outside the type folders (what `LessonBody.tsx` brings). */
const LESSON_PAGE = new RegExp(
  [
    String.raw`\/src\/app\/(LessonBody|mdx-components|ConnectedQuiz|ConnectedReflection|use-quiz-attempts|lesson-context)\.tsx?$`,
    String.raw`\/src\/content\/components\/[^/]+$`,
    String.raw`\/src\/progress\/progress-context\.ts$`,
    String.raw`\/src\/quiz\/(QuizView|quiz-engine|shuffle|answer-key|answer-set|slots|icons|score-question|question-ui-set)\.tsx?$`,
    String.raw`\/src\/quiz\/quiz\.css$`,
    String.raw`\/src\/quiz\/screens\/[^/]+$`,
  ].join('|'),
);

const path = (id: string) => id.split('?')[0]!.replaceAll('\\', '/');

/**
 * `answers-<type>` for a type's answers and scoring (`answers-choice` for the two choice types, which
 * nearly every lesson has), else undefined. The registry of every type's answers (records, HR, LMS
 * tracking) is left to the bundler: a lesson page scores through the views it loaded, so it never
 * imports the registry, nor the answers of a type it does not use.
 */
export function answersChunkOf(id: string): string | undefined {
  const file = path(id);
  if (/\/src\/quiz\/answer-options\.ts$/.test(file)) return 'answers-choice';
  const typeFile = TYPE_FILE.exec(file);
  if (!typeFile || !ANSWERS_FILE.test(typeFile[2]!)) return undefined;
  const type = typeFile[1]!;
  return (SEPARATE_VIEW_TYPES as readonly string[]).includes(type) ? `answers-${type}` : 'answers-choice';
}

/**
 * What connects a question standing alone to progress, imported only by a lesson file with such a
 * question (src/content/compile/vite-plugin-course.ts). Scenarios are the one type that stands
 * alone (src/quiz/question-types.test.ts says so), so it goes with their views.
 */
const STANDALONE_CONNECTOR = /\/src\/app\/ConnectedStandalone\.tsx$/;

/** `question-<type>` for a separate type's views, `LessonBody` for the rest of the lesson page, else undefined. */
export function lessonPageChunkOf(id: string): string | undefined {
  const file = path(id);
  if (STANDALONE_CONNECTOR.test(file)) return 'question-scenario';
  const typeFile = TYPE_FILE.exec(file);
  if (typeFile) {
    const [, type, name] = typeFile;
    if (LOGIC_FILE.test(name!)) return undefined;
    return (SEPARATE_VIEW_TYPES as readonly string[]).includes(type!) ? `question-${type!}` : 'LessonBody';
  }
  return LESSON_PAGE.test(file) ? 'LessonBody' : undefined;
}
