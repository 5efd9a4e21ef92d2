import type { CourseSpec, LessonSpec } from '../../src/content/lesson-spec';
import type { ProgressState, QuizAttempt } from '../../src/progress/progress-schema';
import type { QuizSpec } from '../../src/quiz/question-spec';

/** A small course for record tests: two lessons and a final assessment. */
export const course: CourseSpec = {
  id: 'customer-focus',
  version: '1.2.0',
  title: { en: 'Customer Focus', es: 'Orientación al cliente' },
  passMark: 80,
};

const choices = (locale: 'en' | 'es') => [
  { id: 'a', label: locale === 'en' ? 'Call back' : 'Devolver la llamada', correct: true },
  { id: 'b', label: locale === 'en' ? 'Wait' : 'Esperar', correct: false },
];

export function quiz(id: string, count: number, locale: 'en' | 'es' = 'en', extra: Partial<QuizSpec> = {}): QuizSpec {
  return {
    id,
    shuffle: false,
    questions: Array.from({ length: count }, (_, i) => ({
      type: 'single-choice' as const,
      id: `${id}-q${i + 1}`,
      prompt: `Question ${i + 1}`,
      fixed: false,
      choices: choices(locale),
    })),
    ...extra,
  };
}

export function lesson(slug: string, extra: Partial<LessonSpec> = {}): LessonSpec {
  return {
    slug,
    locale: 'en',
    title: `Title of ${slug}`,
    summary: `About ${slug}`,
    duration: 5,
    order: 1,
    objectives: [],
    kind: 'lesson',
    quizzes: [],
    reflections: [],
    ...extra,
  };
}

export const lessons = (locale: 'en' | 'es' = 'en'): LessonSpec[] => [
  lesson('one', { locale, title: locale === 'en' ? 'One' : 'Uno', quizzes: [quiz('q-one', 2, locale)], reflections: [{ id: 'r-one', prompt: locale === 'en' ? 'What will you change?' : '¿Qué cambiarás?' }] }),
  lesson('two', { locale, title: locale === 'en' ? 'Two' : 'Dos', order: 2, quizzes: [quiz('q-two', 1, locale)] }),
  lesson('final', { locale, title: locale === 'en' ? 'Final' : 'Final', order: 3, kind: 'assessment', quizzes: [quiz('q-final', 5, locale)] }),
];

export const at = (day: number, hour = 9, minute = 0): string => new Date(Date.UTC(2025, 2, day, hour, minute)).toISOString();

/** A finished (unless `finished: false`) attempt answering the first `right` questions right, the rest wrong. */
export function attempt(spec: QuizSpec, lessonSlug: string, right: number, day: number, options: { id?: string; finished?: boolean } = {}): QuizAttempt {
  const questionIds = spec.questions.map((q) => q.id);
  return {
    id: options.id ?? `${spec.id}-${day}`,
    lessonSlug,
    startedAt: at(day, 9),
    ...(options.finished === false ? {} : { finishedAt: at(day, 10) }),
    seed: 7,
    questionIds,
    position: 0,
    drafts: {},
    answers: Object.fromEntries(
      questionIds.map((id, i) => [
        id,
        { input: { type: 'single-choice' as const, selected: i < right ? 'a' : 'b' }, earned: i < right ? 1 : 0, total: 1, checkedAt: at(day, 9, i + 1) },
      ]),
    ),
  };
}

/** Both lessons completed; the assessment failed at 60% on the 10th and passed at 80% on the 12th. */
export function completedProgress(): ProgressState {
  const [one, two, final] = lessons();
  return {
    lessons: {
      one: { startedAt: at(3), completedAt: at(3, 11), timeSpentMs: 301_600, lastVisitedAt: at(3) },
      two: { startedAt: at(4), completedAt: at(4, 11), timeSpentMs: 90_000, lastVisitedAt: at(4) },
      final: { startedAt: at(10), timeSpentMs: 1_200_000, lastVisitedAt: at(12) },
    },
    quizzes: {
      'q-one': { attempts: [attempt(one!.quizzes[0]!, 'one', 1, 3, { id: 'one-a' }), attempt(one!.quizzes[0]!, 'one', 2, 3, { id: 'one-b' })] },
      'q-two': { attempts: [attempt(two!.quizzes[0]!, 'two', 1, 4)] },
      'q-final': { attempts: [attempt(final!.quizzes[0]!, 'final', 3, 10, { id: 'final-a' }), attempt(final!.quizzes[0]!, 'final', 4, 12, { id: 'final-b' })] },
    },
    reflections: { 'r-one': { text: 'Answer the same day.', updatedAt: at(3, 10) } },
  };
}
