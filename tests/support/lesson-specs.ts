import type { LessonSpec } from '../../src/content/lesson-spec';
import type { QuizSpec } from '../../src/quiz/question-spec';

export function quizSpec(id: string, questionCount: number, extra: Partial<QuizSpec> = {}): QuizSpec {
  return {
    id,
    shuffle: false,
    questions: Array.from({ length: questionCount }, (_, index) => ({
      type: 'single-choice' as const,
      id: `q${index + 1}`,
      prompt: `Question ${index + 1}`,
      fixed: false,
      choices: [
        { id: 'a', label: 'Yes', correct: true },
        { id: 'b', label: 'No', correct: false },
      ],
    })),
    ...extra,
  };
}

export function lessonSpec(slug: string, quizzes: QuizSpec[] = []): LessonSpec {
  return {
    slug,
    locale: 'en',
    title: slug,
    summary: `About ${slug}`,
    duration: 5,
    order: 0,
    objectives: [],
    kind: 'lesson',
    quizzes,
    reflections: [],
  };
}
