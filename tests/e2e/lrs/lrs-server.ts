import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';

/*
 * A real LRS for the browser tests: xapi-statements (in memory, dev-only), on loopback. Its
 * statements API is at `${url}statements`; it takes any Basic credentials.
 */

export interface RunningLrs {
  /** The xAPI endpoint, ending with `/`. */
  endpoint: string;
  stop: () => Promise<void>;
}

const root = resolve(import.meta.dirname, '../../..');

export async function startLrs(port: number): Promise<RunningLrs> {
  const dir = resolve(root, '.tmp', `lrs-${port}`);
  mkdirSync(dir, { recursive: true });
  const child: ChildProcess = spawn(process.execPath, [resolve(root, 'node_modules/xapi-statements/dist/server.js')], {
    cwd: dir,
    env: {
      ...process.env,
      EXPRESS_PORT: String(port),
      AUTH_REPO: 'test',
      EVENTS_REPO: 'test',
      MODELS_REPO: 'memory',
      STORAGE_REPO: 'local',
      FS_LOCAL_STORAGE_DIR: resolve(dir, 'storage'),
      EXPRESS_MORGAN_DIRECTORY: resolve(dir, 'logs'),
      WINSTON_CONSOLE_LEVEL: 'error',
    },
    stdio: 'ignore',
  });
  const endpoint = `http://127.0.0.1:${port}/xAPI/`;
  const deadline = Date.now() + 20_000;
  for (;;) {
    try {
      const response = await fetch(`${endpoint}statements`, { headers: lrsHeaders });
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline || child.exitCode !== null) throw new Error(`The LRS did not start on port ${port}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    endpoint,
    stop: () =>
      new Promise<void>((done) => {
        if (child.exitCode !== null) {
          done();
          return;
        }
        child.once('exit', () => {
          done();
        });
        child.kill('SIGTERM');
      }),
  };
}

export const lrsHeaders = { Authorization: `Basic ${Buffer.from('test:test').toString('base64')}`, 'X-Experience-API-Version': '1.0.3' };

/** Every statement the LRS holds (following `more`). */
export async function allStatements(endpoint: string, query = ''): Promise<Array<Record<string, unknown> & { id: string }>> {
  const out: Array<Record<string, unknown> & { id: string }> = [];
  let next: string | undefined = `${endpoint}statements?limit=100${query}`;
  const origin = new URL(endpoint).origin;
  while (next) {
    const response: Response = await fetch(next, { headers: lrsHeaders });
    const body = (await response.json()) as { statements: Array<Record<string, unknown> & { id: string }>; more?: string };
    out.push(...body.statements);
    next = body.more ? new URL(body.more, origin).href : undefined;
  }
  return out;
}
