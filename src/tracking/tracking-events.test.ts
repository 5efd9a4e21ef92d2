import { describe, expect, it } from 'vitest';
import { completedProgress, course, lessons } from '../../tests/support/small-course';
import { emptyProgress } from '../progress/progress-schema';
import { trackingEvents, trackingSnapshot, type TrackedCourse } from './tracking-events';

const tracked: TrackedCourse = { id: course.id, passMark: course.passMark, lessons: lessons() };

describe('trackingEvents', () => {
  it('gives nothing for a learner who has not started', () => {
    expect(trackingEvents(emptyProgress(), tracked)).toEqual([]);
  });

  it('tells every lesson start, completion, answer and finished attempt of the progress, oldest first', () => {
    const events = trackingEvents(completedProgress(), tracked);
    const kinds = events.map((event) => event.kind);
    expect(kinds.filter((kind) => kind === 'lesson-started')).toHaveLength(3);
    expect(kinds.filter((kind) => kind === 'lesson-completed')).toHaveLength(2);
    // q-one: 2 attempts of 2 questions, q-two: 1 of 1, q-final: 2 of 5.
    expect(kinds.filter((kind) => kind === 'answered')).toHaveLength(2 * 2 + 1 + 2 * 5);
    expect(kinds.filter((kind) => kind === 'attempt-finished')).toHaveLength(5);
    const times = events.map((event) => event.at);
    expect(times).toEqual([...times].sort());
  });

  it('gives the same keys every time, so an adapter can tell what it has already sent', () => {
    const first = trackingEvents(completedProgress(), tracked).map((event) => event.key);
    const second = trackingEvents(structuredClone(completedProgress()), tracked).map((event) => event.key);
    expect(second).toEqual(first);
    expect(new Set(first).size).toBe(first.length);
  });

  it('marks the assessment attempts passed or failed against the course pass mark, and other quizzes not at all', () => {
    const finished = trackingEvents(completedProgress(), tracked).filter((event) => event.kind === 'attempt-finished');
    expect(finished.map((event) => [event.attemptId, event.percent, event.passMark, event.passed])).toEqual([
      ['one-a', 50, undefined, undefined],
      ['one-b', 100, undefined, undefined],
      ['q-two-4', 100, undefined, undefined],
      ['final-a', 60, 80, false],
      ['final-b', 80, 80, true],
    ]);
  });

  it('reports an attempt’s score in questions, each weighing the same, as the result screen shows it', () => {
    const progress = completedProgress();
    const passed = progress.quizzes['q-final']!.attempts[1]!;
    // 4 of 5 right and the fifth a 4-pair matching with 2 pairs right: 4.5 of 5 questions, not 6 of 8 points.
    passed.answers['q-final-q5'] = { ...passed.answers['q-final-q5']!, earned: 2, total: 4 };
    const events = trackingEvents(progress, tracked);
    expect(events.find((event) => event.key === 'attempt-finished/final-b')).toMatchObject({ earned: 4.5, total: 5, percent: 90, passed: true });
    expect(events.find((event) => event.key === 'answered/final-b/q-final-q5')).toMatchObject({ earned: 2, total: 4 });
  });

  it('numbers attempts from 1 in the order the learner made them', () => {
    const answers = trackingEvents(completedProgress(), tracked).filter((event) => event.kind === 'answered' && event.quizId === 'q-final');
    expect(new Set(answers.map((event) => event.kind === 'answered' && `${event.attemptId}:${event.attemptNumber}`))).toEqual(
      new Set(['final-a:1', 'final-b:2']),
    );
  });

  it('leaves out a drafted answer and an unfinished attempt’s result', () => {
    const state = completedProgress();
    const final = state.quizzes['q-final']!.attempts[1]!;
    delete final.finishedAt;
    const [first, ...rest] = final.questionIds;
    final.drafts = { [first!]: final.answers[first!]!.input };
    final.answers = Object.fromEntries(rest.map((id) => [id, final.answers[id]!]));
    const events = trackingEvents(state, tracked);
    expect(events.some((event) => event.key === 'attempt-finished/final-b')).toBe(false);
    expect(events.some((event) => event.key === `answered/final-b/${final.questionIds[0]!}`)).toBe(false);
  });
});

describe('trackingSnapshot', () => {
  it('carries the course status the rest of the app shows', () => {
    const snapshot = trackingSnapshot(completedProgress(), tracked);
    expect(snapshot.status).toMatchObject({ status: 'completed', passed: true, finalScore: 80 });
  });
});
