import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18n, { loadNamespace } from '../i18n/i18n';
import type { ItemStats } from './aggregate';
import { row } from '../../tests/support/hr-fixtures';
import { pageOf } from './report-query';
import { FileProblems } from './FileProblems';
import { ImportPanel } from './ImportPanel';
import { ReportFilters } from './ReportFilters';
import { courseLabels } from './hr-labels';
import { ItemAnalysis } from './ItemAnalysis';
import { LearnerTable } from './LearnerTable';
import type { TableQuery } from './use-hr-report';

const t = i18n.getFixedT('en', 'hr');

beforeAll(async () => {
  await loadNamespace('hr');
});

describe('files not loaded', () => {
  it('lists each file by name with its reason', () => {
    render(
      <FileProblems
        locale="en"
        problems={[
          { file: 'records.zip/ana.json', code: 'bad-digest' },
          { file: 'notes.json', code: 'not-json' },
          { file: 'old.json', code: 'duplicate', detail: 'new.json' },
        ]}
      />,
    );
    const items = within(screen.getByRole('region', { name: t('problems.list') })).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      `records.zip/ana.json${t('problems.code.bad-digest')}`,
      `notes.json${t('problems.code.not-json')}`,
      `old.json${t('problems.code.duplicate', { detail: 'new.json' })}`,
    ]);
  });

  it('tells two copies of a file name apart by when each record was made', () => {
    const made = { setAside: '2026-11-20T09:05:00.000Z', kept: '2026-11-23T14:30:00.000Z' };
    render(<FileProblems locale="en" problems={[{ file: 'record.json', code: 'duplicate', detail: 'record.json', made }]} />);
    const item = within(screen.getByRole('region', { name: t('problems.list') })).getByRole('listitem');
    expect(item).toHaveTextContent(new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(made.setAside)));
    expect(item).toHaveTextContent(new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(made.kept)));
  });

  it('names the other file and its learner when a record was copied to another learner', () => {
    render(<FileProblems locale="en" problems={[{ file: 'bruno.json', code: 'copied-record', detail: 'ana.json', learner: 'E-1' }]} />);
    const item = screen.getByRole('listitem');
    expect(item).toHaveTextContent('ana.json');
    expect(item).toHaveTextContent('E-1');
    expect(item).toHaveTextContent(t('problems.code.copied-record', { detail: 'ana.json', learner: 'E-1' }));
  });

  it('shows a file just over the size limit as over it', () => {
    render(<FileProblems locale="en" problems={[{ file: 'big.json', code: 'too-large', detail: String(5 * 1024 * 1024 + 10) }]} />);
    expect(screen.getByRole('listitem')).toHaveTextContent(t('problems.code.too-large', { size: '5.1 MB' }));
  });
});

describe('the learners table', () => {
  const query: TableQuery = { filter: { status: 'all' }, sort: { column: 'name', direction: 'ascending' }, page: 1, pageSize: 2 };
  const rows = pageOf([row({ name: 'Ana' }), row({ name: 'Bea' }), row({ name: 'Carl' })], 1, 2);

  it('marks the sorted column and sorts by another column when its header is pressed', async () => {
    const onQuery = vi.fn();
    render(<LearnerTable rows={rows} query={query} onQuery={onQuery} locale="en" currentVersion="1.0.0" />);
    expect(screen.getByRole('columnheader', { name: t('table.column.name') })).toHaveAttribute('aria-sort', 'ascending');
    await userEvent.click(screen.getByRole('button', { name: t('table.column.assessment') }));
    expect(onQuery).toHaveBeenCalledWith({ ...query, sort: { column: 'finalScore', direction: 'ascending' } });
    await userEvent.click(screen.getByRole('button', { name: t('table.column.name') }));
    expect(onQuery).toHaveBeenLastCalledWith({ ...query, sort: { column: 'name', direction: 'descending' } });
  });

  it('says which learners it shows and moves to the next page', async () => {
    const onQuery = vi.fn();
    render(<LearnerTable rows={rows} query={query} onQuery={onQuery} locale="en" currentVersion="1.0.0" />);
    expect(screen.getAllByRole('rowheader').map((cell) => cell.textContent)).toEqual(['Ana', 'Bea']);
    expect(screen.getByRole('status')).toHaveTextContent('Learners 1–2 of 3');
    await userEvent.click(screen.getByRole('button', { name: t('table.previous') }));
    expect(onQuery).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: t('table.next') }));
    expect(onQuery).toHaveBeenCalledWith({ ...query, page: 2 });
  });
});

describe('the learners on a narrow screen', () => {
  const query: TableQuery = { filter: { status: 'all' }, sort: { column: 'name', direction: 'ascending' }, page: 1, pageSize: 25 };
  const rows = pageOf(
    [
      row({ name: 'Ana', email: 'ana.maria@example.com', finalScore: 90, passed: true, assessmentAttempts: 2, courseVersion: '0.9.0' }),
      row({ name: 'Bea' }),
    ],
    1,
    25,
  );
  const narrow = () => vi.stubGlobal('matchMedia', (media: string) => ({ media, matches: false, addEventListener() {}, removeEventListener() {} }));
  afterEach(() => vi.unstubAllGlobals());

  it('shows each learner as a card with every fact, the course version only on a record of another version', () => {
    narrow();
    render(<LearnerTable rows={rows} query={query} onQuery={() => {}} locale="en" currentVersion="1.0.0" />);
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    const cards = within(screen.getByRole('list', { name: t('table.caption') })).getAllByRole('listitem');
    expect(cards.map((card) => within(card).getByRole('heading', { level: 3 }).textContent)).toEqual(['Ana', 'Bea']);
    const terms = (card: HTMLElement) => within(card).getAllByRole('term').map((term) => term.textContent);
    expect(terms(cards[0]!)).toEqual(
      (['employeeId', 'status', 'finalScore', 'passed', 'completedAt', 'lessonsCompleted', 'timeSpentSeconds', 'assessmentAttempts', 'courseVersion'] as const).map((column) =>
        t(`table.column.${column}`),
      ),
    );
    expect(terms(cards[1]!)).not.toContain(t('table.column.courseVersion'));
    expect(cards[0]).toHaveTextContent('ana.maria@example.com');
  });

  it('sorts the cards with two choices instead of column headers', async () => {
    narrow();
    const onQuery = vi.fn();
    render(<LearnerTable rows={rows} query={query} onQuery={onQuery} locale="en" currentVersion="1.0.0" />);
    const sorting = screen.getByRole('group', { name: t('table.sortLegend') });
    await userEvent.selectOptions(within(sorting).getByLabelText(t('table.sortBy')), t('table.column.finalScore'));
    expect(onQuery).toHaveBeenLastCalledWith({ ...query, sort: { column: 'finalScore', direction: 'ascending' } });
    await userEvent.selectOptions(within(sorting).getByLabelText(t('table.order')), t('table.descending'));
    expect(onQuery).toHaveBeenLastCalledWith({ ...query, sort: { column: 'name', direction: 'descending' } });
  });
});

describe('the question analysis', () => {
  const labels = courseLabels('en');
  const [first, second] = [...labels.questionOrder.keys()];
  const items: ItemStats[] = [
    { questionId: first!, lessonSlug: 'what-customer-focus-means', questionType: 'single-choice', answered: 10, rightFirstTime: 9 },
    { questionId: second!, lessonSlug: 'what-customer-focus-means', questionType: 'single-choice', answered: 10, rightFirstTime: 3, topWrong: { chosen: [{ id: 'a', label: 'From the record' }], count: 6 } },
  ];

  it('flags a question most learners got wrong first time, with the wrong answer in the reader’s language', () => {
    render(<ItemAnalysis items={items} labels={labels} locale="en" />);
    const weak = screen.getByRole('row', { name: new RegExp(labels.questions[second!]!.prompt.slice(0, 20)) });
    expect(weak).toHaveTextContent(t('items.weak'));
    expect(weak).toHaveTextContent(labels.questions[second!]!.options.a!);
    expect(weak).not.toHaveTextContent('From the record');
  });

  it('puts the weakest question first when sorted by first-try share', async () => {
    render(<ItemAnalysis items={items} labels={labels} locale="en" />);
    const prompts = () => screen.getAllByRole('rowheader').map((cell) => cell.textContent);
    expect(prompts()[0]).toContain(labels.questions[first!]!.prompt);
    await userEvent.click(screen.getByRole('button', { name: t('items.column.rightFirstTime') }));
    expect(prompts()[0]).toContain(labels.questions[second!]!.prompt);
  });
});

describe('loading files', () => {
  it('reads the record files of a chosen folder and says how many other files it left', async () => {
    const onFiles = vi.fn();
    render(<ImportPanel state={{ kind: 'idle' }} learners={0} onFiles={onFiles} onCancel={() => {}} onClear={() => {}} />);
    const inFolder = (path: string) => {
      const file = new File(['{}'], path.slice(path.lastIndexOf('/') + 1));
      Object.defineProperty(file, 'webkitRelativePath', { value: path });
      return file;
    };
    await userEvent.setup({ applyAccept: false }).upload(screen.getByLabelText(t('import.chooseFolder')), [inFolder('team/ana.json'), inFolder('team/notes.txt')]);
    expect(onFiles).toHaveBeenCalledWith({ files: [{ file: expect.objectContaining({ name: 'ana.json' }) as File, name: 'team/ana.json' }], skipped: 1 });
  });

  it('keeps taking files during an import, and says how many wait for it', async () => {
    const onFiles = vi.fn();
    render(<ImportPanel state={{ kind: 'importing', progress: { done: 10, total: 40 }, queued: 2 }} learners={0} onFiles={onFiles} onCancel={() => {}} onClear={() => {}} />);
    expect(screen.getByText(t('import.queued', { count: 2 }))).toBeInTheDocument();
    await userEvent.upload(screen.getByLabelText(t('import.choose')), [new File(['{}'], 'late.json', { type: 'application/json' })]);
    expect(onFiles).toHaveBeenCalledWith({ files: [expect.objectContaining({ name: 'late.json' })], skipped: 0 });
  });

  it('moves keyboard focus to "Choose files" when the report is cleared, as its button goes', async () => {
    const onClear = vi.fn();
    render(<ImportPanel state={{ kind: 'done', outcome: { loaded: 1, problems: [], learners: 1, skipped: 0 }, skipped: 0 }} learners={1} onFiles={() => {}} onCancel={() => {}} onClear={onClear} />);
    await userEvent.click(screen.getByRole('button', { name: t('import.clear') }));
    expect(onClear).toHaveBeenCalledOnce();
    expect(screen.getByLabelText(t('import.choose'))).toHaveFocus();
  });

  it('stops an import on request, moves focus to "Choose files" and says nothing was added', async () => {
    const onCancel = vi.fn();
    const { rerender } = render(
      <ImportPanel state={{ kind: 'importing', progress: { done: 10, total: 40 }, queued: 0 }} learners={0} onFiles={() => {}} onCancel={onCancel} onClear={() => {}} />,
    );
    await userEvent.click(screen.getByRole('button', { name: t('import.cancel') }));
    expect(onCancel).toHaveBeenCalledOnce();
    expect(screen.getByLabelText(t('import.choose'))).toHaveFocus();
    rerender(<ImportPanel state={{ kind: 'cancelled', dropped: 0 }} learners={0} onFiles={() => {}} onCancel={onCancel} onClear={() => {}} />);
    expect(screen.queryByRole('button', { name: t('import.cancel') })).not.toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent(t('import.cancelled'));
  });

  const finished = (loaded: number, notLoaded: number) => (
    <ImportPanel
      state={{
        kind: 'done',
        outcome: { loaded, problems: Array.from({ length: notLoaded }, (_, i) => ({ file: `bad-${i}.json`, code: 'truncated' as const })), learners: loaded, skipped: 0 },
        skipped: 0,
      }}
      learners={loaded}
      onFiles={() => {}}
      onCancel={() => {}}
      onClear={() => {}}
    />
  );

  it('reports a load that left files out as a warning, saying so in words', () => {
    render(finished(1, 3));
    const status = screen.getByRole('status');
    expect(status).toHaveTextContent(`${t('result.warning')} ${t('import.loaded', { count: 1 })}; ${t('import.notLoaded', { count: 3 })}`);
    expect(status).toHaveTextContent(t('import.seeProblems'));
    expect(status.querySelector('.load-result')).toHaveClass('load-result-warning');
  });

  it('reports a load where every file failed as an error', () => {
    render(finished(0, 3));
    expect(screen.getByRole('status')).toHaveTextContent(t('result.error'));
    expect(screen.getByRole('status').querySelector('.load-result')).toHaveClass('load-result-error');
  });

  it('reports a load where every file loaded as a success, without a warning', () => {
    render(finished(4, 0));
    const status = screen.getByRole('status');
    expect(status).toHaveTextContent(t('import.loaded', { count: 4 }));
    expect(status).not.toHaveTextContent(t('result.warning'));
    expect(status).not.toHaveTextContent(t('import.seeProblems'));
    expect(status.querySelector('.load-result')).toHaveClass('load-result-success');
  });

  it('tells HR how many files of the folders were not read', () => {
    render(
      <ImportPanel
        state={{ kind: 'done', outcome: { loaded: 3, problems: [], learners: 3, skipped: 0 }, skipped: 2 }}
        learners={3}
        onFiles={() => {}}
        onCancel={() => {}}
        onClear={() => {}}
      />,
    );
    expect(screen.getByRole('status')).toHaveTextContent(t('import.skipped', { count: 2 }));
  });
});

describe('the report filters', () => {
  const reversed = { status: 'all', completedFrom: '2026-05-01', completedTo: '2026-04-01' } as const;

  it('says when the completion dates are the wrong way round, and swaps them on request', async () => {
    const onChange = vi.fn();
    render(<ReportFilters filter={reversed} onChange={onChange} matching={0} loaded={3} />);
    const from = screen.getByLabelText(t('filters.from'));
    expect(from).toBeInvalid();
    expect(from).toHaveAccessibleDescription(expect.stringContaining(t('filters.reversed')));
    expect(screen.getByRole('alert')).toHaveTextContent(t('filters.reversed'));
    await userEvent.click(screen.getByRole('button', { name: t('filters.swap') }));
    expect(onChange).toHaveBeenCalledWith({ status: 'all', completedFrom: '2026-04-01', completedTo: '2026-05-01' });
    expect(from).toHaveFocus();
  });

  it('says nothing of the kind for dates in order', () => {
    render(<ReportFilters filter={{ status: 'all', completedFrom: '2026-04-01', completedTo: '2026-04-01' }} onChange={() => {}} matching={1} loaded={3} />);
    expect(screen.getByLabelText(t('filters.to'))).toBeValid();
    expect(screen.queryByText(t('filters.reversed'))).not.toBeInTheDocument();
  });
});

describe('names from hostile files', () => {
  const query: TableQuery = { filter: { status: 'all' }, sort: { column: 'name', direction: 'ascending' }, page: 1, pageSize: 25 };
  const html = '<img src=x onerror=alert(1)><script>alert(1)</script>';
  const bidi = 'Ana \u202Egnp.exe\u202C Díaz';
  const long = 'N'.repeat(200);

  it('shows names with HTML, a script or bidi controls as the text they are, each isolated from the page around it', () => {
    const { container } = render(<LearnerTable rows={pageOf([row({ name: html }), row({ name: bidi })], 1, 25)} query={query} onQuery={() => {}} locale="en" currentVersion="1.0.0" />);
    expect(screen.getAllByRole('rowheader').map((cell) => cell.textContent)).toEqual([html, bidi]);
    expect(container.querySelector('img, script')).toBeNull();
    for (const cell of screen.getAllByRole('rowheader')) expect(cell.querySelector('bdi')).not.toBeNull();
  });

  it('cuts a long name visibly with an ellipsis and keeps the whole name in its title', () => {
    render(<LearnerTable rows={pageOf([row({ name: long })], 1, 25)} query={query} onQuery={() => {}} locale="en" currentVersion="1.0.0" />);
    const shown = screen.getByRole('rowheader').querySelector('bdi')!;
    expect(shown.textContent).toBe(`${'N'.repeat(80)}…`);
    expect(shown).toHaveAttribute('title', long);
  });

  it('cuts a long name on a card too', () => {
    vi.stubGlobal('matchMedia', (media: string) => ({ media, matches: false, addEventListener() {}, removeEventListener() {} }));
    try {
      render(<LearnerTable rows={pageOf([row({ name: long })], 1, 25)} query={query} onQuery={() => {}} locale="en" currentVersion="1.0.0" />);
      expect(screen.getByRole('heading', { level: 3 }).textContent).toBe(`${'N'.repeat(80)}…`);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('lists a file with a name of 10,000 characters, HTML or bidi controls by that name, cut and as text', () => {
    const names = [`records.zip/${'n'.repeat(10_000)}.json`, `records.zip/${html}.json`, 'evil\u202Enosj.exe.json'];
    const { container } = render(<FileProblems locale="en" problems={names.map((file) => ({ file, code: 'not-json' as const }))} />);
    const shown = [...container.querySelectorAll('.problem-file')].map((file) => file.textContent);
    expect(shown[0]).toBe(`records.zip/${'n'.repeat(148)}…`);
    expect(shown.slice(1)).toEqual(names.slice(1));
    expect(container.querySelector('img, script')).toBeNull();
  });

  it('never cuts a character in half', () => {
    const { container } = render(<FileProblems locale="en" problems={[{ file: '😀'.repeat(200), code: 'not-json' }, { file: 'e\u0301'.repeat(200), code: 'not-json' }]} />);
    const shown = [...container.querySelectorAll('.problem-file')].map((file) => file.textContent);
    expect(shown).toEqual([`${'😀'.repeat(160)}…`, `${'e\u0301'.repeat(160)}…`]);
  });
});
