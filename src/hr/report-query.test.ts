import { row } from '../../tests/support/hr-fixtures';
import { pageOf, rowFilter, sortRows, type ReportFilter } from './report-query';

const at = (day: number, hour = 12) => new Date(2025, 2, day, hour).toISOString();

describe('filtering learners', () => {
  const rows = [
    row({ name: 'Zoë Ñúñez', employeeId: 'E-1', status: 'completed', completedAt: at(3) }),
    row({ name: 'Ana', employeeId: 'E-2', email: 'ana@example.com', status: 'completed', completedAt: at(20) }),
    row({ name: 'Bob', employeeId: 'X-3', status: 'in-progress' }),
  ];
  const names = (filter: ReportFilter) => rows.filter(rowFilter(filter)).map((r) => r.name);

  it('keeps every learner by default', () => {
    expect(names({ status: 'all' })).toEqual(['Zoë Ñúñez', 'Ana', 'Bob']);
  });

  it('keeps learners with the chosen status', () => {
    expect(names({ status: 'in-progress' })).toEqual(['Bob']);
  });

  it('keeps learners who completed within the dates, both days included', () => {
    expect(names({ status: 'all', completedFrom: '2025-03-03', completedTo: '2025-03-19' })).toEqual(['Zoë Ñúñez']);
    expect(names({ status: 'all', completedFrom: '2025-03-04' })).toEqual(['Ana']);
    expect(names({ status: 'all', completedTo: '2025-03-20' })).toEqual(['Zoë Ñúñez', 'Ana']);
  });

  it('finds a learner by part of the name without accents, the employee id or the email', () => {
    expect(names({ status: 'all', search: 'nunez' })).toEqual(['Zoë Ñúñez']);
    expect(names({ status: 'all', search: ' x-3 ' })).toEqual(['Bob']);
    expect(names({ status: 'all', search: 'EXAMPLE.com' })).toEqual(['Ana']);
  });
});

describe('sorting learners', () => {
  const rows = [
    row({ name: 'émile', employeeId: 'E-10', finalScore: 70, completedAt: '2025-03-02T10:00:00.000Z', status: 'completed' }),
    row({ name: 'Zoe', employeeId: 'E-9', status: 'not-started' }),
    row({ name: 'adam', employeeId: 'E-100', finalScore: 95, completedAt: '2025-03-01T10:00:00.000Z', status: 'in-progress' }),
  ];
  const by = (column: Parameters<typeof sortRows>[1]['column'], direction: 'ascending' | 'descending' = 'ascending') =>
    sortRows(rows, { column, direction }, 'en').map((r) => r.name);

  it('sorts names as people read them, whatever the case and accents', () => {
    expect(by('name')).toEqual(['adam', 'émile', 'Zoe']);
    expect(by('name', 'descending')).toEqual(['Zoe', 'émile', 'adam']);
  });

  it('sorts employee ids with numbers in number order', () => {
    expect(by('employeeId')).toEqual(['Zoe', 'émile', 'adam']);
  });

  it('puts learners without a value last, in both directions', () => {
    expect(by('finalScore')).toEqual(['émile', 'adam', 'Zoe']);
    expect(by('finalScore', 'descending')).toEqual(['adam', 'émile', 'Zoe']);
    expect(by('completedAt', 'descending')).toEqual(['émile', 'adam', 'Zoe']);
  });

  it('sorts status from not started to completed', () => {
    expect(by('status')).toEqual(['Zoe', 'adam', 'émile']);
  });

  it('leaves the rows it was given alone', () => {
    const before = rows.map((r) => r.name);
    sortRows(rows, { column: 'name', direction: 'descending' }, 'en');
    expect(rows.map((r) => r.name)).toEqual(before);
  });
});

describe('pages', () => {
  const items = Array.from({ length: 120 }, (_, i) => i + 1);

  it('cuts the list into pages and says what is shown', () => {
    expect(pageOf(items, 2, 50)).toEqual({ items: items.slice(50, 100), page: 2, pageCount: 3, total: 120, first: 51, last: 100 });
    expect(pageOf(items, 3, 50)).toMatchObject({ first: 101, last: 120 });
  });

  it('stays within the pages there are', () => {
    expect(pageOf(items, 9, 50).page).toBe(3);
    expect(pageOf(items, 0, 50).page).toBe(1);
    expect(pageOf([], 1, 50)).toEqual({ items: [], page: 1, pageCount: 1, total: 0, first: 0, last: 0 });
  });
});
