import Papa from 'papaparse';
import { row } from '../../tests/support/hr-fixtures';
import { reportColumns, reportToCsv } from './report-csv';

const parse = (csv: string) => {
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  const result = Papa.parse<Record<string, string>>(csv.slice(1), { header: true });
  expect(result.errors).toEqual([]);
  return result;
};

const SLUGS = ['one', 'two'];
const learner = row({
  name: 'Zoë Ñúñez',
  employeeId: 'E-7',
  email: 'zoe@example.com',
  status: 'completed',
  finalScore: 85,
  passed: true,
  completedAt: '2025-03-11T09:30:00.000Z',
  lessonsCompleted: 2,
  lessonsTotal: 2,
  timeSpentSeconds: 1800,
  assessmentAttempts: 2,
  lessons: [
    { slug: 'two', status: 'completed', score: 60 },
    { slug: 'one', status: 'completed', score: 100 },
  ],
});

describe('the report as CSV', () => {
  it('has the learner columns, a status/score pair per lesson in course order, then the source', () => {
    expect(parse(reportToCsv([learner], SLUGS)).meta.fields).toEqual([
      'employee_id',
      'learner_name',
      'email',
      'course_id',
      'course_title',
      'course_version',
      'status',
      'final_score',
      'passed',
      'completed_at',
      'lessons_completed',
      'lessons_total',
      'time_spent_seconds',
      'assessment_attempts',
      'one.status',
      'one.best_score',
      'two.status',
      'two.best_score',
      'language',
      'record_id',
      'record_created_at',
      'source_file',
    ]);
  });

  it('writes one row per learner with ISO 8601 dates, codes and whole numbers', () => {
    expect(parse(reportToCsv([learner], SLUGS)).data).toEqual([
      expect.objectContaining({
        employee_id: 'E-7',
        learner_name: 'Zoë Ñúñez',
        status: 'completed',
        final_score: '85',
        passed: 'true',
        completed_at: '2025-03-11T09:30:00.000Z',
        time_spent_seconds: '1800',
        'one.best_score': '100',
        'two.best_score': '60',
        record_created_at: learner.createdAt,
      }),
    ]);
  });

  it('leaves the cells of a missing value or lesson empty', () => {
    const [cells] = parse(reportToCsv([row({ lessons: [{ slug: 'one', status: 'in-progress' }] })], SLUGS)).data;
    expect(cells).toMatchObject({ email: '', final_score: '', passed: '', completed_at: '', 'one.status': 'in-progress', 'one.best_score': '', 'two.status': '' });
  });

  it.each([
    'Núñez, José',
    'Ana "La Jefa" Ruiz',
    'Line one\nline two',
    'Line one\r\nline two',
    'Zoë Ñúñez-Çelik',
    'Team 🚀 Lead 👩🏽‍💼',
    '李小龍',
  ])('writes the name %j so that it reads back unchanged', (name) => {
    const [cells] = parse(reportToCsv([row({ name })], SLUGS)).data;
    expect(cells!.learner_name).toBe(name);
  });

  it.each(['=HYPERLINK("http://x.test","click")', '+1', '-2+3', '@SUM(A1)', '\tTab', '\rReturn', '=1+1\nsecond line'])(
    'neutralises the formula-like name %j with a leading apostrophe',
    (name) => {
      const [cells] = parse(reportToCsv([row({ name, file: name })], SLUGS)).data;
      expect(cells!.learner_name).toBe(`'${name}`);
      expect(cells!.source_file).toBe(`'${name}`);
    },
  );

  it('uses CRLF line ends and still has a header with no learner', () => {
    const csv = reportToCsv([], SLUGS);
    expect(csv.split('\r\n')[0]).toBe(`\uFEFF${reportColumns(SLUGS).join(',')}`);
    expect(reportToCsv([learner, learner], SLUGS).split('\r\n')).toHaveLength(3);
  });
});
