import { z } from 'zod/mini';
import { connectAllowed } from '../../security/connect-policy';
import { LrsError, endpointUrl, type LrsCredentials } from './lrs-request';

/*
 * Reads a course's statements from an LRS through the xAPI Statement API: paged GETs that follow
 * `more` until the LRS has no more. Only reads: the report never writes to the LRS.
 */

export interface StatementQuery {
  /** The xAPI endpoint, e.g. `https://lrs.example.com/xapi/`. */
  endpoint: string;
  credentials: LrsCredentials;
  /** The course's activity id: statements about it, or with it in their context, are read. */
  courseIri: string;
  signal?: AbortSignal;
  /** Each page's statements as it arrives, with the count so far. */
  onPage: (statements: unknown[], progress: { statements: number; pages: number }) => void;
}

export const XAPI_VERSION = '1.0.3';
/** Statements asked for per page; an LRS may send fewer. */
export const PAGE_SIZE = 500;

const pageSchema = z.object({ statements: z.array(z.unknown()), more: z.optional(z.string()) });

/** `Basic` credentials, UTF-8 encoded so a secret with accents still reaches the LRS as typed. */
export function basicAuth({ username, password }: LrsCredentials): string {
  const bytes = new TextEncoder().encode(`${username}:${password}`);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return `Basic ${btoa(binary)}`;
}

const failure = (status: number): LrsError =>
  status === 401 ? new LrsError('credentials', status) : status === 403 ? new LrsError('forbidden', status) : status === 404 ? new LrsError('not-found', status) : new LrsError('server', status);

/**
 * Reads every statement about the course, page by page, handing each page to `onPage`. Resolves
 * with the totals; rejects with an `LrsError`, or with the signal's reason when stopped.
 */
export async function readStatements(query: StatementQuery, fetchImpl: typeof fetch = fetch): Promise<{ statements: number; pages: number }> {
  const base = endpointUrl(query.endpoint);
  if (!base) throw new LrsError('bad-endpoint');
  if (!connectAllowed(base.href)) throw new LrsError('blocked');
  const first = new URL('statements', base);
  first.search = new URLSearchParams({ activity: query.courseIri, related_activities: 'true', limit: String(PAGE_SIZE) }).toString();
  const headers = { Authorization: basicAuth(query.credentials), 'X-Experience-API-Version': XAPI_VERSION, Accept: 'application/json' };

  const asked = new Set<string>();
  let next: URL | undefined = first;
  let statements = 0;
  let pages = 0;
  while (next) {
    query.signal?.throwIfAborted();
    // A `more` that leads back to a page already read would never end.
    if (asked.has(next.href)) throw new LrsError('bad-response');
    asked.add(next.href);
    let response: Response;
    try {
      response = await fetchImpl(next, { headers, signal: query.signal ?? null, credentials: 'omit', cache: 'no-store' });
    } catch (error) {
      query.signal?.throwIfAborted();
      throw Object.assign(new LrsError('unreachable'), { cause: error });
    }
    if (!response.ok) throw failure(response.status);
    let body: unknown;
    try {
      body = await response.json();
    } catch (error) {
      query.signal?.throwIfAborted();
      throw Object.assign(new LrsError('bad-response'), { cause: error });
    }
    const page = pageSchema.safeParse(body);
    if (!page.success) throw new LrsError('bad-response');
    query.signal?.throwIfAborted();
    statements += page.data.statements.length;
    pages += 1;
    query.onPage(page.data.statements, { statements, pages });
    // xAPI: `more` is relative to the LRS's origin (it may also be a full address).
    const more = page.data.more?.trim();
    try {
      next = more ? new URL(more, base.origin) : undefined;
    } catch {
      throw new LrsError('bad-response');
    }
  }
  return { statements, pages };
}
