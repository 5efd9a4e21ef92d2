import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

const freePort = () =>
  new Promise<number>((done) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });

/** `vite preview` of a built app on a free local port, once it answers; `stop()` ends it. */
export async function startPreview(dist: string): Promise<{ baseUrl: string; stop: () => void }> {
  const port = await freePort();
  const server = spawn(process.execPath, [join(ROOT, 'node_modules/vite/bin/vite.js'), 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort', '--outDir', dist], {
    cwd: ROOT,
    stdio: 'ignore',
  });
  const baseUrl = `http://127.0.0.1:${port}/`;
  const stop = () => server.kill();
  for (let tries = 0; ; tries++) {
    if (await fetch(baseUrl).then((r) => r.ok).catch(() => false)) return { baseUrl, stop };
    if (tries > 100) {
      stop();
      throw new Error('vite preview did not start');
    }
    await new Promise((done) => setTimeout(done, 100));
  }
}
