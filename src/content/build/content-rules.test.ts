import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from './diagnostic';
import { extractLesson } from './extract-lesson';
import { loadCourse } from './load-course';

const fixtures = resolve(__dirname, '../../../tests/fixtures');

function checkLessonFixture(name: string) {
  const file = `bad-lessons/${name}.mdx`;
  const source = readFileSync(resolve(fixtures, file), 'utf8');
  return extractLesson(source, file, 'fixture', 'en').diagnostics.map(formatDiagnostic);
}

describe('a lesson file that breaks the authoring contract', () => {
  it.each([
    ['missing-frontmatter', '1:1', /no frontmatter/],
    ['frontmatter-wrong-type', '4:1', /"duration" must be a whole number of minutes/],
    ['frontmatter-missing-key', '1:1', /missing "summary"/],
    ['frontmatter-unknown-key', '6:1', /unknown key\(s\) "author"/],
    ['unknown-component', '10:1', /<SingleChoise> is not a lesson component\. Did you mean <SingleChoice>\?/],
    ['question-outside-quiz', '8:1', /<SingleChoice> must be inside a <Quiz>/],
    ['single-choice-two-correct', '9:3', /has 2 correct choices: mark exactly one/],
    ['single-choice-no-correct', '9:3', /<SingleChoice> has no correct choice/],
    ['multiple-choice-no-correct', '9:3', /<MultipleChoice> has no correct choice/],
    ['quiz-no-question', '8:1', /<Quiz> has no question/],
    ['quiz-draw-too-large', '8:1', /draws 3 questions but holds only 1/],
    ['duplicate-id', '17:1', /id "q1" is already used on line 9/],
    ['unknown-attribute', '12:5', /unknown attribute "corect"\. It takes: correct, feedback/],
    ['missing-id', '8:1', /<Quiz> needs the "id" attribute/],
    ['choice-outside-question', '17:1', /<Choice> belongs inside <SingleChoice> or <MultipleChoice>/],
    ['broken-mdx', '11:1', /cannot be read: Unexpected closing tag/],
    ['callout-bad-tone', '8:1', /"tone": use one of: "tip", "note", "warning"/],
    ['reflection-no-prompt', '8:1', /<Reflection> needs the "prompt" attribute/],
    ['code-expression', '8:14', /Curly braces start code/],
    ['esm-import', '8:1', /cannot import or export code/],
  ])('%s is reported at its line and column with the fix', (name, place, message) => {
    const diagnostics = checkLessonFixture(name);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toContain(`bad-lessons/${name}.mdx:${place}: `);
    expect(diagnostics[0]).toMatch(message);
  });
});

describe('a course whose files disagree', () => {
  const check = (name: string) => loadCourse(resolve(fixtures, 'bad-courses', name));

  it.each([
    ['duplicate-order', 'content/lessons/beta/en.mdx:5:1', /order 1 is already used by content\/lessons\/alpha\/en\.mdx/],
    ['duplicate-id-across-lessons', 'content/lessons/beta/en.mdx:9:3', /id "shared-q" is already used in content\/lessons\/alpha\/en\.mdx:9/],
    ['translation-ids-differ', 'content/lessons/alpha/es.mdx:9:3', /question "q-alfa" is not in content\/lessons\/alpha\/en\.mdx/],
    ['translation-shape-differs', 'content/lessons/alpha/es.mdx:9:3', /question "q-alpha" differs from .*same number of choices/],
    ['missing-english', 'content/lessons/alpha/es.mdx:1:1', /has no en\.mdx/],
    ['unsupported-language', 'content/lessons/alpha/fr.mdx:1:1', /"fr\.mdx" is not a language the course offers/],
    ['bad-course-yaml', 'content/course.yaml:1:5', /"id": use lowercase letters/],
  ])('%s stops the build at the offending file', (name, place, message) => {
    const { index, diagnostics } = check(name);
    expect(index).toBeUndefined();
    const hit = diagnostics.map(formatDiagnostic).find((d) => d.startsWith(place));
    expect(hit, diagnostics.map(formatDiagnostic).join('\n')).toMatch(message);
  });

  it('reports a translation that lost an English question as missing', () => {
    const { diagnostics } = check('translation-ids-differ');
    expect(diagnostics.map(formatDiagnostic)).toContainEqual(expect.stringMatching(/question "q-alpha" from content\/lessons\/alpha\/en\.mdx:9 is missing/));
  });

  it('reports every problem in course.yaml, not only the first', () => {
    const messages = check('bad-course-yaml').diagnostics.map((d) => d.message).join('\n');
    expect(messages).toMatch(/"version": use a version like 1\.0\.0/);
    expect(messages).toMatch(/is missing "title\.en"/);
  });
});

describe('the course as shipped', () => {
  it('passes every content rule and lists lessons in order', () => {
    const { index, diagnostics } = loadCourse(resolve(__dirname, '../../..'));
    expect(diagnostics.map(formatDiagnostic)).toEqual([]);
    const orders = index!.lessons.map((l) => l.versions.en.order);
    expect(orders).toEqual([...orders].sort((a, b) => a - b));
  });
});
