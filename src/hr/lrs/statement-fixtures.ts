// Statements as the course sends them (docs/lms.md, "xAPI statements"), for the HR report's tests:
// the unit tests read them directly, the browser test stores them in a real LRS. Used by tests only.
import { ACTIVITY_TYPE, EXTENSION, VERB, activityIri, type VerbName } from '../../records/xapi-vocabulary';

export interface FixtureLearner {
  employeeId: string;
  name: string;
}

export interface FixtureOptions {
  courseIri: string;
  language?: string;
  courseVersion?: string;
  registration?: string;
}

/** A UUID made from `key`, so the same statement always gets the same id, as the course's do. */
export function fixtureUuid(key: string): string {
  const hex: string[] = [];
  for (let round = 0; hex.join('').length < 32; round += 1) {
    let hash = 0x811c9dc5 ^ round;
    for (const char of key) hash = Math.imul(hash ^ char.charCodeAt(0), 0x01000193);
    hex.push((hash >>> 0).toString(16).padStart(8, '0'));
  }
  const digits = hex.join('').slice(0, 32).split('');
  digits[12] = '4';
  digits[16] = ((parseInt(digits[16]!, 16) & 0x3) | 0x8).toString(16);
  const all = digits.join('');
  return `${all.slice(0, 8)}-${all.slice(8, 12)}-${all.slice(12, 16)}-${all.slice(16, 20)}-${all.slice(20)}`;
}

export interface AnswerFixture {
  quizId: string;
  questionId: string;
  questionType: string;
  attemptId: string;
  attemptNumber: number;
  correct: boolean;
  earned: number;
  total: number;
  chosen: string[];
  at: string;
}

export interface AttemptFixture {
  quizId: string;
  lessonSlug: string;
  attemptId: string;
  attemptNumber: number;
  percent: number;
  /** Set for a quiz with a pass mark: the statement says passed or failed, else completed. */
  passed?: boolean;
  at: string;
}

/** Builds one learner's statements for the course at `courseIri`. */
export function statementsFor(learner: FixtureLearner, options: FixtureOptions) {
  const { courseIri, language = 'en', courseVersion = '1.0.0', registration = fixtureUuid(`registration/${learner.employeeId}`) } = options;
  const actor = { objectType: 'Agent', name: learner.name, account: { homePage: 'https://people.example.com', name: learner.employeeId } };
  const verb = (name: VerbName) => ({ id: VERB[name], display: { en: name } });
  const course = { objectType: 'Activity', id: courseIri, definition: { type: ACTIVITY_TYPE.course } };
  const context = (extensions: Record<string, unknown> = {}, parent?: string) => ({
    registration,
    language,
    contextActivities: { grouping: [course], ...(parent ? { parent: [{ objectType: 'Activity', id: parent }] } : {}) },
    extensions: { [EXTENSION.courseVersion]: courseVersion, [EXTENSION.appVersion]: '0.1.0', ...extensions },
  });
  const lesson = (slug: string) => ({ objectType: 'Activity', id: activityIri.lesson(courseIri, slug), definition: { type: ACTIVITY_TYPE.lesson } });
  const id = (key: string) => fixtureUuid(`${courseIri}/${learner.employeeId}/${key}`);
  const seconds = (value: number) => `PT${value}S`;

  return {
    lessonStarted: (slug: string, at: string) => ({
      id: id(`lesson-started/${slug}`),
      actor,
      verb: verb('experienced'),
      object: lesson(slug),
      context: context(),
      timestamp: at,
    }),
    lessonCompleted: (slug: string, at: string, timeSpentSeconds: number) => ({
      id: id(`lesson-completed/${slug}`),
      actor,
      verb: verb('completed'),
      object: lesson(slug),
      result: { completion: true, duration: seconds(timeSpentSeconds) },
      context: context(),
      timestamp: at,
    }),
    answered: (answer: AnswerFixture) => ({
      id: id(`answered/${answer.attemptId}/${answer.questionId}`),
      actor,
      verb: verb('answered'),
      object: {
        objectType: 'Activity',
        id: activityIri.question(courseIri, answer.questionId),
        definition: { type: ACTIVITY_TYPE.question, interactionType: 'choice' },
      },
      result: {
        success: answer.correct,
        score: { raw: answer.earned, min: 0, max: answer.total },
        response: answer.chosen.join('[,]'),
      },
      context: context(
        {
          [EXTENSION.attemptId]: answer.attemptId,
          [EXTENSION.attemptNumber]: answer.attemptNumber,
          [EXTENSION.questionType]: answer.questionType,
          [EXTENSION.chosen]: answer.chosen,
        },
        activityIri.quiz(courseIri, answer.quizId),
      ),
      timestamp: answer.at,
    }),
    attemptFinished: (attempt: AttemptFixture) => ({
      id: id(`attempt-finished/${attempt.attemptId}`),
      actor,
      verb: verb(attempt.passed === undefined ? 'completed' : attempt.passed ? 'passed' : 'failed'),
      object: { objectType: 'Activity', id: activityIri.quiz(courseIri, attempt.quizId), definition: { type: ACTIVITY_TYPE.assessment } },
      result: {
        score: { raw: attempt.percent, min: 0, max: 100, scaled: attempt.percent / 100 },
        completion: true,
        ...(attempt.passed === undefined ? {} : { success: attempt.passed }),
      },
      context: context(
        { [EXTENSION.attemptId]: attempt.attemptId, [EXTENSION.attemptNumber]: attempt.attemptNumber },
        activityIri.lesson(courseIri, attempt.lessonSlug),
      ),
      timestamp: attempt.at,
    }),
    course: (name: 'completed' | 'passed', at: string, finalScore?: number) => ({
      id: id(`course-${name}`),
      actor,
      verb: verb(name),
      object: course,
      result: {
        completion: true,
        ...(name === 'passed' ? { success: true } : {}),
        ...(finalScore === undefined ? {} : { score: { scaled: finalScore / 100 } }),
      },
      context: context(),
      timestamp: at,
    }),
  };
}
