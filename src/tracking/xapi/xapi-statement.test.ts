import validate from '@learninglocker/xapi-validation';
import { describe, expect, it } from 'vitest';
import { everythingDone, realContext } from '../../../tests/support/real-course-progress';
import { ACTIVITY_TYPE, EXTENSION, VERB, activityIri } from '../../records/xapi-vocabulary';
import { trackingSnapshot } from '../tracking-events';
import type { TrackingContext } from '../tracking-adapter';
import { newStatements } from './xapi-adapter';
import { statementIds, xapiRegistration } from './xapi-ids';
import { responsePattern, type StatementScope } from './xapi-statement';

const COURSE = 'https://learning.example.com/courses/customer-focus';
const context: TrackingContext = { ...realContext(), report: () => undefined };
const registration = xapiRegistration(COURSE, 'E-1234');
const scope: StatementScope = {
  courseIri: COURSE,
  actor: { objectType: 'Agent', name: 'Ana Ruiz', account: { homePage: 'https://example.com/employees', name: 'E-1234' } },
  registration,
  idOf: statementIds(COURSE, 'E-1234', registration),
};
const snapshot = trackingSnapshot(everythingDone(), context.course);
const all = newStatements(snapshot, scope, context, () => false);
const byVerb = (verb: string) => all.filter((item) => item.statement.verb.id === verb);

describe('xAPI statements of the real course', () => {
  it('passes the xAPI validator for every statement, of every event kind and question type', () => {
    for (const { key, statement } of all) expect({ key, problems: validate(statement) }).toEqual({ key, problems: [] });
    const kinds = new Set(snapshot.events.map((event) => event.kind));
    expect([...kinds].sort()).toEqual(['answered', 'attempt-finished', 'lesson-completed', 'lesson-started']);
    const types = new Set(byVerb(VERB.answered).map((item) => item.statement.context.extensions?.[EXTENSION.questionType]));
    expect([...types].sort()).toEqual(['matching', 'multiple-choice', 'ordering', 'scenario', 'single-choice']);
    const interactions = new Set(byVerb(VERB.answered).map((item) => item.statement.object.definition?.interactionType));
    expect([...interactions].sort()).toEqual(['choice', 'matching', 'performance', 'sequencing']);
  });

  it('gives the same ids for the same progress, and a different id to every statement', () => {
    const again = newStatements(trackingSnapshot(everythingDone(), context.course), scope, context, () => false);
    expect(again.map((item) => item.statement.id)).toEqual(all.map((item) => item.statement.id));
    expect(new Set(all.map((item) => item.statement.id)).size).toBe(all.length);
  });

  it('puts the course in every statement\'s grouping, with the registration, language and versions', () => {
    for (const { statement } of all) {
      expect(statement.context.contextActivities?.grouping?.[0]).toMatchObject({ id: COURSE, definition: { type: ACTIVITY_TYPE.course } });
      expect(statement.context).toMatchObject({ registration, language: 'en' });
      expect(statement.context.extensions).toMatchObject({ [EXTENSION.courseVersion]: context.course.version, [EXTENSION.appVersion]: '9.9.9' });
      expect(statement.actor.account).toEqual({ homePage: 'https://example.com/employees', name: 'E-1234' });
    }
  });

  it('describes an answer with its pattern, response, score, quiz and lesson', () => {
    const event = snapshot.events.find((e) => e.kind === 'answered' && e.earned < e.total);
    if (event?.kind !== 'answered') throw new Error('the progress has a wrong answer');
    const { statement } = all.find((item) => item.key === event.key)!;
    const spec = context.questions.get(event.questionId)!.spec;
    expect(statement.object.id).toBe(activityIri.question(COURSE, event.questionId));
    expect(statement.object.definition?.correctResponsesPattern?.[0]).toMatch(/\S/);
    expect(statement.result).toMatchObject({ success: false, score: { raw: event.earned, min: 0, max: event.total } });
    expect(statement.result?.response).not.toBe(statement.object.definition?.correctResponsesPattern?.[0]);
    expect(statement.context.contextActivities?.parent).toEqual([expect.objectContaining({ id: activityIri.quiz(COURSE, event.quizId) })]);
    expect(statement.context.contextActivities?.grouping?.map((a) => a.id)).toContain(activityIri.lesson(COURSE, event.lessonSlug));
    expect(statement.context.extensions).toMatchObject({ [EXTENSION.attemptId]: event.attemptId, [EXTENSION.attemptNumber]: 1, [EXTENSION.questionType]: spec.type });
  });

  it('says a right answer\'s response exactly as the correct pattern', () => {
    const right = byVerb(VERB.answered).filter((item) => item.statement.result?.success === true);
    expect(right.length).toBeGreaterThan(0);
    for (const { statement } of right) {
      if (statement.object.definition?.interactionType === 'performance') continue; // a scenario may have several best paths
      expect(statement.result?.response).toBe(statement.object.definition?.correctResponsesPattern?.[0]);
    }
  });

  it('sends lessons experienced and completed with the time spent, and the course completed and passed once each', () => {
    const completedLesson = all.find((item) => item.key.startsWith('lesson-completed/'))!.statement;
    expect(completedLesson.result?.completion).toBe(true);
    expect(completedLesson.result?.duration).toMatch(/^PT\d/);
    expect(byVerb(VERB.experienced).length).toBe(context.course.lessons.length);
    const course = all.filter((item) => item.statement.object.id === COURSE).map((item) => item.key);
    expect(course).toEqual(['course-completed', 'course-passed']);
    const passed = all.find((item) => item.key === 'course-passed')!.statement;
    expect(passed.result).toMatchObject({ success: true, score: { scaled: snapshot.status.finalScore! / 100 } });
  });

  it('words quiz attempts passed or failed against their pass mark, completed without one', () => {
    const attempts = all.filter((item) => item.key.startsWith('attempt-finished/')).map((item) => item.statement);
    expect(attempts.some((s) => s.verb.id === VERB.failed && s.result?.success === false)).toBe(true);
    expect(attempts.some((s) => s.verb.id === VERB.passed && s.result?.success === true)).toBe(true);
    for (const s of attempts) expect(s.result).toMatchObject({ completion: true, score: { min: 0, max: 100 } });
  });

  it('writes each interaction type in xAPI pattern syntax', () => {
    const a = { id: 'a', label: 'A' };
    const b = { id: 'b', label: 'B' };
    expect(responsePattern({ type: 'choice', choices: [a, b] })).toBe('a[,]b');
    expect(responsePattern({ type: 'sequencing', items: [b, a] })).toBe('b[,]a');
    expect(responsePattern({ type: 'matching', pairs: [{ source: a, target: b }, { source: b, target: a }] })).toBe('a[.]b[,]b[.]a');
    expect(responsePattern({ type: 'performance', steps: [{ step: 's1', response: a }] })).toBe('s1[.]a');
  });
});
