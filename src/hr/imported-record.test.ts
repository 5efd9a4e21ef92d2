import type { CompletionRecord } from '../records/completion-record-schema';
import { completed, inProgress, notStarted } from '../../tests/support/hr-fixtures';
import { importRecord } from './imported-record';

describe('what the report keeps of a record', () => {
  it('keeps the learner, course, status, scores, counts and dates', () => {
    const { row } = importRecord(completed(), 'pepe.json', false);
    expect(row).toMatchObject({
      file: 'pepe.json',
      employeeId: 'E-00417',
      name: 'José Álvarez-Núñez, "Pepe" 🚀',
      email: 'jose.alvarez@example.com',
      courseId: 'customer-focus',
      courseVersion: '1.0.0',
      status: 'completed',
      finalScore: 90,
      passed: true,
      completedAt: '2025-03-11T09:30:00.000Z',
      lessonsCompleted: 5,
      lessonsTotal: 5,
      timeSpentSeconds: 300 + 362 + 423 + 485 + 546 + 1250,
      assessmentAttempts: 2,
    });
    expect(row.lessons[0]).toEqual({ slug: 'what-customer-focus-means', status: 'completed', score: 100 });
  });

  it('counts finished assessment attempts only, like the report read from an LRS', () => {
    const record = completed();
    const { finishedAt: _finished, ...last } = record.attempts.at(-1)!;
    const retry = { ...last, id: 'retry', number: 3, answers: [] };
    expect(importRecord({ ...record, attempts: [...record.attempts, retry] }, 'pepe.json', false).row.assessmentAttempts).toBe(2);
  });

  it('leaves out what the record does not have', () => {
    const { row } = importRecord(notStarted(), 'ada.json', false);
    expect(row).not.toHaveProperty('email');
    expect(row).not.toHaveProperty('finalScore');
    expect(row).not.toHaveProperty('completedAt');
    expect(row.lessons[0]).toEqual({ slug: 'what-customer-focus-means', status: 'not-started' });
  });

  it('has no pass or fail for a learner who never finished an assessment attempt', () => {
    const record = notStarted();
    expect(record.passed).toBe(false);
    expect(importRecord(record, 'ada.json', false).row).not.toHaveProperty('passed');
  });

  it('counts a passed assessment as completed, even if the learner never pressed "Finish" on it', () => {
    const passedUnfinished: CompletionRecord = {
      ...completed(),
      lessons: completed().lessons.map((lesson) => (lesson.kind === 'assessment' ? { ...lesson, status: 'in-progress', passed: true } : lesson)),
    };
    const failed: CompletionRecord = {
      ...completed(),
      lessons: completed().lessons.map((lesson) => (lesson.kind === 'assessment' ? { ...lesson, status: 'in-progress', passed: false } : lesson)),
    };
    expect(importRecord(passedUnfinished, 'a.json', false).row.lessons.at(-1)).toMatchObject({ slug: 'final-assessment', status: 'completed' });
    expect(importRecord(failed, 'b.json', false).row.lessons.at(-1)).toMatchObject({ slug: 'final-assessment', status: 'in-progress' });
  });

  it('keeps each question’s answer from the first attempt that showed it', () => {
    const { firstAnswers } = importRecord(completed(), 'pepe.json', false);
    const john = firstAnswers.filter((answer) => answer.questionId === 'l1-john');
    // Wrong on attempt 1, right on the retry: the first try counts.
    expect(john).toEqual([expect.objectContaining({ lessonSlug: 'what-customer-focus-means', correct: false, chosen: [expect.objectContaining({ id: 'a' })] })]);
    expect(new Set(firstAnswers.map((answer) => answer.questionId)).size).toBe(firstAnswers.length);
  });

  it('has no answers for a learner who never answered', () => {
    expect(importRecord(notStarted(), 'ada.json', false).firstAnswers).toEqual([]);
    expect(importRecord(inProgress(), 'x.json', true).otherVersion).toBe(true);
  });
});
