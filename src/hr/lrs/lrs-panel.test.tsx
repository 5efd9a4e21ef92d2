import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18n, { loadNamespace } from '../../i18n/i18n';
import { course, lessonsIn } from '../../content/course-index';
import type { ImportedRecord } from '../imported-record';
import type { ImportOutcome } from '../worker-protocol';
import { LRS_SETTINGS_KEY } from './lrs-settings';
import { LrsPanel } from './LrsPanel';
import { statementsFor } from './statement-fixtures';
import { useLrsImport } from './use-lrs-import';

const t = i18n.getFixedT('en', 'hr');
const COURSE_IRI = 'https://learning.example.com/courses/customer-focus';
const ENDPOINT = 'https://lrs.example.com/xapi/';
const [firstLesson] = lessonsIn('en').map((lesson) => lesson.spec);

beforeAll(async () => {
  await loadNamespace('hr');
});
beforeEach(() => localStorage.clear());

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

function Harness({ fetchImpl, added }: { fetchImpl: typeof fetch; added: ImportedRecord[][] }) {
  const addRecords = (records: readonly ImportedRecord[]): Promise<ImportOutcome> => {
    added.push([...records]);
    return Promise.resolve({ loaded: records.length, problems: [], learners: records.length, skipped: 0 });
  };
  const lrs = useLrsImport(addRecords, fetchImpl);
  return <LrsPanel state={lrs.state} onLoad={(request) => void lrs.load(request)} onStop={lrs.stop} />;
}

async function fillIn(user: ReturnType<typeof userEvent.setup>, password = 'secret') {
  await user.type(screen.getByLabelText(t('lrs.endpoint')), ENDPOINT);
  await user.type(screen.getByLabelText(t('lrs.username')), 'hr-key');
  await user.type(screen.getByLabelText(t('lrs.password')), password);
  await user.type(screen.getByLabelText(t('lrs.courseIri')), COURSE_IRI);
}

describe('loading the report from an LRS', () => {
  it('loads the learners found and says how many, remembering the endpoint and course but not the secret', async () => {
    const statement = statementsFor({ employeeId: 'E-1', name: 'Ana' }, { courseIri: COURSE_IRI }).lessonStarted(firstLesson!.slug, '2026-03-10T09:00:00.000Z');
    const added: ImportedRecord[][] = [];
    const user = userEvent.setup();
    render(<Harness fetchImpl={() => Promise.resolve(json({ statements: [statement], more: '' }))} added={added} />);
    await fillIn(user);
    await user.keyboard('{Enter}');

    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(t('lrs.found', { count: 1, statements: 1 })));
    expect(added).toHaveLength(1);
    expect(added[0]!.map((record) => [record.row.employeeId, record.row.status, record.row.courseId, record.row.file])).toEqual([['E-1', 'in-progress', course.id, ENDPOINT]]);
    expect(JSON.parse(localStorage.getItem(LRS_SETTINGS_KEY)!)).toEqual({ endpoint: ENDPOINT, courseIri: COURSE_IRI });
  });

  it('reports statements it could not use as a warning, in words', async () => {
    const statement = statementsFor({ employeeId: 'E-1', name: 'Ana' }, { courseIri: COURSE_IRI }).lessonStarted(firstLesson!.slug, '2026-03-10T09:00:00.000Z');
    const user = userEvent.setup();
    render(<Harness fetchImpl={() => Promise.resolve(json({ statements: [statement, { id: 'not a statement' }], more: '' }))} added={[]} />);
    await fillIn(user);
    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(t('lrs.found', { count: 1, statements: 2 })));
    expect(screen.getByRole('status')).toHaveTextContent(t('result.warning'));
  });

  it('names each missing field and puts focus on the first', async () => {
    const user = userEvent.setup();
    const fetchImpl = vi.fn<typeof fetch>();
    render(<Harness fetchImpl={fetchImpl} added={[]} />);
    await user.click(screen.getByRole('button', { name: t('lrs.load') }));
    const endpoint = screen.getByLabelText(t('lrs.endpoint'));
    expect(endpoint).toHaveFocus();
    expect(endpoint).toHaveAttribute('aria-invalid', 'true');
    expect(endpoint).toHaveAccessibleDescription(expect.stringContaining(t('lrs.error.bad-endpoint')));
    expect(screen.getByLabelText(t('lrs.password'))).toHaveAccessibleDescription(expect.stringContaining(t('lrs.required.password')));
    expect(fetchImpl).not.toHaveBeenCalled();
  });

  it('says plainly when the LRS refuses the secret, by the secret, with focus there', async () => {
    const user = userEvent.setup();
    const added: ImportedRecord[][] = [];
    render(<Harness fetchImpl={() => Promise.resolve(json({ message: 'Unauthorised' }, 401))} added={added} />);
    await fillIn(user, 'wrong');
    await user.click(screen.getByRole('button', { name: t('lrs.load') }));
    const password = screen.getByLabelText(t('lrs.password'));
    await waitFor(() => expect(password).toHaveFocus());
    expect(password).toHaveAttribute('aria-invalid', 'true');
    expect(password).toHaveAccessibleDescription(expect.stringContaining(t('lrs.error.credentials')));
    expect(added).toEqual([]);
  });

  it('says the LRS cannot be reached, by the endpoint, when the code that reads it does not load (offline)', async () => {
    vi.doMock('./lrs-client', () => {
      throw new TypeError('Failed to fetch dynamically imported module');
    });
    try {
      const user = userEvent.setup();
      const added: ImportedRecord[][] = [];
      const fetchImpl = vi.fn<typeof fetch>();
      render(<Harness fetchImpl={fetchImpl} added={added} />);
      await fillIn(user);
      await user.click(screen.getByRole('button', { name: t('lrs.load') }));
      const endpoint = screen.getByLabelText(t('lrs.endpoint'));
      await waitFor(() => expect(endpoint).toHaveFocus());
      expect(endpoint).toHaveAccessibleDescription(expect.stringContaining(t('lrs.error.unreachable', { origin: window.location.origin, endpoint: new URL(ENDPOINT).origin })));
      expect(fetchImpl).not.toHaveBeenCalled();
      expect(added).toEqual([]);
    } finally {
      vi.doUnmock('./lrs-client');
    }
  });

  it('says by the endpoint when the course’s security policy does not allow that LRS, and asks it nothing', async () => {
    const policy = document.createElement('meta');
    policy.httpEquiv = 'Content-Security-Policy';
    policy.content = "default-src 'none'; connect-src 'self' https://other-lrs.example.com";
    document.head.append(policy);
    const user = userEvent.setup();
    const added: ImportedRecord[][] = [];
    const asked: unknown[] = [];
    render(<Harness fetchImpl={(url) => { asked.push(url); return Promise.resolve(json({ statements: [] })); }} added={added} />);
    await fillIn(user);
    await user.click(screen.getByRole('button', { name: t('lrs.load') }));
    const endpoint = screen.getByLabelText(t('lrs.endpoint'));
    await waitFor(() => expect(endpoint).toHaveFocus());
    expect(endpoint).toHaveAccessibleDescription(expect.stringContaining(t('lrs.error.blocked', { endpoint: 'https://lrs.example.com' })));
    expect(asked).toEqual([]);
    expect(added).toEqual([]);
  });

  it('stops when asked, adds nothing, and gives focus back to the Load button', async () => {
    const user = userEvent.setup();
    const added: ImportedRecord[][] = [];
    // An LRS that never answers until the request is aborted.
    const fetchImpl = (_input: string | URL | Request, init?: RequestInit) =>
      new Promise<Response>((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal!.reason as Error)));
    render(<Harness fetchImpl={fetchImpl} added={added} />);
    await fillIn(user);
    await user.click(screen.getByRole('button', { name: t('lrs.load') }));
    expect(screen.getByRole('progressbar')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: t('import.cancel') }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(t('lrs.stopped')));
    expect(screen.getByRole('button', { name: t('lrs.load') })).toHaveFocus();
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
    expect(added).toEqual([]);
  });
});
