import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, resolve } from 'node:path';
import { unzipSync } from 'fflate';

/*
 * Serves the test LMS (this folder and scorm-again's browser build) and the SCORM packages that
 * `npm run package` built, unzipped as an LMS would: /scorm12/… and /scorm2004/….
 */

const root = resolve(import.meta.dirname, '../../..');
export const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.jpg': 'image/jpeg',
  '.xml': 'application/xml',
  '.xsd': 'application/xml',
  '.webmanifest': 'application/manifest+json',
};

export const PACKAGES = { '1.2': 'scorm12', '2004': 'scorm2004' } as const;

function packageFiles(): Map<string, Uint8Array> {
  const files = new Map<string, Uint8Array>();
  for (const name of Object.values(PACKAGES)) {
    const zip = resolve(root, `dist-packages/customer-focus-${name}.zip`);
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(zip);
    } catch {
      throw new Error(`${zip} is missing: run npm run package first.`);
    }
    for (const [path, content] of Object.entries(unzipSync(bytes))) files.set(`/${name}/${path}`, content);
  }
  return files;
}

export function startLmsServer(port: number): Promise<Server> {
  const files = packageFiles();
  files.set('/lms/index.html', readFileSync(resolve(import.meta.dirname, 'index.html')));
  files.set('/lms/lms.js', readFileSync(resolve(import.meta.dirname, 'lms.js')));
  files.set('/scorm-again.js', readFileSync(resolve(root, 'node_modules/scorm-again/dist/scorm-again.js')));
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const body = files.get(path.endsWith('/') ? `${path}index.html` : path);
    if (!body) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream', 'cache-control': 'no-store' }).end(body);
  });
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => done(server));
  });
}
