import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { failingBudgets, LIMITS, measureBudgets, staticClosure } from './budgets';

/** A built app in a temporary folder: its chunk graph, its files (random bytes, so gzip cannot shrink them) and its service worker. */
function fakeBuild(sizes: Record<string, number>, manifest: object, precache: string[]) {
  const dist = mkdtempSync(join(tmpdir(), 'budgets-'));
  mkdirSync(join(dist, 'assets'));
  mkdirSync(join(dist, '.vite'));
  for (const [file, bytes] of Object.entries(sizes)) writeFileSync(join(dist, file), randomBytes(bytes));
  writeFileSync(join(dist, 'index.html'), '<!doctype html>');
  writeFileSync(join(dist, '.vite', 'manifest.json'), JSON.stringify(manifest));
  writeFileSync(join(dist, 'sw.js'), precache.map((url) => `{url:"${url}",revision:null}`).join(','));
  return dist;
}

const manifest = {
  'index.html': { file: 'assets/index.js', isEntry: true, imports: ['_react.js'], dynamicImports: ['src/app/LessonPage.tsx'] },
  '_react.js': { file: 'assets/react.js' },
  'src/app/tracking-launch.ts': { file: 'assets/tracking-launch.js', imports: ['_react.js'] },
  'src/progress/progress-migrations.ts': { file: 'assets/progress-migrations.js' },
  'src/i18n/locales/en/quiz.json': { file: 'assets/texts-quiz-en.js', src: 'src/i18n/locales/en/quiz.json' },
  'src/app/LessonPage.tsx': { file: 'assets/LessonPage.js', imports: ['_react.js', 'index.html'], css: ['assets/LessonPage.css'] },
  // A lesson version's body and questions: one chunk, named after it (vite.config.ts).
  '_lesson-intro-en.js': { file: 'assets/lesson-intro-en.js', name: 'lesson-intro-en', imports: ['_react.js'] },
  'src/hr/HrPage.tsx': { file: 'assets/HrPage.js' },
};

const KB = 1024;

test('a chunk needs itself, its static imports and their CSS, each once, and never what it imports on demand', () => {
  expect([...staticClosure(manifest, ['src/app/LessonPage.tsx'])].sort()).toEqual(
    ['assets/LessonPage.css', 'assets/LessonPage.js', 'assets/index.js', 'assets/react.js'].sort(),
  );
});

test('a build within its budgets breaks none; one too big names the budget, the bytes over and the files behind it', () => {
  const small = {
    'assets/index.js': 30 * KB,
    'assets/react.js': 40 * KB,
    'assets/tracking-launch.js': 2 * KB,
    'assets/progress-migrations.js': 3 * KB,
    'assets/texts-quiz-en.js': 1 * KB,
    'assets/LessonPage.js': 4 * KB,
    'assets/LessonPage.css': 1 * KB,
    'assets/lesson-intro-en.js': 5 * KB,
    'assets/HrPage.js': 150 * KB,
  };
  const learnerPrecache = ['index.html', ...Object.keys(small).filter((f) => !f.includes('HrPage'))];
  const within = measureBudgets(fakeBuild(small, manifest, learnerPrecache), 100 * KB);
  expect(within.budgets.filter((b) => b.bytes > b.limit)).toEqual([]);

  // The same build, its precache now holding the HR page too, and a lesson grown past its own budget.
  const big = measureBudgets(fakeBuild({ ...small, 'assets/lesson-intro-en.js': 9 * KB }, manifest, [...learnerPrecache, 'assets/HrPage.js']), 100 * KB);
  const broken = big.budgets.filter((b) => b.bytes > b.limit).map((b) => b.name);
  expect(broken).toEqual(['intro (en): its own chunks', 'intro (en): a first visit straight to it, offline precache included']);
  const visit = big.budgets.find((b) => b.name.startsWith('intro (en): a first visit'))!;
  expect(visit.files[0]!.file).toBe('assets/HrPage.js');
  expect(visit.limit).toBe(LIMITS.firstVisit);
});

test('a first visit counts the service worker, its precache and the lessons stored for the learner\'s language, not the other language\'s', () => {
  const sizes = {
    'assets/index.js': 30 * KB,
    'assets/react.js': 40 * KB,
    'assets/tracking-launch.js': 2 * KB,
    'assets/progress-migrations.js': 3 * KB,
    'assets/texts-quiz-en.js': 1 * KB,
    'assets/LessonPage.js': 4 * KB,
    'assets/LessonPage.css': 1 * KB,
    'assets/lesson-intro-en.js': 5 * KB,
    'assets/lesson-outro-en.js': 5 * KB,
    'assets/lesson-outro-es.js': 50 * KB,
    'assets/HrPage.js': 150 * KB,
    'workbox-abc.js': 6 * KB,
  };
  const dist = fakeBuild(sizes, manifest, ['index.html', 'assets/index.js', 'assets/react.js', 'assets/LessonPage.js']);
  writeFileSync(join(dist, 'offline-lessons.json'), JSON.stringify({ languages: { en: ['assets/lesson-intro-en.js', 'assets/lesson-outro-en.js'], es: ['assets/lesson-outro-es.js'] } }));
  const visit = measureBudgets(dist, 100 * KB).budgets.find((b) => b.name.startsWith('intro (en): a first visit'))!;
  expect(visit.files.map((f) => f.file).sort()).toEqual(
    [
      'assets/index.js',
      'assets/react.js',
      'assets/tracking-launch.js',
      'assets/progress-migrations.js',
      'assets/texts-quiz-en.js',
      'assets/LessonPage.js',
      'assets/LessonPage.css',
      'assets/lesson-intro-en.js',
      'assets/lesson-outro-en.js',
      'sw.js',
      'workbox-abc.js',
    ].sort(),
  );
});

test('CI fails on a broken budget, and on one not met yet only once it grows past the figure it is held at', () => {
  const budget = (name: string, bytes: number, limit = 10 * KB) => ({ name, bytes, limit, files: [] });
  const held = [{ budget: /^first page/, ceiling: 12 * KB }];
  const within = budget('intro (en): its own chunks', 8 * KB);
  const heldAtItsFigure = budget('first page', 11.5 * KB);
  expect(failingBudgets([within, heldAtItsFigure], held)).toEqual([]);

  const grown = budget('first page', 12.5 * KB);
  const brokenElsewhere = budget('intro (en): its own chunks', 10.1 * KB);
  expect(failingBudgets([grown, brokenElsewhere, within], held)).toEqual([grown, brokenElsewhere]);
});

test('the lesson studio is reported apart: its page beyond the first page, the lesson files it loads, and its checker worker', () => {
  const studio = {
    ...manifest,
    'index.html': { ...manifest['index.html'], dynamicImports: [...manifest['index.html'].dynamicImports, 'src/app/StudioPage.tsx'] },
    'src/app/StudioPage.tsx': {
      file: 'assets/StudioPage.js',
      imports: ['_react.js'],
      assets: ['assets/check-worker-abc.js'],
      dynamicImports: ['content/lessons/intro/en.mdx?raw', 'src/i18n/locales/en/studio.json'],
    },
    'content/lessons/intro/en.mdx?raw': { file: 'assets/en-raw.js' },
    'src/i18n/locales/en/studio.json': { file: 'assets/studio-en.js' },
  };
  const sizes = {
    ...Object.fromEntries(Object.values(manifest).flatMap((chunk) => [chunk.file, ...('css' in chunk ? chunk.css : [])]).map((file) => [file, 1 * KB])),
    'assets/StudioPage.js': 20 * KB,
    'assets/check-worker-abc.js': 100 * KB,
    'assets/en-raw.js': 5 * KB,
    'assets/studio-en.js': 1 * KB,
  };
  const { reported } = measureBudgets(fakeBuild(sizes, studio, ['index.html']), 100 * KB);
  expect(reported.map((r) => r.files.map((f) => f.file).sort())).toEqual([
    ['assets/StudioPage.js', 'assets/studio-en.js'],
    ['assets/en-raw.js'],
    ['assets/check-worker-abc.js'],
  ]);
  expect(reported[2]!.bytes).toBeGreaterThan(99 * KB);
});
