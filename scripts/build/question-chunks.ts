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
 * - how answers are taken and scored is one file (`question-answers`), which records, the HR
 *   report and the LMS tracking also load, without React.
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
    String.raw`\/src\/app\/(LessonBody|mdx-components|ConnectedQuiz|ConnectedReflection|ConnectedStandalone|use-quiz-attempts|lesson-context)\.tsx?$`,
    String.raw`\/src\/content\/components\/[^/]+$`,
    String.raw`\/src\/progress\/progress-context\.ts$`,
    String.raw`\/src\/quiz\/(QuizView|quiz-engine|shuffle|answer-key|slots|icons|score-question|question-ui-set)\.tsx?$`,
    String.raw`\/src\/quiz\/quiz\.css$`,
    String.raw`\/src\/quiz\/screens\/[^/]+$`,
  ].join('|'),
);

const path = (id: string) => id.split('?')[0]!.replaceAll('\\', '/');

/** `question-answers` for the answers' modules, else undefined. */
export function answersChunkOf(id: string): string | undefined {
  const file = path(id);
  if (/\/src\/quiz\/(question-answers|answer-options)\.ts$/.test(file)) return 'question-answers';
  const typeFile = TYPE_FILE.exec(file);
  return typeFile && ANSWERS_FILE.test(typeFile[2]!) ? 'question-answers' : undefined;
}

/** `question-<type>` for a separate type's views, `LessonBody` for the rest of the lesson page, else undefined. */
export function lessonPageChunkOf(id: string): string | undefined {
  const file = path(id);
  const typeFile = TYPE_FILE.exec(file);
  if (typeFile) {
    const [, type, name] = typeFile;
    if (LOGIC_FILE.test(name!)) return undefined;
    return (SEPARATE_VIEW_TYPES as readonly string[]).includes(type!) ? `question-${type!}` : 'LessonBody';
  }
  return LESSON_PAGE.test(file) ? 'LessonBody' : undefined;
}
