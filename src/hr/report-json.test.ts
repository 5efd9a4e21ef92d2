import { itemAnalysis, lessonStats, summarize } from './aggregate';
import { row } from '../../tests/support/hr-fixtures';
import { reportToJson } from './report-json';
import type { ReportLabels } from './report-labels';

const learner = row({ name: 'Zoë', status: 'completed', finalScore: 90, passed: true, lessons: [{ slug: 'one', status: 'completed', score: 100 }] });
const records = [{ row: learner, otherVersion: false, firstAnswers: [{ questionId: 'q1', lessonSlug: 'one', questionType: 'single-choice', correct: false, chosen: [{ id: 'b', label: 'Esperar' }] }] }];
const labels: ReportLabels = { lessons: { one: 'Lesson one' }, questions: { q1: { prompt: 'What do you do?', options: { a: 'Call back', b: 'Wait' } } } };

const report = () =>
  JSON.parse(
    reportToJson(
      {
        course: { id: 'customer-focus', version: '1.0.0' },
        filter: { status: 'all' },
        summary: summarize([learner]),
        lessons: lessonStats([learner], ['one']),
        items: itemAnalysis(records),
        learners: [learner],
        problems: [{ file: 'bad.json', code: 'bad-digest' }],
        otherVersionFiles: [],
      },
      labels,
      new Date('2025-04-01T10:00:00.000Z'),
    ),
  ) as Record<string, unknown>;

describe('the report as JSON', () => {
  it('names its format, time, course and filter', () => {
    expect(report()).toMatchObject({
      format: 'customer-focus-hr-report',
      formatVersion: 1,
      generatedAt: '2025-04-01T10:00:00.000Z',
      course: { id: 'customer-focus', version: '1.0.0' },
      filter: { status: 'all' },
    });
  });

  it('holds the summary, the lessons with titles and the learners', () => {
    expect(report()).toMatchObject({
      summary: { learners: 1, completionRate: 1, passRate: 1, averageScore: 90 },
      lessons: [{ slug: 'one', title: 'Lesson one', averageScore: 100 }],
      learners: [{ name: 'Zoë', employeeId: learner.employeeId, finalScore: 90, lessons: [{ slug: 'one', status: 'completed', score: 100 }] }],
      files: { problems: [{ file: 'bad.json', code: 'bad-digest' }], otherVersion: [] },
    });
  });

  it('gives each question its prompt, first-try rate and the wrong answer in the reader’s language', () => {
    expect(report().items).toEqual([
      { questionId: 'q1', lessonSlug: 'one', questionType: 'single-choice', prompt: 'What do you do?', answered: 1, rightFirstTime: 0, rightFirstTimeRate: 0, topWrong: { chosen: [{ id: 'b', label: 'Wait' }], count: 1 } },
    ]);
  });
});
