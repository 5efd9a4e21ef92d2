// A trainer's mistake must stop `vite build` with the lesson's own message (file, line, fix), on a
// fresh checkout too, where no earlier build has left files for the later build steps to find.
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';

const ROOT = resolve(import.meta.dirname, '..');

describe('a build with a broken lesson', () => {
  let copy: string;
  beforeAll(() => {
    copy = mkdtempSync(join(tmpdir(), 'course-build-'));
    for (const name of ['src', 'public', 'node_modules', 'index.html', 'package.json', 'tsconfig.json']) symlinkSync(join(ROOT, name), join(copy, name));
    cpSync(join(ROOT, 'content'), join(copy, 'content'), { recursive: true });
    const lesson = join(copy, 'content/lessons/what-customer-focus-means/en.mdx');
    writeFileSync(lesson, `${readFileSync(lesson, 'utf8')}\n<Choise>Call back today</Choise>\n`);
  });
  afterAll(() => rmSync(copy, { recursive: true, force: true }));

  it('fails with the lesson’s message, not a later build step’s', async () => {
    const failure = await build({ root: copy, configFile: join(ROOT, 'vite.config.ts'), logLevel: 'silent', build: { outDir: join(copy, 'dist') } }).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(String(failure)).toMatch(/content\/lessons\/what-customer-focus-means\/en\.mdx:\d+:1: <Choise> is not a lesson component\. Did you mean <Choice>\?/);
    expect(String(failure)).not.toMatch(/precaching/);
  }, 120_000);
});
