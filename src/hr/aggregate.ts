import type { ChosenOption } from '../records/completion-record-schema';
import type { CourseStatusValue } from '../progress/course-status-values';
import type { ImportedRecord, LearnerRow } from './imported-record';

export interface ReportSummary {
  learners: number;
  byStatus: Record<CourseStatusValue, number>;
  /** Completed learners over all learners (0–1); absent with no learner. */
  completionRate?: number;
  /** Learners with a finished final assessment attempt, and how many of them passed. */
  assessed: number;
  passed: number;
  /** Passed over assessed (0–1); absent when nobody finished the assessment. */
  passRate?: number;
  /** Over the learners with a final score, to one decimal. */
  scored: number;
  averageScore?: number;
  medianScore?: number;
  /** Over the learners who started, in seconds. */
  averageTimeSeconds?: number;
}

export interface LessonStats {
  slug: string;
  /** Learners with a score in this lesson. */
  scored: number;
  averageScore?: number;
  medianScore?: number;
  /** Learners who completed the lesson. */
  completed: number;
}

export interface ItemStats {
  questionId: string;
  lessonSlug: string;
  questionType: string;
  /** Learners who answered the question at least once. */
  answered: number;
  /** Learners whose first answer was right. */
  rightFirstTime: number;
  /** The wrong answer given most often on a first try, and by how many learners. */
  topWrong?: { chosen: ChosenOption[]; count: number };
}

const oneDecimal = (value: number) => Math.round(value * 10) / 10;

const mean = (values: readonly number[]): number | undefined =>
  values.length ? oneDecimal(values.reduce((sum, value) => sum + value, 0) / values.length) : undefined;

export function median(values: readonly number[]): number | undefined {
  if (!values.length) return undefined;
  const sorted = Float64Array.from(values).sort();
  const middle = sorted.length >> 1;
  return oneDecimal(sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2);
}

const rate = (part: number, whole: number) => (whole ? part / whole : undefined);

/**
 * The headline figures. Pass rate counts only learners who finished the assessment at least once
 * (they have a final score and a pass/fail); average time counts only learners who started.
 */
export function summarize(rows: readonly LearnerRow[]): ReportSummary {
  const byStatus: Record<CourseStatusValue, number> = { 'not-started': 0, 'in-progress': 0, completed: 0 };
  const scores: number[] = [];
  const times: number[] = [];
  let assessed = 0;
  let passed = 0;
  for (const row of rows) {
    byStatus[row.status] += 1;
    if (row.finalScore !== undefined) scores.push(row.finalScore);
    if (row.passed !== undefined && row.finalScore !== undefined) {
      assessed += 1;
      if (row.passed) passed += 1;
    }
    if (row.status !== 'not-started') times.push(row.timeSpentSeconds);
  }
  const averageTime = mean(times);
  return {
    learners: rows.length,
    byStatus,
    ...optional('completionRate', rate(byStatus.completed, rows.length)),
    assessed,
    passed,
    ...optional('passRate', rate(passed, assessed)),
    scored: scores.length,
    ...optional('averageScore', mean(scores)),
    ...optional('medianScore', median(scores)),
    ...optional('averageTimeSeconds', averageTime === undefined ? undefined : Math.round(averageTime)),
  };
}

function optional<K extends string>(key: K, value: number | undefined): { [P in K]?: number } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: number };
}

/** Score and completion per lesson, in the order of `slugs`. */
export function lessonStats(rows: readonly LearnerRow[], slugs: readonly string[]): LessonStats[] {
  const scores = new Map<string, number[]>(slugs.map((slug) => [slug, []]));
  const completed = new Map<string, number>(slugs.map((slug) => [slug, 0]));
  for (const row of rows) {
    for (const lesson of row.lessons) {
      if (lesson.score !== undefined) scores.get(lesson.slug)?.push(lesson.score);
      if (lesson.status === 'completed' && completed.has(lesson.slug)) completed.set(lesson.slug, completed.get(lesson.slug)! + 1);
    }
  }
  return slugs.map((slug) => {
    const values = scores.get(slug)!;
    return {
      slug,
      scored: values.length,
      ...optional('averageScore', mean(values)),
      ...optional('medianScore', median(values)),
      completed: completed.get(slug)!,
    };
  });
}

const answerKey = (chosen: readonly ChosenOption[]) => chosen.map((option) => option.id).join('\u0000');

/**
 * For each question: how many learners answered it, how many were right on their first try, and the
 * wrong answer most of the others gave (the same choice, or the same set or order of choices). Weak
 * questions have a low first-try share; a popular wrong answer points at a misconception. Questions
 * in the order first met.
 */
export function itemAnalysis(records: readonly ImportedRecord[]): ItemStats[] {
  const items = new Map<string, { stats: ItemStats; wrong: Map<string, { chosen: ChosenOption[]; count: number }> }>();
  for (const record of records) {
    for (const answer of record.firstAnswers) {
      let item = items.get(answer.questionId);
      if (!item) {
        item = {
          stats: { questionId: answer.questionId, lessonSlug: answer.lessonSlug, questionType: answer.questionType, answered: 0, rightFirstTime: 0 },
          wrong: new Map(),
        };
        items.set(answer.questionId, item);
      }
      item.stats.answered += 1;
      if (answer.correct) {
        item.stats.rightFirstTime += 1;
        continue;
      }
      const key = answerKey(answer.chosen);
      const wrong = item.wrong.get(key);
      if (wrong) wrong.count += 1;
      else item.wrong.set(key, { chosen: answer.chosen, count: 1 });
    }
  }
  return [...items.values()].map(({ stats, wrong }) => {
    let top: { key: string; chosen: ChosenOption[]; count: number } | undefined;
    for (const [key, entry] of wrong) {
      if (!top || entry.count > top.count || (entry.count === top.count && key < top.key)) top = { key, ...entry };
    }
    return top && top.chosen.length ? { ...stats, topWrong: { chosen: top.chosen, count: top.count } } : stats;
  });
}

/** The report's lessons: the course's, in course order, then any other lesson the records hold (another course version). */
export function reportLessonSlugs(courseSlugs: readonly string[], rows: readonly LearnerRow[]): string[] {
  const slugs = new Set(courseSlugs);
  for (const row of rows) for (const lesson of row.lessons) slugs.add(lesson.slug);
  return [...slugs];
}
