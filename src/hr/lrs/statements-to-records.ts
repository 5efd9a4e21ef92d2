import { z } from 'zod/mini';
import type { CourseSpec, LessonSpec } from '../../content/lesson-spec';
import { passMarkOf } from '../../progress/course-status';
import type { CourseStatusValue } from '../../progress/course-status-values';
import { questionCountOf } from '../../progress/progress-selectors';
import { percent } from '../../quiz/score';
import { EXTENSION, VERB, idFromIri } from '../../records/xapi-vocabulary';
import type { FirstAnswer, ImportedRecord, LearnerRow, LessonResult } from '../imported-record';
import { parseDuration } from './xapi-duration';

/*
 * The report's learners, read back from the statements the course sent to an LRS (docs/lms.md,
 * "xAPI statements"). Statements come in any order, some twice, and not all of them are ours to
 * trust: each is checked for the parts the report reads, and one that is unusable is counted with
 * its reason, never guessed at.
 */

/** Why a statement was left out. */
export type SkipReason =
  /** Not a statement: no id, verb or object. */
  | 'malformed'
  /** No actor the report can name an employee by. */
  | 'no-learner'
  | 'bad-timestamp'
  /** A score missing where the report needs one, or out of its range. */
  | 'bad-score'
  | 'bad-duration'
  /** An answer or finished attempt without the attempt it belongs to. */
  | 'no-attempt'
  /** A lesson, quiz or question the course does not have (another course version). */
  | 'unknown-activity';

export interface StatementsOutcome {
  /** One per learner, in the order each learner's first statement came. */
  records: ImportedRecord[];
  /** Statements read, counting each statement id once. */
  read: number;
  skipped: Partial<Record<SkipReason, number>>;
  /** Statements about another course (the LRS also returns those that only mention the course). */
  otherCourse: number;
}

export interface ReportCourse {
  spec: CourseSpec;
  /** Every lesson in course order (any language: only slugs, kinds, quizzes and question types are read). */
  lessons: readonly LessonSpec[];
}

const VOIDED = 'http://adlnet.gov/expapi/verbs/voided';

const activity = z.object({ id: z.string() });
/** xAPI allows one activity or a list in each context activity slot; LRSs usually answer a list. */
const activities = z.union([activity, z.array(activity)]);
const statementSchema = z.object({
  id: z.string().check(z.minLength(1)),
  actor: z.optional(z.unknown()),
  verb: z.object({ id: z.string() }),
  object: z.object({ id: z.string(), objectType: z.optional(z.string()) }),
  timestamp: z.optional(z.string()),
  result: z.optional(z.unknown()),
  context: z.optional(
    z.object({
      language: z.optional(z.string()),
      contextActivities: z.optional(z.object({ grouping: z.optional(activities), parent: z.optional(activities) })),
      extensions: z.optional(z.record(z.string(), z.unknown())),
    }),
  ),
});
type Statement = z.infer<typeof statementSchema>;

const account = z.object({ homePage: z.optional(z.string()), name: z.string().check(z.minLength(1)) });
const actorSchema = z.object({
  objectType: z.optional(z.string()),
  name: z.optional(z.string()),
  account: z.optional(account),
  mbox: z.optional(z.string()),
  openid: z.optional(z.string()),
  mbox_sha1sum: z.optional(z.string()),
});

const finite = z.number().check(z.refine(Number.isFinite));
const resultSchema = z.object({
  success: z.optional(z.boolean()),
  duration: z.optional(z.string()),
  score: z.optional(z.object({ raw: z.optional(finite), max: z.optional(finite), scaled: z.optional(finite) })),
});
type Result = z.infer<typeof resultSchema>;

interface Learner {
  employeeId: string;
  name: string;
  email?: string;
}

/** The employee the statement is about: account name, else the mailbox, else the OpenID. A group names no one. */
function learnerOf(actor: unknown): Learner | undefined {
  const parsed = actorSchema.safeParse(actor);
  if (!parsed.success || parsed.data.objectType === 'Group') return undefined;
  const { name, account: byAccount, mbox, openid, mbox_sha1sum } = parsed.data;
  const email = mbox?.replace(/^mailto:/i, '');
  const employeeId = byAccount?.name ?? email ?? openid ?? mbox_sha1sum;
  if (!employeeId?.trim()) return undefined;
  return { employeeId, name: name?.trim() || employeeId, ...(email && !byAccount ? { email } : {}) };
}

/** One learner, however the id was typed (the same rule as for record files). */
const learnerKey = (employeeId: string) => employeeId.normalize('NFKC').replace(/\s+/g, '').toUpperCase();

const list = (value: z.infer<typeof activities> | undefined) => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

interface Attempt {
  quizId: string;
  number: number;
  finished?: { at: string; percent: number; success?: boolean };
}

interface AnswerFact {
  questionId: string;
  quizId: string;
  attemptNumber: number;
  at: string;
  questionType?: string;
  correct: boolean;
  chosen: string[];
}

interface LessonFacts {
  startedAt?: string;
  completedAt?: string;
  seconds: number;
}

interface LearnerFacts {
  learner: Learner;
  lastAt: string;
  language?: string;
  courseVersion?: string;
  lessons: Map<string, LessonFacts>;
  attempts: Map<string, Attempt>;
  answers: AnswerFact[];
  course: { completedAt?: string; passed?: boolean; failed?: boolean; score?: number };
}

/** A fact one statement gives: applied to its learner once every statement is in and the voided ones are known. */
type Fact = (facts: LearnerFacts) => void;

type Read = { skip: SkipReason } | { fact: Fact } | { ignore: true };

const earliest = (a: string | undefined, b: string) => (a === undefined || Date.parse(b) < Date.parse(a) ? b : a);

const text = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);
const positiveInt = (value: unknown): number | undefined => (typeof value === 'number' && Number.isInteger(value) && value >= 1 ? value : undefined);

/**
 * Reads statements as they arrive, page by page, keeping only the facts the report needs, so a
 * large LRS never holds every statement in memory at once. `records()` gives the learners.
 */
export function createStatementReader(courseIri: string, course: ReportCourse) {
  const quizLesson = new Map<string, LessonSpec>();
  const questionQuiz = new Map<string, { quizId: string; type: string }>();
  for (const lesson of course.lessons) {
    for (const quiz of lesson.quizzes) {
      quizLesson.set(quiz.id, lesson);
      for (const question of quiz.questions) questionQuiz.set(question.id, { quizId: quiz.id, type: question.type });
    }
  }
  const lessonSlugs = new Set(course.lessons.map((lesson) => lesson.slug));
  const questionOrder = new Map([...questionQuiz.keys()].map((id, index) => [id, index]));

  const seen = new Set<string>();
  const voided = new Set<string>();
  /** Facts by learner key, each with the id of the statement that gave it (a later voiding statement can take it back). */
  const learners = new Map<string, { learner: Learner; lastAt: string; language?: string; courseVersion?: string; facts: Array<[string, Fact]> }>();
  const skipped: Partial<Record<SkipReason, number>> = {};
  let otherCourse = 0;

  const inCourse = (statement: Statement) =>
    statement.object.id === courseIri || list(statement.context?.contextActivities?.grouping).some((entry) => entry.id === courseIri);

  function readResult(statement: Statement): Result | undefined {
    const parsed = resultSchema.safeParse(statement.result ?? {});
    return parsed.success ? parsed.data : undefined;
  }

  function readCourse(statement: Statement, at: string): Read {
    const verb = statement.verb.id;
    if (verb !== VERB.completed && verb !== VERB.passed && verb !== VERB.failed) return { ignore: true };
    const result = readResult(statement);
    const scaled = result?.score?.scaled;
    if (!result || (scaled !== undefined && (scaled < 0 || scaled > 1))) return { skip: 'bad-score' };
    return {
      fact: ({ course: state }) => {
        if (scaled !== undefined) state.score = Math.round(scaled * 100);
        if (verb === VERB.failed) state.failed = true;
        else {
          state.completedAt = earliest(state.completedAt, at);
          if (verb === VERB.passed) state.passed = true;
        }
      },
    };
  }

  function readLesson(statement: Statement, slug: string, at: string): Read {
    if (!lessonSlugs.has(slug)) return { skip: 'unknown-activity' };
    const lessonOf = (facts: LearnerFacts) => {
      let lesson = facts.lessons.get(slug);
      if (!lesson) facts.lessons.set(slug, (lesson = { seconds: 0 }));
      return lesson;
    };
    if (statement.verb.id === VERB.experienced) return { fact: (facts) => void (lessonOf(facts).startedAt = earliest(lessonOf(facts).startedAt, at)) };
    if (statement.verb.id !== VERB.completed) return { ignore: true };
    const duration = readResult(statement)?.duration;
    const seconds = duration === undefined ? 0 : parseDuration(duration);
    if (seconds === undefined) return { skip: 'bad-duration' };
    return {
      fact: (facts) => {
        const lesson = lessonOf(facts);
        lesson.completedAt = earliest(lesson.completedAt, at);
        // Each completion says the time spent so far: the longest is the latest.
        lesson.seconds = Math.max(lesson.seconds, seconds);
      },
    };
  }

  function readAttempt(statement: Statement, quizId: string, at: string): Read {
    const verb = statement.verb.id;
    if (verb !== VERB.completed && verb !== VERB.passed && verb !== VERB.failed) return { ignore: true };
    if (!quizLesson.has(quizId)) return { skip: 'unknown-activity' };
    const extensions = statement.context?.extensions ?? {};
    const attemptId = text(extensions[EXTENSION.attemptId]);
    const number = positiveInt(extensions[EXTENSION.attemptNumber]);
    if (attemptId === undefined || number === undefined) return { skip: 'no-attempt' };
    const result = readResult(statement);
    const raw = result?.score?.raw;
    if (!result || raw === undefined || raw < 0 || raw > 100) return { skip: 'bad-score' };
    const success = verb === VERB.completed ? undefined : verb === VERB.passed;
    return {
      fact: (facts) => {
        const attempt = attemptOf(facts, attemptId, quizId, number);
        attempt.finished = { at, percent: raw, ...(success === undefined ? {} : { success }) };
      },
    };
  }

  function readAnswer(statement: Statement, questionId: string, at: string): Read {
    if (statement.verb.id !== VERB.answered) return { ignore: true };
    const known = questionQuiz.get(questionId);
    const parentQuiz = list(statement.context?.contextActivities?.parent)
      .map((entry) => idFromIri(courseIri, 'quiz', entry.id))
      .find((id) => id !== undefined);
    const quizId = parentQuiz ?? known?.quizId;
    if (!known || quizId === undefined || !quizLesson.has(quizId)) return { skip: 'unknown-activity' };
    const extensions = statement.context?.extensions ?? {};
    const attemptId = text(extensions[EXTENSION.attemptId]);
    const attemptNumber = positiveInt(extensions[EXTENSION.attemptNumber]);
    if (attemptId === undefined || attemptNumber === undefined) return { skip: 'no-attempt' };
    const result = readResult(statement);
    const score = result?.score;
    if (!result || (score && (score.raw === undefined || score.max === undefined || score.raw < 0 || score.max < score.raw))) return { skip: 'bad-score' };
    const correct = result.success ?? (score ? score.raw === score.max : undefined);
    if (correct === undefined) return { skip: 'bad-score' };
    const chosen = extensions[EXTENSION.chosen];
    if (chosen !== undefined && !(Array.isArray(chosen) && chosen.every((id) => typeof id === 'string'))) return { skip: 'malformed' };
    const questionType = text(extensions[EXTENSION.questionType]) ?? known.type;
    return {
      fact: (facts) => {
        attemptOf(facts, attemptId, quizId, attemptNumber);
        facts.answers.push({ questionId, quizId, attemptNumber, at, questionType, correct, chosen: chosen ?? [] });
      },
    };
  }

  function read(statement: Statement, at: string): Read {
    if (statement.object.id === courseIri) return readCourse(statement, at);
    const slug = idFromIri(courseIri, 'lesson', statement.object.id);
    if (slug !== undefined) return readLesson(statement, slug, at);
    const quizId = idFromIri(courseIri, 'quiz', statement.object.id);
    if (quizId !== undefined) return readAttempt(statement, quizId, at);
    const questionId = idFromIri(courseIri, 'question', statement.object.id);
    if (questionId !== undefined) return readAnswer(statement, questionId, at);
    return { skip: 'unknown-activity' };
  }

  const skip = (reason: SkipReason) => (skipped[reason] = (skipped[reason] ?? 0) + 1);

  function add(value: unknown) {
    const parsed = statementSchema.safeParse(value);
    if (!parsed.success) {
      skip('malformed');
      return;
    }
    const statement = parsed.data;
    if (seen.has(statement.id)) return;
    seen.add(statement.id);
    if (statement.verb.id === VOIDED) {
      if (statement.object.objectType === 'StatementRef') voided.add(statement.object.id);
      return;
    }
    if (!inCourse(statement)) {
      otherCourse += 1;
      return;
    }
    const learner = learnerOf(statement.actor);
    if (!learner) return void skip('no-learner');
    const at = statement.timestamp;
    if (at === undefined || Number.isNaN(Date.parse(at))) return void skip('bad-timestamp');
    const outcome = read(statement, at);
    if ('skip' in outcome) return void skip(outcome.skip);

    const key = learnerKey(learner.employeeId);
    let entry = learners.get(key);
    if (!entry) learners.set(key, (entry = { learner, lastAt: at, facts: [] }));
    // The newest statement names the learner, their language and the course version they took.
    if (Date.parse(at) >= Date.parse(entry.lastAt)) {
      entry.lastAt = at;
      entry.learner = learner;
      const extensions = statement.context?.extensions ?? {};
      entry.language = statement.context?.language ?? entry.language;
      entry.courseVersion = text(extensions[EXTENSION.courseVersion]) ?? entry.courseVersion;
    }
    if ('fact' in outcome) entry.facts.push([statement.id, outcome.fact]);
  }

  function records(file: string): StatementsOutcome {
    const built: ImportedRecord[] = [];
    for (const [key, entry] of learners) {
      const facts: LearnerFacts = {
        learner: entry.learner,
        lastAt: entry.lastAt,
        ...(entry.language === undefined ? {} : { language: entry.language }),
        ...(entry.courseVersion === undefined ? {} : { courseVersion: entry.courseVersion }),
        lessons: new Map(),
        attempts: new Map(),
        answers: [],
        course: {},
      };
      for (const [id, fact] of entry.facts) if (!voided.has(id)) fact(facts);
      built.push(toRecord(facts, `lrs:${courseIri}:${key}`, file, course, questionOrder));
    }
    return { records: built, read: seen.size, skipped: { ...skipped }, otherCourse };
  }

  return { add: (statements: readonly unknown[]) => statements.forEach(add), records };
}

function attemptOf(facts: LearnerFacts, attemptId: string, quizId: string, number: number): Attempt {
  let attempt = facts.attempts.get(attemptId);
  if (!attempt) facts.attempts.set(attemptId, (attempt = { quizId, number }));
  return attempt;
}

/** Statements in any order to one record per learner: see `createStatementReader`. */
export function statementsToRecords(statements: readonly unknown[], courseIri: string, course: ReportCourse, file: string): StatementsOutcome {
  const reader = createStatementReader(courseIri, course);
  reader.add(statements);
  return reader.records(file);
}

/** In course order, so the same statements in any order give the same record. */
function firstAnswers(facts: LearnerFacts, quizLesson: (quizId: string) => string, order: ReadonlyMap<string, number>): FirstAnswer[] {
  const first = new Map<string, AnswerFact>();
  for (const answer of facts.answers) {
    const seen = first.get(answer.questionId);
    if (seen && (seen.attemptNumber < answer.attemptNumber || (seen.attemptNumber === answer.attemptNumber && Date.parse(seen.at) <= Date.parse(answer.at)))) continue;
    first.set(answer.questionId, answer);
  }
  const position = (questionId: string) => order.get(questionId) ?? Number.MAX_SAFE_INTEGER;
  return [...first.values()].sort((a, b) => position(a.questionId) - position(b.questionId)).map((answer) => ({
    questionId: answer.questionId,
    lessonSlug: quizLesson(answer.quizId),
    questionType: answer.questionType ?? '',
    correct: answer.correct,
    chosen: answer.chosen.map((id) => ({ id })),
  }));
}

/** The course status rules of src/progress/course-status.ts, over what the statements tell. */
function toRecord(facts: LearnerFacts, recordId: string, file: string, course: ReportCourse, questionOrder: ReadonlyMap<string, number>): ImportedRecord {
  const { spec, lessons } = course;
  const finished = [...facts.attempts.entries()];
  const bestPercent = (quizId: string) =>
    finished.reduce<number | undefined>((best, [, attempt]) => (attempt.quizId === quizId && attempt.finished && (best === undefined || attempt.finished.percent > best) ? attempt.finished.percent : best), undefined);
  /** Like `lessonScore`: each quiz's best finished attempt, weighted by the questions it draws; undefined before any finished attempt. */
  const scoreOf = (quizzes: LessonSpec['quizzes']): number | undefined => {
    const best = quizzes.map((quiz) => ({ best: bestPercent(quiz.id), questions: questionCountOf(quiz) }));
    if (best.every((quiz) => quiz.best === undefined)) return undefined;
    if (best.length === 1) return best[0]!.best;
    const total = best.reduce((sum, quiz) => sum + quiz.questions, 0);
    return percent(best.reduce((sum, quiz) => sum + ((quiz.best ?? 0) / 100) * quiz.questions, 0), total);
  };
  /** When the quiz was first passed: a passed statement, or a score at its mark when the statement names no verdict. */
  const passedAt = (quizId: string, mark: number): string | undefined =>
    finished
      .flatMap(([, attempt]) => (attempt.quizId === quizId && attempt.finished && (attempt.finished.success ?? attempt.finished.percent >= mark) ? [attempt.finished.at] : []))
      .reduce<string | undefined>(earliest, undefined);

  const assessment = lessons.find((lesson) => lesson.kind === 'assessment');
  const assessmentPassedAt = assessment?.quizzes.map((quiz) => passedAt(quiz.id, passMarkOf(quiz, spec.passMark)));
  const assessmentPassed =
    assessment && (assessment.quizzes.length ? assessmentPassedAt!.every((at) => at !== undefined) : facts.lessons.get(assessment.slug)?.completedAt !== undefined);

  const results: LessonResult[] = lessons.map((lesson) => {
    const saved = facts.lessons.get(lesson.slug);
    const tried = finished.some(([, attempt]) => lesson.quizzes.some((quiz) => quiz.id === attempt.quizId));
    const done = saved?.completedAt !== undefined || (lesson === assessment && assessmentPassed === true);
    const status: CourseStatusValue = done ? 'completed' : saved || tried ? 'in-progress' : 'not-started';
    const score = scoreOf(lesson.quizzes);
    return score === undefined ? { slug: lesson.slug, status } : { slug: lesson.slug, status, score };
  });

  const taught = lessons.filter((lesson) => lesson.kind === 'lesson');
  const taughtDone = taught.every((lesson) => facts.lessons.get(lesson.slug)?.completedAt !== undefined);
  const reported = facts.course.completedAt !== undefined;
  const complete = reported || (lessons.length > 0 && taughtDone && (assessmentPassed ?? true));
  const started = facts.lessons.size > 0 || facts.attempts.size > 0;
  const status: CourseStatusValue = complete ? 'completed' : started ? 'in-progress' : 'not-started';
  const completedAt =
    facts.course.completedAt ??
    (complete
      ? [...taught.map((lesson) => facts.lessons.get(lesson.slug)?.completedAt), ...(assessmentPassedAt ?? [])].reduce<string | undefined>(
          (latest, at) => (at !== undefined && (latest === undefined || Date.parse(at) > Date.parse(latest)) ? at : latest),
          undefined,
        )
      : undefined);
  const finalScore = facts.course.score ?? (assessment ? scoreOf(assessment.quizzes) : scoreOf(lessons.flatMap((lesson) => lesson.quizzes)));
  const passed = facts.course.passed ? true : facts.course.failed && !assessmentPassed ? false : assessmentPassed;
  const assessmentQuizzes = new Set(assessment?.quizzes.map((quiz) => quiz.id));
  const language = facts.language ?? 'en';
  const version = facts.courseVersion ?? spec.version;
  const slugOfQuiz = (quizId: string) => lessons.find((lesson) => lesson.quizzes.some((quiz) => quiz.id === quizId))?.slug ?? '';

  const row: LearnerRow = {
    file,
    recordId,
    createdAt: facts.lastAt,
    employeeId: facts.learner.employeeId,
    name: facts.learner.name,
    ...(facts.learner.email === undefined ? {} : { email: facts.learner.email }),
    courseId: spec.id,
    courseTitle: (spec.title as Partial<Record<string, string>>)[language.split('-')[0]!] ?? spec.title.en,
    courseVersion: version,
    language,
    status,
    ...(finalScore === undefined ? {} : { finalScore }),
    // As for record files: no verdict before a finished assessment attempt.
    ...(passed === undefined || finalScore === undefined ? {} : { passed }),
    ...(completedAt === undefined ? {} : { completedAt }),
    lessonsCompleted: taught.filter((lesson) => facts.lessons.get(lesson.slug)?.completedAt !== undefined).length,
    lessonsTotal: taught.length,
    timeSpentSeconds: Math.round([...facts.lessons.values()].reduce((sum, lesson) => sum + lesson.seconds, 0)),
    assessmentAttempts: finished.filter(([, attempt]) => assessmentQuizzes.has(attempt.quizId)).length,
    lessons: results,
  };
  return { row, firstAnswers: firstAnswers(facts, slugOfQuiz, questionOrder), otherVersion: version !== spec.version };
}
