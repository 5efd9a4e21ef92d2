/**
 * Prints each lesson's reading length against its stated duration, so trainers
 * can see whether "5 min" is honest: words of reading (outside the checks) at
 * about 200 words a minute, plus the checks at about 30 seconds per question.
 * Usage: npm run reading-time
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadCourse } from '../src/content/compile/load-course';
import { standaloneQuestionComponents } from '../src/quiz/question-parsers';

const WORDS_PER_MINUTE = 200;
const MINUTES_PER_QUESTION = 0.5;

/** A quiz, or a question that stands alone, with everything inside it. */
const checkBlock = new RegExp(`<(${['Quiz', ...standaloneQuestionComponents].join('|')})\\b[\\s\\S]*?<\\/\\1>`, 'g');

/** Words outside frontmatter and outside check components. */
export function readingWords(source: string): number {
  const body = source.replace(/^---[\s\S]*?\n---\n/, '');
  const prose = body.replace(checkBlock, ' ').replace(/<[^>]+>/g, ' ');
  return prose.match(/[\p{L}\p{N}’'-]+/gu)?.length ?? 0;
}

const root = resolve(process.argv[2] ?? '.');
const { index, diagnostics } = loadCourse(root);
if (!index) {
  console.error(`${diagnostics.length} content problem(s): run npm run check:content first.`);
  process.exit(1);
}
console.log('lesson'.padEnd(44), 'lang', 'words', 'checks', 'estimate', 'stated');
for (const { slug, versions } of index.lessons) {
  for (const [locale, spec] of Object.entries(versions)) {
    const words = readingWords(readFileSync(resolve(root, 'content/lessons', slug, `${locale}.mdx`), 'utf8'));
    const questions = spec.quizzes.reduce((n, q) => n + Math.min(q.draw ?? q.questions.length, q.questions.length), 0);
    const estimate = words / WORDS_PER_MINUTE + questions * MINUTES_PER_QUESTION;
    console.log(slug.padEnd(44), locale.padEnd(4), String(words).padStart(5), String(questions).padStart(6), `${estimate.toFixed(1)} min`.padStart(8), `${spec.duration} min`.padStart(6));
  }
}
