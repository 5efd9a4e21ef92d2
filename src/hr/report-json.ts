import type { ItemStats, LessonStats, ReportSummary } from './aggregate';
import type { LearnerRow } from './imported-record';
import type { CourseRef, FileProblem } from './read-record-file';
import { chosenLabels, lessonTitle, questionPrompt, type ReportLabels } from './report-labels';
import type { ReportFilter } from './report-query';

export const REPORT_FORMAT = 'customer-focus-hr-report';
export const REPORT_FORMAT_VERSION = 1;

export interface ReportContent {
  course: CourseRef;
  filter: ReportFilter;
  summary: ReportSummary;
  lessons: LessonStats[];
  items: ItemStats[];
  /** In the order the table shows them. */
  learners: LearnerRow[];
  /** Files not loaded, and files loaded from another course version. */
  problems: FileProblem[];
  otherVersionFiles: string[];
}

/**
 * The report as JSON: the same learners as the CSV plus the summary, the lesson scores and the item
 * analysis, with lesson titles and question prompts in the reader's language. Dates ISO 8601 (UTC);
 * rates 0–1; scores 0–100.
 */
export function reportToJson(content: ReportContent, labels: ReportLabels, generatedAt: Date): string {
  const report = {
    format: REPORT_FORMAT,
    formatVersion: REPORT_FORMAT_VERSION,
    generatedAt: generatedAt.toISOString(),
    course: content.course,
    filter: content.filter,
    summary: content.summary,
    lessons: content.lessons.map((lesson) => ({ ...lesson, title: lessonTitle(labels, lesson.slug) })),
    items: content.items.map(({ topWrong, ...item }) => ({
      ...item,
      prompt: questionPrompt(labels, item.questionId),
      rightFirstTimeRate: item.answered ? item.rightFirstTime / item.answered : undefined,
      ...(topWrong
        ? {
            topWrong: {
              chosen: chosenLabels(labels, item.questionId, topWrong.chosen).map((label, index) => ({ id: topWrong.chosen[index]!.id, label })),
              count: topWrong.count,
            },
          }
        : {}),
    })),
    learners: content.learners,
    files: { problems: content.problems, otherVersion: content.otherVersionFiles },
  };
  return `${JSON.stringify(report, null, 2)}\n`;
}
