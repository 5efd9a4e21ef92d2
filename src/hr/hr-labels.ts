import { lessonsIn } from '../content/course-index';
import type { Locale } from '../i18n/locales';
import { questionAnswers, type QuestionAnswersRegistry } from '../quiz/question-answers';
import type { SpecOf } from '../quiz/question-contract';
import type { QuestionType } from '../quiz/question-spec';
import type { ReportLabels } from './report-labels';

export interface CourseLabels extends ReportLabels {
  /** Each question's position in the course, to list questions in course order. */
  questionOrder: Map<string, number>;
}

const answers: QuestionAnswersRegistry = questionAnswers;

/** The question's prompt and the ids a record's `chosen` options use, with their labels in this language (docs/completion-record.md). */
function questionLabels<K extends QuestionType>(type: K, question: SpecOf<K>) {
  const { report } = answers[type];
  return { prompt: report.prompt(question), options: report.optionLabels(question) };
}

/** Lesson titles, question prompts and option labels of the course, in the reader's language. */
export function courseLabels(locale: Locale): CourseLabels {
  const labels: CourseLabels = { lessons: {}, questions: {}, questionOrder: new Map() };
  for (const { spec } of lessonsIn(locale)) {
    labels.lessons[spec.slug] = spec.title;
    for (const question of spec.quizzes.flatMap((quiz) => quiz.questions)) {
      labels.questions[question.id] = questionLabels(question.type, question);
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
