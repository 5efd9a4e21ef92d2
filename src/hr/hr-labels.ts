import { lessonsIn } from '../content/course-index';
import type { Locale } from '../i18n/locales';
import type { QuestionSpec } from '../quiz/question-spec';
import type { ReportLabels } from './report-labels';

export interface CourseLabels extends ReportLabels {
  /** Each question's position in the course, to list questions in course order. */
  questionOrder: Map<string, number>;
}

/** The ids a record's `chosen` options use, with their labels in this language (docs/completion-record.md). */
function optionLabels(question: QuestionSpec): Record<string, string> {
  switch (question.type) {
    case 'single-choice':
    case 'multiple-choice':
      return Object.fromEntries(question.choices.map((choice) => [choice.id, choice.label]));
    case 'ordering':
      return Object.fromEntries(question.items.map((item) => [item.id, item.label]));
    case 'matching':
      return Object.fromEntries(
        question.pairs.flatMap((left) => question.pairs.map((right) => [`${left.id}:${right.id}`, `${left.left} → ${right.right}`])),
      );
    case 'scenario':
      return Object.fromEntries(question.steps.flatMap((step) => step.options.map((option) => [`${step.id}:${option.id}`, option.label])));
  }
}

const promptOf = (question: QuestionSpec): string => (question.type === 'scenario' ? (question.title ?? question.steps[0]?.text ?? question.id) : question.prompt);

/** Lesson titles, question prompts and option labels of the course, in the reader's language. */
export function courseLabels(locale: Locale): CourseLabels {
  const labels: CourseLabels = { lessons: {}, questions: {}, questionOrder: new Map() };
  for (const { spec } of lessonsIn(locale)) {
    labels.lessons[spec.slug] = spec.title;
    for (const question of spec.quizzes.flatMap((quiz) => quiz.questions)) {
      labels.questions[question.id] = { prompt: promptOf(question), options: optionLabels(question) };
      labels.questionOrder.set(question.id, labels.questionOrder.size);
    }
  }
  return labels;
}

/** The course's labels, plus the titles records of other course versions give to lessons the course no longer has. */
export function withRecordTitles(labels: CourseLabels, recordTitles: Readonly<Record<string, string>> = {}): CourseLabels {
  const missing = Object.entries(recordTitles).filter(([slug]) => !Object.hasOwn(labels.lessons, slug));
  return missing.length ? { ...labels, lessons: { ...labels.lessons, ...Object.fromEntries(missing) } } : labels;
}
