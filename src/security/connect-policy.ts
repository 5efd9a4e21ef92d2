/**
 * The page's own answer to "may the course send requests to this address?", read from the
 * Content-Security-Policy the build wrote into index.html (scripts/build/content-security-policy.ts).
 * The browser blocks a request the policy does not allow with nothing but a console line; asking
 * first lets the course say, in words, that the policy is why an LRS cannot be reached.
 *
 * It understands the sources the build writes ('self', 'none', a scheme such as `https:`, and
 * origins with an optional `*.` subdomain wildcard or `:*` port), which is all a policy of this
 * course holds. Without a policy (the dev server) everything is allowed, as the browser does.
 */

const POLICY_META = 'meta[http-equiv="Content-Security-Policy" i]';

const DEFAULT_PORTS: Record<string, string> = { 'http:': '80', 'https:': '443' };
const portOf = (url: URL) => url.port || DEFAULT_PORTS[url.protocol] || '';

/** Whether one source expression of connect-src allows `url`, on a page at `self`. */
function sourceAllows(source: string, url: URL, self: URL): boolean {
  const lower = source.toLowerCase();
  if (lower === "'none'") return false;
  if (lower === "'self'") return url.origin === self.origin;
  if (lower === '*') return url.protocol === 'http:' || url.protocol === 'https:' || url.protocol === self.protocol;
  // A scheme source: `https:` (and `http:`, which CSP lets reach https too).
  if (/^[a-z][a-z0-9+.-]*:$/.test(lower)) return url.protocol === lower || (lower === 'http:' && url.protocol === 'https:');
  const host = /^(?:([a-z][a-z0-9+.-]*):\/\/)?(\*\.)?([^:/]+)(?::(\d+|\*))?(\/.*)?$/.exec(lower);
  if (!host) return false;
  const [, scheme, wildcard, name, port, path] = host;
  if (scheme && `${scheme}:` !== url.protocol && !(scheme === 'http' && url.protocol === 'https:')) return false;
  if (!scheme && url.protocol !== self.protocol) return false;
  const hostname = url.hostname.toLowerCase();
  if (wildcard ? !hostname.endsWith(`.${name!}`) : hostname !== name) return false;
  if (port !== '*') {
    const wanted = port ?? DEFAULT_PORTS[scheme ? `${scheme}:` : self.protocol] ?? '';
    // http://host (port 80) also allows https://host on 443, the secure upgrade CSP permits.
    const upgraded = port === undefined && scheme === 'http' && url.protocol === 'https:' && portOf(url) === '443';
    if (portOf(url) !== wanted && !upgraded) return false;
  }
  return path === undefined || path.endsWith('/') ? url.pathname.startsWith(path ?? '/') : url.pathname === path;
}

/** Whether one policy (the text of a `<meta>`) allows a request to `url`. */
export function policyAllowsConnect(policy: string, url: URL, self: URL): boolean {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name && !directives.has(name.toLowerCase())) directives.set(name.toLowerCase(), sources);
  }
  const sources = directives.get('connect-src') ?? directives.get('default-src');
  return sources === undefined || sources.some((source) => sourceAllows(source, url, self));
}

/** The policies of this page, from its `<meta>` elements. */
const pagePolicies = (): string[] =>
  typeof document === 'undefined' ? [] : [...document.querySelectorAll(POLICY_META)].map((meta) => meta.getAttribute('content') ?? '');

/**
 * Whether this page may send a request to `address` (every policy must allow it, as the browser
 * requires). An address that is not a URL is left to the caller's own checks.
 */
export function connectAllowed(address: string, policies: readonly string[] = pagePolicies(), self: string = location.href): boolean {
  let url: URL;
  try {
    url = new URL(address, self);
  } catch {
    return true;
  }
  return policies.every((policy) => policyAllowsConnect(policy, url, new URL(self)));
}

/**
 * Narrows where this page may send requests from now on to its own origin and `origins` (a second
 * policy; the browser enforces both). A cmi5 package allows any https origin until the launch URL
 * names the LMS's; from then on, nothing else.
 */
export function narrowConnect(origins: readonly string[]): void {
  const meta = document.createElement('meta');
  meta.httpEquiv = 'Content-Security-Policy';
  meta.content = `connect-src 'self' ${[...new Set(origins)].join(' ')}`;
  document.head.append(meta);
}
