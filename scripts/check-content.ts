/**
 * Checks every lesson, and the trainers' component gallery, against the
 * authoring contract without building.
 * Usage: npm run check:content            (exit 1 when a problem is found)
 */
import { resolve } from 'node:path';
import { byPlace, formatDiagnostic } from '../src/content/compile/diagnostic';
import { loadCourse, loadGallery } from '../src/content/compile/load-course';

const root = resolve(process.argv[2] ?? '.');
const { index, diagnostics: courseDiagnostics } = loadCourse(root);
const { gallery, diagnostics: galleryDiagnostics } = loadGallery(root);
const diagnostics = [...courseDiagnostics, ...galleryDiagnostics].sort(byPlace);

if (diagnostics.length) {
  for (const d of diagnostics) console.error(formatDiagnostic(d));
  console.error(`\n${diagnostics.length} problem${diagnostics.length === 1 ? '' : 's'} found. Fix them and run npm run check:content again.`);
  process.exit(1);
}
const lessons = index?.lessons ?? [];
const translations = lessons.reduce((n, l) => n + Object.keys(l.versions).length, 0);
const questions = lessons.reduce((n, l) => n + l.versions.en.quizzes.reduce((m, q) => m + q.questions.length, 0), 0);
const galleryFiles = Object.keys(gallery ?? {}).length;
console.log(
  `Content OK: ${lessons.length} lesson${lessons.length === 1 ? '' : 's'}, ${translations} language files, ${questions} questions; gallery: ${galleryFiles} language file${galleryFiles === 1 ? '' : 's'}.`,
);
