import type { Plugin } from 'vite';

/**
 * The Content-Security-Policy of the built course (docs/security.md). The build writes it into
 * index.html as a `<meta http-equiv>` (so it holds on any server, in an LMS package and offline),
 * and the same policy, plus what only a header can say, is documented for servers.
 *
 * Every directive is as narrow as the built app allows: scripts, styles, workers and fonts only
 * from the course's own files; nothing framed, no plugins, no `<base>`, no form posts; and network
 * requests only to the course itself plus the origins a deployer names at build time (the LRS in
 * xapi.json, the LRS the HR report reads, a cmi5 LMS).
 */

/** The build setting: origins, separated by spaces or commas, the course may send requests to besides its own. */
export const CONNECT_ORIGINS_VARIABLE = 'COURSE_CONNECT_ORIGINS';

/** No page of the course needs to tell another site where a request came from; a cmi5 launch URL even carries the learner. */
export const REFERRER_POLICY = 'no-referrer';

/**
 * A CSP host source naming one origin: http or https, a host (a leading `*.` allows its
 * subdomains) and an optional port (`:*` for any). No path: CSP matches paths too, and a path
 * that differs from the endpoint's by a slash would block the LRS without saying why.
 */
const ORIGIN = /^https?:\/\/(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)*(:(\d{1,5}|\*))?$/i;

/**
 * The origins of the build setting, or an error that says what to write instead: a policy that
 * silently ignored a mistyped origin would block the LRS in every learner's browser.
 */
export function parseConnectOrigins(raw: string | undefined): string[] {
  const origins: string[] = [];
  for (const item of (raw ?? '').split(/[\s,]+/).filter(Boolean)) {
    const origin = item.replace(/\/+$/, '');
    if (!ORIGIN.test(origin)) {
      throw new Error(
        `${CONNECT_ORIGINS_VARIABLE}: "${item}" is not an origin. Write each as scheme://host[:port], for example https://lrs.example.com or https://lms.example.com:8443, separated by spaces.`,
      );
    }
    if (!origins.includes(origin.toLowerCase())) origins.push(origin.toLowerCase());
  }
  return origins;
}

export interface PolicyOptions {
  /** Origins allowed for fetch besides the course's own (`parseConnectOrigins`). */
  connect: readonly string[];
}

/** The directives, in the order they are written. */
export function policyDirectives({ connect }: PolicyOptions): Array<[string, string[]]> {
  return [
    ['default-src', ["'none'"]],
    ['script-src', ["'self'"]],
    // Stylesheets are files; React's style props set properties through the CSSOM, which CSP allows.
    ['style-src', ["'self'"]],
    // Vite inlines pictures smaller than 4 KB as data: URLs.
    ['img-src', ["'self'", 'data:']],
    ['font-src', ["'self'"]],
    ['connect-src', ["'self'", ...connect]],
    // The HR import's workers and the offline service worker are files of the build.
    ['worker-src', ["'self'"]],
    ['manifest-src', ["'self'"]],
    ['object-src', ["'none'"]],
    ['base-uri', ["'none'"]],
    ['form-action', ["'none'"]],
  ];
}

const written = (directives: Array<[string, string[]]>) => directives.map(([name, sources]) => `${name} ${sources.join(' ')}`).join('; ');

/** The policy for the `<meta>` in index.html. */
export const metaPolicy = (options: PolicyOptions): string => written(policyDirectives(options));

/**
 * The policy for a server's header: the same, plus `frame-ancestors`, which a `<meta>` cannot set.
 * `'self'` lets the course frame itself only; an LMS that frames the course from another origin
 * must be added to it (docs/security.md).
 */
export const headerPolicy = (options: PolicyOptions, frameAncestors: readonly string[] = ["'self'"]): string =>
  written([...policyDirectives(options), ['frame-ancestors', [...frameAncestors]]]);

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** The two `<meta>` elements the build writes. */
export const securityMeta = (policy: string): string =>
  `<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(policy)}" />\n    <meta name="referrer" content="${REFERRER_POLICY}" />`;

/**
 * index.html with the policy right after `<meta charset>`: a policy covers only what comes after
 * it, so it precedes every script and stylesheet, and the charset stays in the first bytes.
 */
export function withSecurityMeta(html: string, policy: string): string {
  const charset = /<meta\s+charset=[^>]*>/i.exec(html);
  if (!charset) throw new Error('index.html has no <meta charset>: the security policy goes right after it.');
  const end = charset.index + charset[0].length;
  return `${html.slice(0, end)}\n    ${securityMeta(policy)}${html.slice(end)}`;
}

const META = /(<meta\s+http-equiv="Content-Security-Policy"\s+content=")([^"]*)(")/i;

/** The policy written in a built index.html, or undefined when it has none. */
export const policyIn = (html: string): string | undefined => META.exec(html)?.[2]?.replace(/&quot;/g, '"').replace(/&amp;/g, '&');

/**
 * A built index.html for a cmi5 package: where the build named no origin, connect-src also allows
 * `https:`, since the LMS names its LRS only in the launch URL. Where the build named origins,
 * the package keeps exactly those.
 */
export function openConnectForLaunch(html: string): string {
  const policy = policyIn(html);
  if (policy === undefined) throw new Error('index.html has no Content-Security-Policy: build the course with npm run build first.');
  const directives = policy.split(';').map((d) => d.trim());
  const connect = directives.findIndex((d) => d.startsWith('connect-src '));
  if (connect < 0 || directives[connect] !== "connect-src 'self'") return html;
  directives[connect] = "connect-src 'self' https:";
  return html.replace(META, (_, start: string, _old: string, end: string) => `${start}${escapeAttribute(directives.join('; '))}${end}`);
}

/**
 * Writes the policy into the built index.html. Build only: the dev server needs an inline
 * react-refresh preamble and a websocket for hot reload, which this policy rightly refuses.
 */
export function securityPolicyPlugin(env: NodeJS.ProcessEnv = process.env): Plugin {
  let policy = '';
  return {
    name: 'course-security-policy',
    apply: 'build',
    buildStart() {
      policy = metaPolicy({ connect: parseConnectOrigins(env[CONNECT_ORIGINS_VARIABLE]) });
    },
    transformIndexHtml: { order: 'post', handler: (html) => withSecurityMeta(html, policy) },
  };
}
