import validateStatement from '@learninglocker/xapi-validation';
import { course, lessonsIn } from '../../content/course-index';
import { questionCountOf } from '../../progress/progress-selectors';
import { percent } from '../../quiz/score';
import { EXTENSION, activityIri } from '../../records/xapi-vocabulary';
import { statementsFor, type FixtureLearner } from './statement-fixtures';
import { statementsToRecords, type ReportCourse } from './statements-to-records';

const COURSE_IRI = 'https://learning.example.com/courses/customer-focus';
const reportCourse: ReportCourse = { spec: course, lessons: lessonsIn('en').map((lesson) => lesson.spec) };
const taught = reportCourse.lessons.filter((lesson) => lesson.kind === 'lesson');
const assessment = reportCourse.lessons.find((lesson) => lesson.kind === 'assessment')!;
const finalQuiz = assessment.quizzes[0]!;

const ana: FixtureLearner = { employeeId: 'E-001', name: 'Ana Pérez' };
const ben: FixtureLearner = { employeeId: 'E-002', name: 'Ben Okafor' };

const at = (minute: number) => new Date(Date.UTC(2026, 2, 10, 9, minute)).toISOString();

/** Every lesson taken, each lesson's first quiz answered in one attempt, then the assessment failed once and passed. */
function completedCourse(learner: FixtureLearner, options: { courseStatement?: boolean; courseVersion?: string } = {}) {
  const s = statementsFor(learner, { courseIri: COURSE_IRI, language: 'es', ...(options.courseVersion ? { courseVersion: options.courseVersion } : {}) });
  const statements: unknown[] = [];
  taught.forEach((lesson, index) => {
    statements.push(s.lessonStarted(lesson.slug, at(index * 5)));
    for (const quiz of lesson.quizzes) {
      const attemptId = `${learner.employeeId}-${quiz.id}-1`;
      for (const question of quiz.questions) {
        statements.push(
          s.answered({ quizId: quiz.id, questionId: question.id, questionType: question.type, attemptId, attemptNumber: 1, correct: true, earned: 1, total: 1, chosen: ['a'], at: at(index * 5 + 1) }),
        );
      }
      statements.push(s.attemptFinished({ quizId: quiz.id, lessonSlug: lesson.slug, attemptId, attemptNumber: 1, percent: 100, at: at(index * 5 + 2) }));
    }
    statements.push(s.lessonCompleted(lesson.slug, at(index * 5 + 3), 300 + index));
  });
  const [first, second] = finalQuiz.questions;
  statements.push(s.lessonStarted(assessment.slug, at(40)));
  // First attempt: the first question wrong; second attempt: right.
  statements.push(
    s.answered({ quizId: finalQuiz.id, questionId: first!.id, questionType: first!.type, attemptId: 'fa-1', attemptNumber: 1, correct: false, earned: 0, total: 1, chosen: ['b'], at: at(41) }),
    s.answered({ quizId: finalQuiz.id, questionId: second!.id, questionType: second!.type, attemptId: 'fa-1', attemptNumber: 1, correct: true, earned: 1, total: 1, chosen: ['c'], at: at(42) }),
    s.attemptFinished({ quizId: finalQuiz.id, lessonSlug: assessment.slug, attemptId: 'fa-1', attemptNumber: 1, percent: 60, passed: false, at: at(43) }),
    s.answered({ quizId: finalQuiz.id, questionId: first!.id, questionType: first!.type, attemptId: 'fa-2', attemptNumber: 2, correct: true, earned: 1, total: 1, chosen: ['a'], at: at(44) }),
    s.attemptFinished({ quizId: finalQuiz.id, lessonSlug: assessment.slug, attemptId: 'fa-2', attemptNumber: 2, percent: 90, passed: true, at: at(45) }),
    s.lessonCompleted(assessment.slug, at(46), 1200),
  );
  if (options.courseStatement !== false) statements.push(s.course('completed', at(47), 90), s.course('passed', at(47), 90));
  return statements;
}

/** Two lessons done, the assessment tried once and failed. */
function inProgress(learner: FixtureLearner) {
  const s = statementsFor(learner, { courseIri: COURSE_IRI });
  const [one, two] = taught;
  return [
    s.lessonStarted(one!.slug, at(0)),
    s.lessonCompleted(one!.slug, at(4), 200),
    s.lessonStarted(two!.slug, at(5)),
    s.lessonCompleted(two!.slug, at(9), 250),
    s.lessonStarted(assessment.slug, at(10)),
    s.attemptFinished({ quizId: finalQuiz.id, lessonSlug: assessment.slug, attemptId: 'b-1', attemptNumber: 1, percent: 50, passed: false, at: at(12) }),
  ];
}

const read = (statements: readonly unknown[]) => statementsToRecords(statements, COURSE_IRI, reportCourse, 'https://lrs.example.com/xapi/');
const only = (statements: readonly unknown[]) => {
  const outcome = read(statements);
  expect(outcome.records).toHaveLength(1);
  return outcome.records[0]!;
};

describe('reading the report from LRS statements', () => {
  it('builds statements that are valid xAPI', () => {
    for (const statement of [...completedCourse(ana), ...inProgress(ben)]) expect(validateStatement(statement)).toEqual([]);
  });

  it('gives a learner who completed and passed the course, with the course score and completion date', () => {
    const { row, otherVersion } = only(completedCourse(ana));
    expect(otherVersion).toBe(false);
    expect(row).toMatchObject({
      file: 'https://lrs.example.com/xapi/',
      employeeId: 'E-001',
      name: 'Ana Pérez',
      courseId: course.id,
      courseTitle: course.title.es,
      courseVersion: course.version,
      language: 'es',
      status: 'completed',
      finalScore: 90,
      passed: true,
      completedAt: at(47),
      lessonsCompleted: taught.length,
      lessonsTotal: taught.length,
      timeSpentSeconds: taught.reduce((sum, _lesson, index) => sum + 300 + index, 0) + 1200,
      assessmentAttempts: 2,
      createdAt: at(47),
    });
    expect(row.lessons.map((lesson) => lesson.slug)).toEqual(reportCourse.lessons.map((lesson) => lesson.slug));
    expect(row.lessons.every((lesson) => lesson.status === 'completed')).toBe(true);
    expect(row.lessons.find((lesson) => lesson.slug === assessment.slug)?.score).toBe(90);
  });

  it('keeps each question’s answer in the first attempt that showed it', () => {
    const { firstAnswers } = only(completedCourse(ana));
    const first = firstAnswers.find((answer) => answer.questionId === finalQuiz.questions[0]!.id);
    expect(first).toEqual({
      questionId: finalQuiz.questions[0]!.id,
      lessonSlug: assessment.slug,
      questionType: finalQuiz.questions[0]!.type,
      correct: false,
      chosen: [{ id: 'b' }],
    });
    const answered = taught.flatMap((lesson) => lesson.quizzes.flatMap((quiz) => quiz.questions)).length + 2;
    expect(firstAnswers).toHaveLength(answered);
  });

  it('works out completion, its date and the score from the lessons and attempts when no course statement came', () => {
    const { row } = only(completedCourse(ana, { courseStatement: false }));
    expect(row).toMatchObject({ status: 'completed', finalScore: 90, passed: true });
    // The last of: each lesson completed, the assessment passed.
    expect(row.completedAt).toBe(at(45));
  });

  it('gives a learner in progress with their best assessment attempt as the score, and no pass', () => {
    const { row } = only(inProgress(ben));
    expect(row).toMatchObject({ status: 'in-progress', finalScore: 50, passed: false, lessonsCompleted: 2, timeSpentSeconds: 450, assessmentAttempts: 1 });
    expect(row).not.toHaveProperty('completedAt');
    expect(row.lessons.map((lesson) => lesson.status)).toEqual(['completed', 'completed', 'not-started', 'not-started', 'not-started', 'in-progress']);
  });

  it('weighs a lesson’s quizzes by the questions each draws', () => {
    const lesson = taught.find((candidate) => candidate.quizzes.length > 1)!;
    const [one, two] = lesson.quizzes;
    const s = statementsFor(ben, { courseIri: COURSE_IRI });
    const { row } = only([
      s.attemptFinished({ quizId: one!.id, lessonSlug: lesson.slug, attemptId: 'q1', attemptNumber: 1, percent: 100, at: at(1) }),
      s.attemptFinished({ quizId: two!.id, lessonSlug: lesson.slug, attemptId: 'q2', attemptNumber: 1, percent: 0, at: at(2) }),
    ]);
    const expected = percent(questionCountOf(one!), questionCountOf(one!) + questionCountOf(two!));
    expect(row.lessons.find((result) => result.slug === lesson.slug)?.score).toBe(expected);
  });

  it('gives one record per learner whatever the order, duplicates and case of the employee id', () => {
    const statements = [...completedCourse(ana), ...inProgress(ben)];
    const sorted = read(statements);
    const upper = statementsFor({ ...ana, employeeId: ' e-001' }, { courseIri: COURSE_IRI }).lessonStarted(taught[0]!.slug, at(0));
    const shuffled = read([...statements].reverse().concat(statements.slice(0, 10), [upper]));
    expect(shuffled.records.map((record) => record.row.employeeId).sort()).toEqual(['E-001', 'E-002']);
    const byId = (outcome: typeof sorted) => Object.fromEntries(outcome.records.map((record) => [record.row.employeeId, record]));
    expect(byId(shuffled)).toEqual(byId(sorted));
    expect(shuffled.read).toBe(statements.length + 1);
    expect(new Set(sorted.records.map((record) => record.row.recordId)).size).toBe(2);
  });

  it('leaves out statements that a voiding statement takes back', () => {
    const statements = inProgress(ben);
    const completion = statements[1] as { id: string };
    const voiding = {
      id: '0f1e6a52-7c1d-4bb0-9b7c-3d5a34c1a001',
      actor: { mbox: 'mailto:admin@example.com' },
      verb: { id: 'http://adlnet.gov/expapi/verbs/voided' },
      object: { objectType: 'StatementRef', id: completion.id },
      timestamp: at(30),
    };
    const { row } = only([voiding, ...statements]);
    expect(row.lessonsCompleted).toBe(1);
    expect(row.lessons[0]!.status).toBe('in-progress');
  });

  it('ignores statements about another course, and counts them', () => {
    const other = statementsFor(ana, { courseIri: 'https://learning.example.com/courses/safety' }).lessonStarted('intro', at(0));
    const outcome = read([...inProgress(ben), other]);
    expect(outcome.records.map((record) => record.row.employeeId)).toEqual(['E-002']);
    expect(outcome.otherCourse).toBe(1);
  });

  it('names a learner without an account by their mailbox', () => {
    const statement = { ...inProgress(ben)[0]!, actor: { name: 'Cleo', mbox: 'mailto:cleo@example.com' } };
    expect(only([statement]).row).toMatchObject({ employeeId: 'cleo@example.com', email: 'cleo@example.com', name: 'Cleo' });
  });

  it('flags a learner who took another version of the course', () => {
    expect(only(completedCourse(ana, { courseVersion: '0.9.0' }))).toMatchObject({ otherVersion: true, row: { courseVersion: '0.9.0' } });
  });

  it('counts malformed statements as skipped, with the reason, and keeps the rest', () => {
    const [started, completed, , , , finished] = inProgress(ben) as Array<Record<string, unknown>>;
    const withContext = (statement: Record<string, unknown>, id: string, change: (copy: Record<string, unknown>) => void) => {
      const copy = structuredClone({ ...statement, id });
      change(copy);
      return copy;
    };
    const answer = statementsFor(ben, { courseIri: COURSE_IRI }).answered({
      quizId: finalQuiz.id,
      questionId: finalQuiz.questions[0]!.id,
      questionType: 'single-choice',
      attemptId: 'b-1',
      attemptNumber: 1,
      correct: true,
      earned: 1,
      total: 1,
      chosen: ['a'],
      at: at(11),
    }) as unknown as Record<string, unknown>;
    const garbage = [
      null,
      42,
      'statement',
      {},
      withContext(started!, 'no-actor', (copy) => delete copy.actor),
      withContext(started!, 'group', (copy) => (copy.actor = { objectType: 'Group', member: [] })),
      withContext(started!, 'bad-time', (copy) => (copy.timestamp = 'yesterday')),
      withContext(finished!, 'bad-score', (copy) => (copy.result = { score: { raw: 150 } })),
      withContext(finished!, 'text-score', (copy) => (copy.result = { score: { raw: '90' } })),
      withContext(answer, 'answer-score', (copy) => (copy.result = { score: { raw: 2, max: 1 } })),
      withContext(answer, 'no-attempt', (copy) => {
        const context = copy.context as { extensions: Record<string, unknown> };
        context.extensions = Object.fromEntries(Object.entries(context.extensions).filter(([key]) => key !== EXTENSION.attemptId));
      }),
      withContext(completed!, 'bad-duration', (copy) => (copy.result = { duration: '5 minutes' })),
      withContext(started!, 'unknown-lesson', (copy) => (copy.object = { id: activityIri.lesson(COURSE_IRI, 'not-a-lesson') })),
    ];
    const outcome = read([...inProgress(ben), ...garbage]);
    expect(outcome.skipped).toEqual({ malformed: 4, 'no-learner': 2, 'bad-timestamp': 1, 'bad-score': 3, 'no-attempt': 1, 'bad-duration': 1, 'unknown-activity': 1 });
    expect(outcome.records).toHaveLength(1);
    expect(outcome.records[0]!.row).toMatchObject({ status: 'in-progress', finalScore: 50, lessonsCompleted: 2 });
  });

  it('gives no learners for no statements', () => {
    expect(read([])).toEqual({ records: [], read: 0, skipped: {}, otherCourse: 0 });
  });
});
