import type { CourseSpec, LessonSpec } from '../content/lesson-spec';
import { attemptScore, attemptsOf, lessonScore, lessonStatus } from '../progress/progress-selectors';
import type { AnswerRecord, ProgressState, QuizAttempt } from '../progress/progress-schema';
import { questionAnswerList } from '../quiz/question-answers';
import type { InputOf, SpecOf } from '../quiz/question-contract';
import type { QuestionInput, QuestionSpec, QuestionType, QuizSpec } from '../quiz/question-spec';
import { isCorrect } from '../quiz/score';
import {
  RECORD_FORMAT,
  RECORD_FORMAT_VERSION,
  type ChosenOption,
  type Learner,
  type RecordAnswer,
  type RecordAttempt,
  type RecordLesson,
  type RecordReflection,
  type UnsealedRecord,
} from './completion-record-schema';
import { attemptPercent, courseStatus, passMarkOf } from '../progress/course-status';
import { recordIdOf, type RecordContent } from './record-id';

export interface RecordOptions {
  /** Reflections are private: they go into the record only when the learner asks. */
  includeReflections: boolean;
}

export interface RecordSources {
  progress: ProgressState;
  course: CourseSpec;
  /** Every lesson in course order, in the record's language. */
  lessons: readonly LessonSpec[];
  language: string;
  learner: Learner;
  app: { name: string; version: string };
}

type Describe<K extends QuestionType> = (spec: SpecOf<K>, input: InputOf<K>) => ChosenOption[];

/** What the learner chose, per question type, with labels from the spec (each type's `describeAnswer`). */
export const answerDescribers: { [K in QuestionType]: Describe<K> } = Object.fromEntries(
  questionAnswerList.map((answers) => [answers.type, answers.describeAnswer]),
) as { [K in QuestionType]: Describe<K> };

const describeAs = <K extends QuestionType>(type: K, spec: SpecOf<K>, input: InputOf<K>) => answerDescribers[type](spec, input);

/** Empty when the question is no longer in the course (or changed type): there is nothing to name. */
function chosenOptions(spec: QuestionSpec | undefined, input: QuestionInput): ChosenOption[] {
  if (!spec || spec.type !== input.type) return [];
  return describeAs(spec.type, spec, input as InputOf<typeof spec.type>);
}

function recordAnswer(quiz: QuizSpec, questionId: string, answer: AnswerRecord): RecordAnswer {
  const spec = quiz.questions.find((question) => question.id === questionId);
  return {
    questionId,
    questionType: spec?.type ?? answer.input.type,
    chosen: chosenOptions(spec, answer.input),
    correct: isCorrect({ type: 'points', earned: answer.earned, total: answer.total }),
    earned: answer.earned,
    total: answer.total,
    checkedAt: answer.checkedAt,
  };
}

function recordAttempt(quiz: QuizSpec, attempt: QuizAttempt, number: number, passMark: number | undefined): RecordAttempt {
  const { earned, total, percent: scored } = attemptScore(attempt);
  const finished = attempt.finishedAt !== undefined;
  return {
    id: attempt.id,
    quizId: quiz.id,
    lessonSlug: attempt.lessonSlug,
    number,
    startedAt: attempt.startedAt,
    ...(finished ? { finishedAt: attempt.finishedAt } : {}),
    questionCount: attempt.questionIds.length,
    score: { earned, total, percent: scored },
    ...(passMark !== undefined ? { passMark } : {}),
    ...(passMark !== undefined && finished ? { passed: attemptPercent(attempt) >= passMark } : {}),
    answers: attempt.questionIds.flatMap((questionId) => {
      const answer = attempt.answers[questionId];
      return answer ? [recordAnswer(quiz, questionId, answer)] : [];
    }),
  };
}

/** The quiz's pass mark; on the assessment, the course's when the quiz sets none. */
const effectivePassMark = (lesson: LessonSpec, quiz: QuizSpec, coursePassMark: number): number | undefined =>
  lesson.kind === 'assessment' ? passMarkOf(quiz, coursePassMark) : quiz.passMark;

const courseTitle = (course: CourseSpec, language: string): string =>
  (course.title as Partial<Record<string, string>>)[language] ?? course.title.en;

/**
 * The completion record of one learner, without its digest (see `sealRecord`). Pure: the caller
 * passes the clock. The record id comes from the content (`recordIdOf`), never from the clock.
 */
export function buildRecord(sources: RecordSources, options: RecordOptions, now: Date): UnsealedRecord {
  const { progress, course, lessons, language, learner, app } = sources;
  const status = courseStatus(progress, lessons, course.passMark);

  const recordLessons = lessons.map((lesson): RecordLesson => {
    const saved = progress.lessons[lesson.slug];
    const bestScore = lessonScore(progress, lesson);
    const isAssessment = lesson.kind === 'assessment' && lesson.slug === status.assessment?.slug;
    return {
      slug: lesson.slug,
      title: lesson.title,
      kind: lesson.kind,
      status: lessonStatus(progress, lesson.slug),
      ...(saved ? { startedAt: saved.startedAt } : {}),
      ...(saved?.completedAt !== undefined ? { completedAt: saved.completedAt } : {}),
      timeSpentSeconds: Math.round((saved?.timeSpentMs ?? 0) / 1000),
      ...(bestScore !== undefined ? { bestScore } : {}),
      attempts: lesson.quizzes.reduce((sum, quiz) => sum + attemptsOf(progress, quiz.id).length, 0),
      ...(isAssessment ? { passMark: status.assessment!.passMark, passed: status.assessment!.passed } : {}),
    };
  });

  const attempts = lessons.flatMap((lesson) =>
    lesson.quizzes.flatMap((quiz) =>
      attemptsOf(progress, quiz.id).map((attempt, index) =>
        recordAttempt(quiz, attempt, index + 1, effectivePassMark(lesson, quiz, course.passMark)),
      ),
    ),
  );

  const reflections = lessons.flatMap((lesson) =>
    lesson.reflections.flatMap((reflection): RecordReflection[] => {
      const saved = progress.reflections[reflection.id];
      return saved && saved.text.trim() !== ''
        ? [{ id: reflection.id, lessonSlug: lesson.slug, prompt: reflection.prompt, text: saved.text, updatedAt: saved.updatedAt }]
        : [];
    }),
  );

  const content: RecordContent = {
    format: RECORD_FORMAT,
    formatVersion: RECORD_FORMAT_VERSION,
    createdAt: now.toISOString(),
    language,
    app: { name: app.name, version: app.version },
    course: { id: course.id, version: course.version, title: courseTitle(course, language) },
    learner: {
      name: learner.name,
      employeeId: learner.employeeId,
      ...(learner.email ? { email: learner.email } : {}),
    },
    status: status.status,
    ...(status.completedAt !== undefined ? { completedAt: status.completedAt } : {}),
    ...(status.finalScore !== undefined ? { finalScore: status.finalScore } : {}),
    ...(status.passed !== undefined ? { passed: status.passed } : {}),
    lessons: recordLessons,
    attempts,
    ...(options.includeReflections ? { reflections } : {}),
  };
  return { recordId: recordIdOf(content), ...content };
}
