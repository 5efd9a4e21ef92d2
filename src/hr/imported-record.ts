import type { ChosenOption, CompletionRecord } from '../records/completion-record-schema';
import type { CourseStatusValue } from '../progress/course-status-values';
import { finishedAttemptsByLesson } from '../records/record-attempts';

export interface LessonResult {
  slug: string;
  status: CourseStatusValue;
  /** The lesson's best score; absent before a finished attempt or for a lesson without questions. */
  score?: number;
}

/** One learner as the report shows and exports them: what the table, the summary and the CSV need. */
export interface LearnerRow {
  /** The file the record came from. */
  file: string;
  recordId: string;
  createdAt: string;
  employeeId: string;
  name: string;
  email?: string;
  courseId: string;
  courseTitle: string;
  courseVersion: string;
  language: string;
  status: CourseStatusValue;
  finalScore?: number;
  passed?: boolean;
  completedAt?: string;
  /** Lessons of kind `lesson` completed, and how many there are. */
  lessonsCompleted: number;
  lessonsTotal: number;
  timeSpentSeconds: number;
  /** Finished attempts at the final assessment (one started and not finished is not counted). */
  assessmentAttempts: number;
  /** Every lesson of the record, in its course order. */
  lessons: LessonResult[];
}

/** The learner's first checked answer to one question: their answer in the first attempt that showed it. */
export interface FirstAnswer {
  questionId: string;
  lessonSlug: string;
  questionType: string;
  correct: boolean;
  chosen: ChosenOption[];
}

/**
 * What the report keeps of a verified record. The full record (every attempt, reflections) is not
 * needed once checked, so 20,000 of these stay small.
 */
export interface ImportedRecord {
  row: LearnerRow;
  firstAnswers: FirstAnswer[];
  /** Same course, another version than the app's. */
  otherVersion: boolean;
}

function firstAnswers(record: CompletionRecord): FirstAnswer[] {
  const first = new Map<string, { answer: FirstAnswer; number: number; checkedAt: string }>();
  for (const attempt of record.attempts) {
    for (const answer of attempt.answers) {
      const seen = first.get(answer.questionId);
      if (seen && (seen.number < attempt.number || (seen.number === attempt.number && seen.checkedAt <= answer.checkedAt))) continue;
      first.set(answer.questionId, {
        number: attempt.number,
        checkedAt: answer.checkedAt,
        answer: {
          questionId: answer.questionId,
          lessonSlug: attempt.lessonSlug,
          questionType: answer.questionType,
          correct: answer.correct,
          chosen: answer.chosen,
        },
      });
    }
  }
  return [...first.values()].map((entry) => entry.answer);
}

export function importRecord(record: CompletionRecord, file: string, otherVersion: boolean): ImportedRecord {
  const taught = record.lessons.filter((lesson) => lesson.kind === 'lesson');
  const attempts = finishedAttemptsByLesson(record);
  const { learner, course } = record;
  const row: LearnerRow = {
    file,
    recordId: record.recordId,
    createdAt: record.createdAt,
    employeeId: learner.employeeId,
    name: learner.name,
    ...(learner.email !== undefined ? { email: learner.email } : {}),
    courseId: course.id,
    courseTitle: course.title,
    courseVersion: course.version,
    language: record.language,
    status: record.status,
    ...(record.finalScore !== undefined ? { finalScore: record.finalScore } : {}),
    // A learner who never finished an assessment attempt has not failed it: no verdict yet.
    ...(record.passed !== undefined && record.finalScore !== undefined ? { passed: record.passed } : {}),
    ...(record.completedAt !== undefined ? { completedAt: record.completedAt } : {}),
    lessonsCompleted: taught.filter((lesson) => lesson.status === 'completed').length,
    lessonsTotal: taught.length,
    timeSpentSeconds: record.lessons.reduce((sum, lesson) => sum + lesson.timeSpentSeconds, 0),
    assessmentAttempts: record.lessons.reduce((sum, lesson) => sum + (lesson.kind === 'assessment' ? (attempts.get(lesson.slug) ?? 0) : 0), 0),
    lessons: record.lessons.map((lesson) => {
      // A learner can pass the assessment without pressing "Finish" on its page: passing completes it.
      const status = lesson.kind === 'assessment' && lesson.passed ? 'completed' : lesson.status;
      return lesson.bestScore === undefined ? { slug: lesson.slug, status } : { slug: lesson.slug, status, score: lesson.bestScore };
    }),
  };
  return { row, firstAnswers: firstAnswers(record), otherVersion };
}
