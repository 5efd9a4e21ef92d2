import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { metaPolicy, policyIn } from '../../scripts/build/content-security-policy';
import { TYPES } from './lms/lms-server';

const dist = resolve(import.meta.dirname, '../..', process.env.E2E_DIST ?? 'dist');

/** The built index.html with the policy a build with `COURSE_CONNECT_ORIGINS=<origins>` writes (the builder's own). */
function indexAllowing(origins: readonly string[]): string {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  if (policyIn(html) === undefined) throw new Error('dist/index.html has no Content-Security-Policy: run npm run build');
  return html.replace(/(http-equiv="Content-Security-Policy" content=")[^"]*/, `$1${metaPolicy({ connect: origins })}`);
}

/**
 * Serves dist/ on a loopback port of its own, as the course built for an LRS or LMS at `origins`
 * would be: only index.html's connect-src differs. For tests whose LRS or LMS runs on another
 * loopback port; serving the page from a real server (not a rewritten response) keeps it in the
 * loopback address space Chromium requires for those requests.
 */
export function startBuildServer(port: number, origins: readonly string[]): Promise<Server> {
  const index = indexAllowing(origins);
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname));
    if (path === '/' || path === '/index.html') {
      response.writeHead(200, { 'content-type': TYPES['.html']!, 'cache-control': 'no-store' }).end(index);
      return;
    }
    let body: Buffer;
    try {
      body = readFileSync(join(dist, path));
    } catch {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' }).end(body);
  });
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => done(server));
  });
}

export const stopServer = (server: Server | undefined) =>
  new Promise<void>((done) => {
    if (!server) {
      done();
      return;
    }
    server.close(() => {
      done();
    });
    server.closeAllConnections();
  });

/**
 * The built index.html with `rewrite` applied, for a page whose other origins are not on loopback
 * (Chromium keeps a rewritten response out of the loopback address space). Navigations must reach
 * the network for this, so such tests block the service worker.
 */
export async function serveRewrittenIndex(page: Page, rewrite: (html: string) => string) {
  await page.route(
    (url) => url.pathname === '/' || url.pathname.endsWith('/index.html'),
    async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, body: rewrite(await response.text()) });
    },
  );
}

/**
 * Records every Content-Security-Policy violation the page reports (the `securitypolicyviolation`
 * event of each document, from before its first script) and every console line the browser writes
 * about one (which also covers documents already gone).
 */
export async function watchPolicyViolations(page: Page) {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(`${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'} in ${event.sourceFile || event.documentURI}:${event.lineNumber}`);
    });
  });
  const logged: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Content-Security-Policy/i.test(message.text())) logged.push(message.text());
  });
  return {
    /** Violations the current document reported through its event. */
    events: () => page.evaluate(() => [...((window as unknown as { cspViolations?: string[] }).cspViolations ?? [])]),
    /** Console lines about the policy, since the watch began. */
    logged: () => [...logged],
  };
}
