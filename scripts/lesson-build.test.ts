// What a trainer's lesson files do to `vite build`: a mistake stops it with the lesson's own message
// (file, line, fix), on a fresh checkout too, where no earlier build has left files for the later
// build steps to find; a picture beside a lesson ships with it.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';

const ROOT = resolve(import.meta.dirname, '..');

/** A copy of the project whose first lesson ends with `addition`, and its build. */
function projectCopy(addition: string, files: Record<string, Uint8Array> = {}) {
  const copy = mkdtempSync(join(tmpdir(), 'course-build-'));
  for (const name of ['src', 'public', 'node_modules', 'tsconfig.json']) symlinkSync(join(ROOT, name), join(copy, name));
  // The page itself is the build's entry: it must sit inside the copy.
  for (const name of ['content', 'index.html', 'package.json']) cpSync(join(ROOT, name), join(copy, name), { recursive: true });
  const folder = join(copy, 'content/lessons/what-customer-focus-means');
  writeFileSync(join(folder, 'en.mdx'), `${readFileSync(join(folder, 'en.mdx'), 'utf8')}\n${addition}\n`);
  for (const [name, bytes] of Object.entries(files)) writeFileSync(join(folder, name), bytes);
  return {
    copy,
    build: () => build({ root: copy, configFile: join(ROOT, 'vite.config.ts'), logLevel: 'silent', build: { outDir: join(copy, 'dist') } }),
  };
}

describe('a build with a broken lesson', () => {
  const { copy, build: buildCopy } = projectCopy('<Choise>Call back today</Choise>');
  afterAll(() => rmSync(copy, { recursive: true, force: true }));

  it('fails with the lesson’s message, not a later build step’s', async () => {
    const failure = await buildCopy().then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(String(failure)).toMatch(/content\/lessons\/what-customer-focus-means\/en\.mdx:\d+:1: <Choise> is not a lesson component\. Did you mean <Choice>\?/);
    expect(String(failure)).not.toMatch(/precaching/);
  }, 120_000);
});

describe('a lesson with a picture beside it', () => {
  // A picture over Vite's 4 KB inline limit, so it ships as a file of its own.
  const picture = readFileSync(join(ROOT, 'tests/fixtures/content/counter.png'));
  const { copy, build: buildCopy } = projectCopy('![A shop counter with a bell](./counter.png)', { 'counter.png': picture });
  afterAll(() => rmSync(copy, { recursive: true, force: true }));

  it('ships the picture with the lesson, and offline', async () => {
    await buildCopy();
    const assets = readdirSync(join(copy, 'dist/assets'));
    const shipped = assets.find((name) => /^counter-.+\.png$/.test(name));
    expect(shipped).toBeDefined();
    expect(readFileSync(join(copy, 'dist/assets', shipped!))).toEqual(picture);
    const lesson = assets.filter((name) => name.startsWith('lesson-what-customer-focus-means-en-')).map((name) => readFileSync(join(copy, 'dist/assets', name), 'utf8'));
    expect(lesson.join('\n')).toMatch(/A shop counter with a bell/);
    expect(readFileSync(join(copy, 'dist/sw.js'), 'utf8')).toContain(shipped);
  }, 180_000);
});
