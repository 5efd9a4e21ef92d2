import { connectAllowed, narrowConnect, policyAllowsConnect } from './connect-policy';

const BUILT = "default-src 'none'; script-src 'self'; connect-src 'self' https://lrs.example.com http://127.0.0.1:* https://*.lms.example.org";
const page = new URL('https://learning.example.com/course/index.html');
const allows = (policy: string, address: string) => policyAllowsConnect(policy, new URL(address), page);

describe('policyAllowsConnect', () => {
  it('allows the course’s own origin and each origin the build named', () => {
    expect(allows(BUILT, 'https://learning.example.com/course/xapi.json')).toBe(true);
    expect(allows(BUILT, 'https://lrs.example.com/xapi/statements')).toBe(true);
    expect(allows(BUILT, 'http://127.0.0.1:4292/xapi/')).toBe(true);
    expect(allows(BUILT, 'https://eu.lms.example.org/lrs/')).toBe(true);
  });

  it('refuses an origin the build did not name, another port or scheme of a named one, and the bare parent of a wildcard', () => {
    expect(allows(BUILT, 'https://evil.example.net/collect')).toBe(false);
    expect(allows(BUILT, 'https://lrs.example.com:8443/xapi/')).toBe(false);
    expect(allows(BUILT, 'http://lrs.example.com/xapi/')).toBe(false);
    expect(allows(BUILT, 'https://lms.example.org/lrs/')).toBe(false);
    expect(allows(BUILT, 'http://localhost:4292/xapi/')).toBe(false);
  });

  it('allows any https origin under a scheme source, but not plain http', () => {
    const opened = "connect-src 'self' https:";
    expect(allows(opened, 'https://anything.example.com/xapi/')).toBe(true);
    expect(allows(opened, 'http://anything.example.com/xapi/')).toBe(false);
  });

  it('falls back to default-src, and allows everything without either', () => {
    expect(allows("default-src 'none'", 'https://learning.example.com/x')).toBe(false);
    expect(allows("default-src 'self'", 'https://learning.example.com/x')).toBe(true);
    expect(allows("script-src 'self'", 'https://elsewhere.example.com/x')).toBe(true);
  });
});

describe('connectAllowed', () => {
  it('needs every policy of the page to allow the address, as the browser does', () => {
    const narrowed = "connect-src 'self' https://lrs.example.com";
    expect(connectAllowed('https://lrs.example.com/xapi/', ["connect-src 'self' https:", narrowed], page.href)).toBe(true);
    expect(connectAllowed('https://other.example.com/xapi/', ["connect-src 'self' https:", narrowed], page.href)).toBe(false);
  });

  it('allows everything on a page without a policy, like the dev server', () => {
    expect(connectAllowed('https://other.example.com/xapi/', [], page.href)).toBe(true);
  });

  it('reads the page’s own policies, including one added to narrow it', () => {
    const built = document.createElement('meta');
    built.httpEquiv = 'Content-Security-Policy';
    built.content = "connect-src 'self' https:";
    document.head.append(built);
    expect(connectAllowed('https://other.example.com/xapi/')).toBe(true);
    narrowConnect(['https://lrs.example.com', 'https://lms.example.com', 'https://lrs.example.com']);
    const added = document.head.querySelectorAll('meta[http-equiv="Content-Security-Policy"]')[1];
    expect(added?.getAttribute('content')).toBe("connect-src 'self' https://lrs.example.com https://lms.example.com");
    expect(connectAllowed('https://lrs.example.com/xapi/statements')).toBe(true);
    expect(connectAllowed('https://other.example.com/xapi/')).toBe(false);
    document.head.querySelectorAll('meta').forEach((meta) => meta.remove());
  });
});
