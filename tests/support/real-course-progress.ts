import { resolve } from 'node:path';
import { loadCourse } from '../../src/content/compile/load-course';
import type { LessonSpec } from '../../src/content/lesson-spec';
import type { ProgressState, QuizAttempt } from '../../src/progress/progress-schema';
import { questionAnswers, type QuestionAnswersRegistry } from '../../src/quiz/question-answers';
import type { QuestionInput, QuestionSpec } from '../../src/quiz/question-spec';
import type { Score } from '../../src/quiz/score';
import { trackingContextOf } from '../../src/tracking/tracking-context';

/*
 * The real course (content/), and progress in which the learner has done everything: every lesson
 * completed, every quiz attempted twice (first with a wrong answer where the type has one, then
 * right), so statements can be built for every event kind and question type the course has.
 */

const { index } = loadCourse(resolve(__dirname, '../..'));
if (!index) throw new Error('content/ does not load');
export const realCourse = index.course;
export const realLessons = (locale: 'en' | 'es' = 'en'): LessonSpec[] =>
  index.lessons.map((lesson) => lesson.versions[locale] ?? lesson.versions.en);

export const realContext = (locale: 'en' | 'es' = 'en') => trackingContextOf(realCourse, realLessons(locale), locale, '9.9.9');

type Loose = {
  correctInput: (spec: QuestionSpec) => QuestionInput;
  mistakes: (spec: QuestionSpec) => QuestionInput[];
  score: (spec: QuestionSpec, input: QuestionInput) => Score;
};
const answersFor = (spec: QuestionSpec): Loose => (questionAnswers as QuestionAnswersRegistry)[spec.type] as unknown as Loose;

const time = (minute: number) => new Date(Date.UTC(2026, 0, 5, 9, minute)).toISOString();

function attempt(lessonSlug: string, quizId: string, questions: readonly QuestionSpec[], number: number, minute: number, wrong: boolean): QuizAttempt {
  const answers: QuizAttempt['answers'] = {};
  questions.forEach((spec, i) => {
    const answer = answersFor(spec);
    const input = (wrong ? answer.mistakes(spec)[0] : undefined) ?? answer.correctInput(spec);
    const score = answer.score(spec, input);
    const points = score.type === 'points' ? score : { earned: 0, total: 1 };
    answers[spec.id] = { input, earned: points.earned, total: points.total, checkedAt: time(minute + i) };
  });
  return {
    id: `${quizId}-attempt-${number}`,
    lessonSlug,
    startedAt: time(minute),
    finishedAt: time(minute + questions.length),
    seed: number,
    questionIds: questions.map((spec) => spec.id),
    position: questions.length,
    drafts: {},
    answers,
  };
}

export function everythingDone(locale: 'en' | 'es' = 'en'): ProgressState {
  const state: ProgressState = { lessons: {}, quizzes: {}, reflections: {} };
  let minute = 0;
  for (const lesson of realLessons(locale)) {
    const startedAt = time(minute);
    for (const quiz of lesson.quizzes) {
      const first = attempt(lesson.slug, quiz.id, quiz.questions, 1, minute + 1, true);
      const second = attempt(lesson.slug, quiz.id, quiz.questions, 2, minute + 2 + quiz.questions.length, false);
      state.quizzes[quiz.id] = { attempts: [first, second] };
      minute += 2 * quiz.questions.length + 4;
    }
    minute += 5;
    state.lessons[lesson.slug] = { startedAt, completedAt: time(minute), timeSpentMs: 61_500 * (minute % 7 + 1), lastVisitedAt: time(minute) };
  }
  return state;
}
