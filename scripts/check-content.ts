/**
 * Checks every lesson against the authoring contract without building.
 * Usage: npm run check:content            (exit 1 when a problem is found)
 */
import { resolve } from 'node:path';
import { formatDiagnostic } from '../src/content/build/diagnostic';
import { loadCourse } from '../src/content/build/load-course';

const root = resolve(process.argv[2] ?? '.');
const { index, diagnostics } = loadCourse(root);

if (diagnostics.length) {
  for (const d of diagnostics) console.error(formatDiagnostic(d));
  console.error(`\n${diagnostics.length} problem${diagnostics.length === 1 ? '' : 's'} found. Fix them and run npm run check:content again.`);
  process.exit(1);
}
const lessons = index?.lessons ?? [];
const translations = lessons.reduce((n, l) => n + Object.keys(l.versions).length, 0);
const questions = lessons.reduce((n, l) => n + l.versions.en.quizzes.reduce((m, q) => m + q.questions.length, 0), 0);
console.log(`Content OK: ${lessons.length} lesson${lessons.length === 1 ? '' : 's'}, ${translations} language files, ${questions} questions.`);
