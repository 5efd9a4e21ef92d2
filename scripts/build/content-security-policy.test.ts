import {
  CONNECT_ORIGINS_VARIABLE,
  headerPolicy,
  metaPolicy,
  openConnectForLaunch,
  parseConnectOrigins,
  policyIn,
  securityPolicyPlugin,
  withSecurityMeta,
} from './content-security-policy';

/** The policy as a map of directive to sources. */
const directives = (policy: string) => new Map(policy.split(';').map((part) => {
  const [name, ...sources] = part.trim().split(/\s+/);
  return [name!, sources];
}));

const INDEX = '<!doctype html>\n<html lang="en">\n  <head>\n    <meta charset="UTF-8" />\n    <title>Customer Focus</title>\n    <script type="module" crossorigin src="./assets/index-a1.js"></script>\n  </head>\n  <body></body>\n</html>';

describe('the meta policy', () => {
  const policy = directives(metaPolicy({ connect: [] }));

  it('runs only the build’s own scripts: no inline script, no eval, nothing from elsewhere', () => {
    expect(policy.get('script-src')).toEqual(["'self'"]);
    expect(policy.get('default-src')).toEqual(["'none'"]);
    for (const sources of policy.values()) {
      expect(sources).not.toContain("'unsafe-inline'");
      expect(sources).not.toContain("'unsafe-eval'");
      expect(sources).not.toContain('*');
    }
  });

  it('allows no plugins, no <base>, no form posts, and styles, fonts and workers from the build only', () => {
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'none'"]);
    expect(policy.get('form-action')).toEqual(["'none'"]);
    expect(policy.get('style-src')).toEqual(["'self'"]);
    expect(policy.get('worker-src')).toEqual(["'self'"]);
    expect(policy.get('font-src')).toEqual(["'self'"]);
    expect(policy.get('img-src')).toEqual(["'self'", 'data:']);
  });

  it('sends requests to the course alone, plus each origin the build names', () => {
    expect(policy.get('connect-src')).toEqual(["'self'"]);
    const configured = directives(metaPolicy({ connect: ['https://lrs.example.com', 'https://lms.example.com:8443'] }));
    expect(configured.get('connect-src')).toEqual(["'self'", 'https://lrs.example.com', 'https://lms.example.com:8443']);
  });

  it('leaves frame-ancestors to the header, where browsers read it', () => {
    expect(policy.has('frame-ancestors')).toBe(false);
    expect(directives(headerPolicy({ connect: [] })).get('frame-ancestors')).toEqual(["'self'"]);
    expect(headerPolicy({ connect: [] }).startsWith(metaPolicy({ connect: [] }))).toBe(true);
  });
});

describe('the build setting', () => {
  it('reads origins separated by spaces or commas, without trailing slashes or repeats', () => {
    expect(parseConnectOrigins(' https://LRS.example.com/, https://lms.example.com:8443 https://lrs.example.com http://127.0.0.1:* https://*.example.org')).toEqual([
      'https://lrs.example.com',
      'https://lms.example.com:8443',
      'http://127.0.0.1:*',
      'https://*.example.org',
    ]);
    expect(parseConnectOrigins(undefined)).toEqual([]);
    expect(parseConnectOrigins('  ')).toEqual([]);
  });

  it.each(['https://lrs.example.com/xapi/', 'lrs.example.com', 'https:', '*', "'unsafe-inline'", 'ftp://files.example.com', "https://a.example.com;script-src"])(
    'stops the build on %s, saying what to write',
    (value) => {
      expect(() => parseConnectOrigins(value)).toThrow(new RegExp(`${CONNECT_ORIGINS_VARIABLE}: .* scheme://host\\[:port\\]`));
    },
  );
});

describe('index.html', () => {
  it('gets the policy and the referrer policy right after the charset, before any script', () => {
    const html = withSecurityMeta(INDEX, metaPolicy({ connect: ['https://lrs.example.com'] }));
    const csp = html.indexOf('http-equiv="Content-Security-Policy"');
    expect(html.indexOf('charset')).toBeLessThan(csp);
    expect(csp).toBeLessThan(html.indexOf('<script'));
    expect(html).toContain('<meta name="referrer" content="no-referrer" />');
    expect(policyIn(html)).toBe(metaPolicy({ connect: ['https://lrs.example.com'] }));
  });

  it('is written by the build plugin from the environment, and the plugin stops on a bad origin', () => {
    const plugin = securityPolicyPlugin({ [CONNECT_ORIGINS_VARIABLE]: 'https://lrs.example.com' });
    expect(plugin.apply).toBe('build');
    (plugin.buildStart as () => void)();
    const transform = plugin.transformIndexHtml as { handler: (html: string) => string };
    expect(policyIn(transform.handler(INDEX))).toBe(metaPolicy({ connect: ['https://lrs.example.com'] }));
    const bad = securityPolicyPlugin({ [CONNECT_ORIGINS_VARIABLE]: 'lrs.example.com' });
    expect(() => (bad.buildStart as () => void)()).toThrow(CONNECT_ORIGINS_VARIABLE);
  });

  it('refuses a template without a charset, where the policy would have no sure place', () => {
    expect(() => withSecurityMeta('<html><head></head></html>', metaPolicy({ connect: [] }))).toThrow(/charset/);
  });
});

describe('a cmi5 package', () => {
  const built = (connect: string[]) => withSecurityMeta(INDEX, metaPolicy({ connect }));

  it('opens connect-src to https when the build named no origin, the LMS’s LRS being known only at launch', () => {
    expect(directives(policyIn(openConnectForLaunch(built([])))!).get('connect-src')).toEqual(["'self'", 'https:']);
  });

  it('keeps exactly the origins the build named', () => {
    const html = built(['https://lms.example.com']);
    expect(openConnectForLaunch(html)).toBe(html);
  });

  it('refuses a build without a policy', () => {
    expect(() => openConnectForLaunch(INDEX)).toThrow(/npm run build/);
  });
});
