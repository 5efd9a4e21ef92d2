import { offlinePlan } from './offline-plan';

/** A course of two lessons, the second not translated, with the pages learners, HR, trainers and an LMS use. */
const manifest = {
  'index.html': {
    file: 'assets/index.js',
    isEntry: true,
    imports: ['_react.js'],
    css: ['assets/index.css'],
    dynamicImports: ['src/app/LessonPage.tsx', 'src/app/ProgressPage.tsx', 'src/hr/HrPage.tsx', 'src/app/GalleryPage.tsx', 'src/app/tracking-launch.ts'],
  },
  '_react.js': { file: 'assets/react.js' },
  '_LessonBody.js': { file: 'assets/LessonBody.js', imports: ['_react.js'], css: ['assets/LessonBody.css'] },
  '_callout.js': { file: 'assets/callout.js' },
  'src/app/LessonPage.tsx': { file: 'assets/LessonPage.js', imports: ['_LessonBody.js', 'index.html'] },
  'src/app/ProgressPage.tsx': { file: 'assets/ProgressPage.js', imports: ['_record-context.js'], css: ['assets/records.css'] },
  '_record-context.js': { file: 'assets/record-context.js', dynamicImports: ['src/records/record-csv.ts'] },
  'src/records/record-csv.ts': { file: 'assets/record-csv.js' },
  'src/app/tracking-launch.ts': { file: 'assets/tracking-launch.js', dynamicImports: ['src/tracking/scorm/scorm-adapter.ts', '_course-index.js'] },
  'src/tracking/scorm/scorm-adapter.ts': { file: 'assets/scorm-adapter.js' },
  '_course-index.js': { file: 'assets/course-index.js' },
  'src/hr/HrPage.tsx': { file: 'assets/HrPage.js', imports: ['_course-index.js'], assets: ['assets/import-worker.js'] },
  'src/app/GalleryPage.tsx': { file: 'assets/GalleryPage.js', dynamicImports: ['content/gallery/en.mdx'] },
  'content/gallery/en.mdx': { file: 'assets/gallery-en.js', imports: ['_LessonBody.js'] },
  // A lesson version's body and questions are one chunk, named after it (vite.config.ts).
  '_lesson-intro-en.js': { file: 'assets/lesson-intro-en.js', name: 'lesson-intro-en', imports: ['_react.js', '_callout.js'], assets: ['assets/map.png'] },
  '_lesson-intro-es.js': { file: 'assets/lesson-intro-es.js', name: 'lesson-intro-es', imports: ['_react.js'] },
  '_lesson-next-en.js': { file: 'assets/lesson-next-en.js', name: 'lesson-next-en', imports: ['_react.js'] },
};

const pages = ['src/app/LessonPage.tsx', 'src/app/ProgressPage.tsx', 'src/app/tracking-launch.ts'];

test('every device stores the first page and the learner\'s pages with what they and the lessons import, nothing else', () => {
  const { precache } = offlinePlan(manifest, 'en', pages);
  expect(precache).toEqual(
    [
      'assets/index.js',
      'assets/index.css',
      'assets/react.js',
      'assets/LessonPage.js',
      'assets/LessonBody.js',
      'assets/LessonBody.css',
      'assets/ProgressPage.js',
      'assets/records.css',
      'assets/record-context.js',
      'assets/tracking-launch.js',
      // Imported by lessons in any language.
      'assets/callout.js',
      'assets/map.png',
    ].sort(),
  );
  // Not the HR report and its worker, the gallery, an LMS adapter, the full course index, the CSV writer, or any lesson.
  expect(precache.filter((file) => /HrPage|import-worker|gallery|Gallery|scorm|course-index|record-csv|lesson-|questions-/.test(file))).toEqual([]);
});

test('each language stores its own lessons, and the English one where a lesson has no translation', () => {
  const { languages } = offlinePlan(manifest, 'en', pages);
  expect(languages).toEqual({
    en: ['assets/lesson-intro-en.js', 'assets/lesson-next-en.js'],
    es: ['assets/lesson-intro-es.js', 'assets/lesson-next-en.js'],
  });
});

test('a page the plan names that the build lacks is an error, not a page silently missing offline', () => {
  expect(() => offlinePlan(manifest, 'en', [...pages, 'src/app/CertificatePage.tsx'])).toThrow(/CertificatePage/);
});

test('the worker\'s registration is stored when the build has it (production builds only)', () => {
  const production = { ...manifest, 'src/app/offline-register.ts': { file: 'assets/offline-register.js', imports: ['index.html'] } };
  expect(offlinePlan(production, 'en', pages).precache).toContain('assets/offline-register.js');
  expect(offlinePlan(manifest, 'en', pages).precache.filter((file) => file.includes('offline-register'))).toEqual([]);
});
