import { itemAnalysis, lessonStats, median, reportLessonSlugs, summarize } from './aggregate';
import { row } from '../../tests/support/hr-fixtures';
import type { FirstAnswer, ImportedRecord } from './imported-record';

describe('the summary', () => {
  const rows = [
    row({ status: 'completed', finalScore: 90, passed: true, timeSpentSeconds: 3000 }),
    row({ status: 'completed', finalScore: 80, passed: true, timeSpentSeconds: 2000 }),
    row({ status: 'in-progress', finalScore: 50, passed: false, timeSpentSeconds: 1000 }),
    // Never finished the assessment: no score, so not counted in the pass rate.
    row({ status: 'in-progress', passed: false, timeSpentSeconds: 600 }),
    row({ status: 'not-started', passed: false, timeSpentSeconds: 0 }),
  ];

  it('counts learners by status and the completion rate', () => {
    expect(summarize(rows)).toMatchObject({ learners: 5, byStatus: { completed: 2, 'in-progress': 2, 'not-started': 1 }, completionRate: 0.4 });
  });

  it('computes the pass rate over learners who finished the assessment', () => {
    expect(summarize(rows)).toMatchObject({ assessed: 3, passed: 2, passRate: 2 / 3 });
  });

  it('averages scores over learners with a score, and time over learners who started', () => {
    expect(summarize(rows)).toMatchObject({ scored: 3, averageScore: 73.3, medianScore: 80, averageTimeSeconds: 1650 });
  });

  it('leaves rates and averages out with no learner', () => {
    expect(summarize([])).toEqual({ learners: 0, byStatus: { 'not-started': 0, 'in-progress': 0, completed: 0 }, assessed: 0, passed: 0, scored: 0 });
  });

  it('takes the middle value, or the mean of the two middle ones', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([100, 1, 3, 90])).toBe(46.5);
    expect(median([])).toBeUndefined();
  });
});

describe('scores per lesson', () => {
  it('averages each lesson’s scores in course order, counting completions', () => {
    const rows = [
      row({ lessons: [{ slug: 'one', status: 'completed', score: 100 }, { slug: 'two', status: 'in-progress', score: 40 }] }),
      row({ lessons: [{ slug: 'one', status: 'completed', score: 50 }, { slug: 'two', status: 'not-started' }] }),
    ];
    expect(lessonStats(rows, ['one', 'two', 'three'])).toEqual([
      { slug: 'one', scored: 2, averageScore: 75, medianScore: 75, completed: 2 },
      { slug: 'two', scored: 1, averageScore: 40, medianScore: 40, completed: 0 },
      { slug: 'three', scored: 0, completed: 0 },
    ]);
  });

  it('lists the course’s lessons first, then lessons only older records have', () => {
    const rows = [row({ lessons: [{ slug: 'retired', status: 'completed' }, { slug: 'one', status: 'completed' }] })];
    expect(reportLessonSlugs(['one', 'two'], rows)).toEqual(['one', 'two', 'retired']);
  });
});

describe('item analysis', () => {
  const answer = (questionId: string, correct: boolean, ...ids: string[]): FirstAnswer => ({
    questionId,
    lessonSlug: 'one',
    questionType: 'single-choice',
    correct,
    chosen: ids.map((id) => ({ id, label: `Label ${id}` })),
  });
  const learner = (...firstAnswers: FirstAnswer[]): ImportedRecord => ({ row: row(), firstAnswers, otherVersion: false });

  it('gives each question the learners right first time and the wrong answer picked most', () => {
    const items = itemAnalysis([
      learner(answer('q1', true, 'a'), answer('q2', false, 'c')),
      learner(answer('q1', false, 'b'), answer('q2', false, 'c')),
      learner(answer('q1', false, 'c'), answer('q2', true, 'a')),
      learner(answer('q1', false, 'b')),
    ]);
    expect(items).toEqual([
      { questionId: 'q1', lessonSlug: 'one', questionType: 'single-choice', answered: 4, rightFirstTime: 1, topWrong: { chosen: [{ id: 'b', label: 'Label b' }], count: 2 } },
      { questionId: 'q2', lessonSlug: 'one', questionType: 'single-choice', answered: 3, rightFirstTime: 1, topWrong: { chosen: [{ id: 'c', label: 'Label c' }], count: 2 } },
    ]);
  });

  it('treats a set of choices as one answer', () => {
    const [item] = itemAnalysis([learner(answer('q', false, 'a', 'd')), learner(answer('q', false, 'a', 'd')), learner(answer('q', false, 'a'))]);
    expect(item!.topWrong).toEqual({ chosen: [expect.objectContaining({ id: 'a' }), expect.objectContaining({ id: 'd' })], count: 2 });
  });

  it('has no wrong answer to show when everybody was right', () => {
    expect(itemAnalysis([learner(answer('q', true, 'a'))])[0]).not.toHaveProperty('topWrong');
  });
});
