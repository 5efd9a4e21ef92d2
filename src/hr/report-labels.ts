import type { ChosenOption } from '../records/completion-record-schema';

/**
 * Lesson titles, question prompts and option labels in the reader's language, from the course.
 * Records carry labels in their own language; these replace them where the course knows the id.
 */
export interface ReportLabels {
  lessons: Record<string, string>;
  questions: Record<string, { prompt: string; options: Record<string, string> }>;
}

const own = <T>(map: Record<string, T>, key: string): T | undefined => (Object.hasOwn(map, key) ? map[key] : undefined);

export const lessonTitle = (labels: ReportLabels, slug: string): string => own(labels.lessons, slug) ?? slug;

export const questionPrompt = (labels: ReportLabels, questionId: string): string | undefined => own(labels.questions, questionId)?.prompt;

/** What the learner chose: each option's label in the reader's language, else the record's, else its id. */
export function chosenLabels(labels: ReportLabels, questionId: string, chosen: readonly ChosenOption[]): string[] {
  const options = own(labels.questions, questionId)?.options ?? {};
  return chosen.map((option) => own(options, option.id) ?? option.label ?? option.id);
}
