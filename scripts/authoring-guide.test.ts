/**
 * Keeps docs/authoring.md honest: every complete example lesson in it (a code
 * block fenced as ```mdx lesson) must pass the same checker as the course, and
 * the guide must keep a working example of every component available today.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { formatDiagnostic } from '../src/content/compile/diagnostic';
import { extractLesson } from '../src/content/compile/extract-lesson';
import { validateCourse, type LessonFile } from '../src/content/compile/validate-course';

const GUIDE = resolve(__dirname, '..', 'docs', 'authoring.md');
const guide = readFileSync(GUIDE, 'utf8').replace(/\r\n/g, '\n');

/** Components the build accepts in this version; each needs an example in the guide. */
const CURRENT_COMPONENTS = ['Quiz', 'SingleChoice', 'MultipleChoice', 'Choice', 'Explanation', 'Reflection', 'Fact', 'KeyPoints', 'Callout', 'Scenario', 'Step', 'Option', 'Ordering', 'Item', 'Matching', 'Pair'];

interface LessonBlock {
  n: number;
  file: string;
  slug: string;
  source: string;
}

const blocks: LessonBlock[] = [...guide.matchAll(/^```mdx lesson[ \t]*\n([\s\S]*?)^```[ \t]*$/gm)].map((match, i) => ({
  n: i + 1,
  file: `docs/authoring.md#block-${i + 1}`,
  slug: `guide-example-${i + 1}`,
  source: match[1]!,
}));

const check = (block: LessonBlock) => extractLesson(block.source, block.file, block.slug, 'en');

describe('docs/authoring.md', () => {
  it('contains complete example lessons fenced as ```mdx lesson', () => {
    expect(blocks.length).toBeGreaterThan(0);
  });

  it.each(blocks.map((b) => [b.n, b] as const))('example lesson %i passes the content checker with no problems', (_n, block) => {
    const { diagnostics, lesson } = check(block);
    expect(diagnostics.map(formatDiagnostic), `Problems in ${block.file}:\n${diagnostics.map(formatDiagnostic).join('\n')}`).toEqual([]);
    expect(lesson).toBeDefined();
  });

  it('example lessons could sit in one course together: distinct orders and ids', () => {
    const bySlug = new Map<string, Map<string, LessonFile>>();
    for (const block of blocks) {
      const { lesson } = check(block);
      if (lesson) bySlug.set(block.slug, new Map([['en', { file: block.file, lesson }]]));
    }
    const diagnostics = validateCourse(bySlug);
    expect(diagnostics.map(formatDiagnostic), diagnostics.map(formatDiagnostic).join('\n')).toEqual([]);
  });

  it.each(CURRENT_COMPONENTS)('has a working example of <%s> inside a complete example lesson', (name) => {
    const tag = new RegExp(`<${name}[\\s/>]`);
    const holders = blocks.filter((b) => tag.test(b.source));
    expect(holders.map((b) => b.file), `No \`\`\`mdx lesson block uses <${name}>`).not.toEqual([]);
  });
});
