/*
 * What the LRS form and the load share with the client that reads the LRS (lrs-client.ts): the
 * credentials, the endpoint as a URL, and why a read failed. Small and without the schema library,
 * so the HR page draws its form without the client, which loads with the first load.
 */

export interface LrsCredentials {
  /** The LRS's key or user name. */
  username: string;
  /** Its secret or password. */
  password: string;
}

/** Why the LRS could not be read. The page words each code. */
export type LrsErrorCode =
  /** Not an http(s) address. */
  | 'bad-endpoint'
  /** The course's security policy does not allow requests to this LRS (docs/security.md): none is made. */
  | 'blocked'
  /** No answer: offline, a wrong address, or the LRS does not allow this page's origin (CORS). */
  | 'unreachable'
  /** 401: the key or secret is wrong. */
  | 'credentials'
  /** 403: these credentials may not read statements. */
  | 'forbidden'
  /** 404: no Statement API at this address. */
  | 'not-found'
  /** Any other refusal or failure of the LRS; `status` has its HTTP status. */
  | 'server'
  /** An answer that is not a page of statements. */
  | 'bad-response';

export class LrsError extends Error {
  constructor(
    readonly code: LrsErrorCode,
    readonly status?: number,
  ) {
    super(status === undefined ? `LRS: ${code}` : `LRS: ${code} (HTTP ${status})`);
    this.name = 'LrsError';
  }
}

/** The endpoint as a base URL ending in `/`, so `statements` resolves under it; undefined when it is not http(s). */
export function endpointUrl(endpoint: string): URL | undefined {
  let url: URL;
  try {
    url = new URL(endpoint.trim());
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  url.search = '';
  url.hash = '';
  return url;
}
