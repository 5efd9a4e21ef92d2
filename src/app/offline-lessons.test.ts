import { lessonChanges } from './offline-lessons';

const base = 'https://course.example/learn/index.html';
const plan = {
  languages: {
    en: ['assets/lesson-intro-en-B.js', 'assets/texts-quiz-en-B.js'],
    es: ['assets/lesson-intro-es-B.js', 'assets/texts-quiz-es-B.js'],
  },
};
const url = (file: string) => `https://course.example/learn/${file}`;

test('a first visit stores every lesson file of the learner\'s language, beside the page', () => {
  expect(lessonChanges(plan, 'es', [], base)).toEqual({ add: [url('assets/lesson-intro-es-B.js'), url('assets/texts-quiz-es-B.js')], drop: [] });
});

test('only what is missing is fetched, and the other language stays stored', () => {
  const cached = [url('assets/lesson-intro-en-B.js'), url('assets/lesson-intro-es-B.js'), url('assets/texts-quiz-es-B.js')];
  expect(lessonChanges(plan, 'en', cached, base)).toEqual({ add: [url('assets/texts-quiz-en-B.js')], drop: [] });
});

test('a new version drops the lesson files of the earlier one', () => {
  const cached = [url('assets/lesson-intro-en-A.js'), url('assets/lesson-intro-en-B.js'), url('assets/texts-quiz-en-B.js')];
  expect(lessonChanges(plan, 'en', cached, base)).toEqual({ add: [], drop: [url('assets/lesson-intro-en-A.js')] });
});

test('a language the course does not list stores the course\'s own', () => {
  expect(lessonChanges(plan, 'fr', [], base).add).toEqual([url('assets/lesson-intro-en-B.js'), url('assets/texts-quiz-en-B.js')]);
});
