import { PAGE_SIZE, basicAuth, readStatements, type StatementQuery } from './lrs-client';
import { LrsError, endpointUrl } from './lrs-request';

const COURSE_IRI = 'https://learning.example.com/courses/customer-focus';

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

/** A fake LRS answering from a list of responses, recording what it was asked. */
function fakeFetch(...responses: Array<Response | Error>) {
  const calls: Array<{ url: string; init: RequestInit | undefined }> = [];
  const impl = (input: string | URL | Request, init?: RequestInit) => {
    calls.push({ url: input instanceof Request ? input.url : String(input), init });
    const next = responses.shift();
    if (!next) throw new Error('no more responses');
    return next instanceof Error ? Promise.reject(next) : Promise.resolve(next);
  };
  return { impl, calls };
}

const query = (overrides: Partial<StatementQuery> = {}): StatementQuery & { pages: unknown[][] } => {
  const pages: unknown[][] = [];
  return {
    endpoint: 'https://lrs.example.com/xapi/',
    credentials: { username: 'key', password: 'secret' },
    courseIri: COURSE_IRI,
    onPage: (statements) => pages.push(statements),
    pages,
    ...overrides,
  };
};

const failureOf = async (promise: Promise<unknown>): Promise<unknown> => promise.then(() => 'resolved', (error: unknown) => error);

describe('reading statements from an LRS', () => {
  it('asks for the course’s statements with the xAPI version and Basic credentials', async () => {
    const { impl, calls } = fakeFetch(json({ statements: [{ id: 'a' }], more: '' }));
    const asked = query();
    await expect(readStatements(asked, impl)).resolves.toEqual({ statements: 1, pages: 1 });
    const url = new URL(calls[0]!.url);
    expect(url.origin + url.pathname).toBe('https://lrs.example.com/xapi/statements');
    expect(Object.fromEntries(url.searchParams)).toEqual({ activity: COURSE_IRI, related_activities: 'true', limit: String(PAGE_SIZE) });
    expect(calls[0]!.init?.headers).toMatchObject({ Authorization: `Basic ${btoa('key:secret')}`, 'X-Experience-API-Version': '1.0.3' });
    expect(calls[0]!.init?.credentials).toBe('omit');
    expect(asked.pages).toEqual([[{ id: 'a' }]]);
  });

  it('follows `more` from the LRS’s origin until it is empty, reporting each page', async () => {
    const { impl, calls } = fakeFetch(
      json({ statements: [{ id: 'a' }, { id: 'b' }], more: '/xapi/statements?cursor=2' }),
      json({ statements: [{ id: 'c' }], more: '/xapi/statements?cursor=3' }),
      json({ statements: [] }),
    );
    const progress: Array<{ statements: number; pages: number }> = [];
    const asked = query({ endpoint: 'https://lrs.example.com/xapi', onPage: (_statements, seen) => progress.push(seen) });
    await expect(readStatements(asked, impl)).resolves.toEqual({ statements: 3, pages: 3 });
    expect(calls.map((call) => call.url).slice(1)).toEqual(['https://lrs.example.com/xapi/statements?cursor=2', 'https://lrs.example.com/xapi/statements?cursor=3']);
    expect(progress).toEqual([
      { statements: 2, pages: 1 },
      { statements: 3, pages: 2 },
      { statements: 3, pages: 3 },
    ]);
  });

  it('encodes credentials as UTF-8', () => {
    const decoded = atob(basicAuth({ username: 'rrhh', password: 'contraseña' }).slice('Basic '.length));
    expect(new TextDecoder().decode(Uint8Array.from(decoded, (char) => char.charCodeAt(0)))).toBe('rrhh:contraseña');
  });

  it('accepts only http and https endpoints', () => {
    expect(endpointUrl(' https://lrs.example.com/xapi?x=1 ')?.href).toBe('https://lrs.example.com/xapi/');
    for (const bad of ['lrs.example.com/xapi', 'ftp://lrs.example.com/', '', 'javascript:alert(1)']) expect(endpointUrl(bad), bad).toBeUndefined();
  });

  it.each([
    [401, 'credentials'],
    [403, 'forbidden'],
    [404, 'not-found'],
    [500, 'server'],
  ] as const)('says what an HTTP %i means', async (status, code) => {
    const { impl } = fakeFetch(json({ message: 'no' }, status));
    const error = await failureOf(readStatements(query(), impl));
    expect(error).toBeInstanceOf(LrsError);
    expect(error).toMatchObject({ code, status });
  });

  it('says the LRS is unreachable when the request fails (offline, wrong address, or CORS)', async () => {
    const { impl } = fakeFetch(new TypeError('Failed to fetch'));
    await expect(readStatements(query(), impl)).rejects.toMatchObject({ code: 'unreachable' });
  });

  it('refuses an answer that is not a page of statements', async () => {
    for (const body of [new Response('<html>login</html>', { status: 200 }), json({ results: [] }), json({ statements: 'none' })]) {
      const { impl } = fakeFetch(body);
      await expect(readStatements(query(), impl)).rejects.toMatchObject({ code: 'bad-response' });
    }
  });

  it('stops rather than loop when `more` leads back to a page already read', async () => {
    const { impl } = fakeFetch(json({ statements: [], more: '/xapi/statements?cursor=1' }), json({ statements: [], more: '/xapi/statements?cursor=1' }));
    await expect(readStatements(query(), impl)).rejects.toMatchObject({ code: 'bad-response' });
  });

  it('refuses an endpoint that is not a web address before asking anything', async () => {
    const { impl, calls } = fakeFetch();
    await expect(readStatements(query({ endpoint: 'lrs.example.com' }), impl)).rejects.toMatchObject({ code: 'bad-endpoint' });
    expect(calls).toHaveLength(0);
  });

  it('stops when told, asking for no further page', async () => {
    const controller = new AbortController();
    const { impl, calls } = fakeFetch(json({ statements: [{ id: 'a' }], more: '/xapi/statements?cursor=2' }), json({ statements: [{ id: 'b' }] }));
    const asked = query({ signal: controller.signal, onPage: () => controller.abort() });
    const error = await failureOf(readStatements(asked, impl));
    expect(error).toMatchObject({ name: 'AbortError' });
    expect(calls).toHaveLength(1);
  });
});
