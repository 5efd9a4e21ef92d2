import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from './diagnostic';
import { extractLesson } from './extract-lesson';
import { loadCourse, loadGallery } from './load-course';

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
    ['quiz-reveal-answers-quoted', '8:1', /"revealAnswers": write it on its own, with no value: revealAnswers \(or revealAnswers=\{false\} to turn it off\)/],
    ['duplicate-id', '17:1', /id "q1" is already used on line 9/],
    ['unknown-attribute', '12:5', /unknown attribute "corect"\. It takes: correct, feedback/],
    ['missing-id', '8:1', /<Quiz> needs the "id" attribute/],
    ['choice-outside-question', '17:1', /<Choice> belongs inside <SingleChoice> or <MultipleChoice>/],
    ['broken-mdx', '11:1', /cannot be read: Unexpected closing tag/],
    ['misspelt-choice', '14:5', /<Choise> cannot be used inside <SingleChoice>: it takes <Choice> and one <Explanation>\. Did you mean <Choice>\?/],
    ['unclosed-quiz', '8:1', /cannot be read: Expected a closing tag for `<Quiz>`/],
    ['frontmatter-not-closed', '1:1', /The frontmatter has no closing --- line/],
    ['frontmatter-unclosed-quote', '3:10', /the " that starts this value is never closed\. End the value with " on the same line/],
    ['frontmatter-colon-in-value', '3:10', /this value holds ": ".*Put the whole value in double quotes/],
    ['callout-bad-tone', '8:1', /"tone": use one of: "tip", "note", "warning"/],
    ['reflection-no-prompt', '8:1', /<Reflection> needs the "prompt" attribute/],
    ['code-expression', '8:14', /Curly braces start code/],
    ['esm-import', '8:1', /cannot import or export code/],
    ['scenario-unknown-goto', '13:5', /<Option goto="clam"> names no step of this scenario: use one of its step ids \(start, calm\)/],
    ['scenario-unreachable-step', '18:3', /<Step id="upset"> can never be reached.*Add an <Option goto="upset">/],
    ['scenario-loop', '18:5', /<Option goto="start"> leads back to an earlier step of the same path \(start → ask → start\).*point it at a later step/],
    ['scenario-path-without-end', '18:3', /<Step id="upset"> has no <Option> and is not an end step.*mark it as an end/],
    ['scenario-duplicate-step', '18:3', /<Step id="calm"> is already used on line 15 of this scenario: give every step its own id/],
    ['scenario-end-with-options', '15:3', /<Step id="calm"> is an end step but holds <Option> replies.*Remove end/],
    ['scenario-option-without-goto', '13:5', /<Option> needs the "goto" attribute: add goto=/],
    ['scenario-negative-points', '13:5', /<Option> attribute "points": must be 0 or more, not -1: points=\{3\}/],
    ['scenario-fractional-points', '12:5', /<Option> attribute "points": write a whole number in braces: points=\{3\}/],
    ['scenario-option-outside-step', '14:3', /<Option> belongs inside a <Step>: move it into the step/],
    ['step-outside-scenario', '19:1', /<Step> belongs inside <Scenario>/],
    ['option-outside-step', '10:1', /<Option> belongs inside a <Step> of a <Scenario>/],
    ['ordering-one-item', '9:3', /<Ordering> has 1 <Item>: give it at least two, written in the correct order/],
    ['ordering-empty-item', '13:5', /<Item> is empty: write the step between <Item> and <\/Item>/],
    ['matching-one-pair', '9:3', /<Matching> has 1 <Pair>: give it at least two/],
    ['matching-pair-missing-right', '13:5', /<Pair> needs the "right" attribute: add right="\.\.\."/],
    ['matching-duplicate-left', '14:5', /<Pair> left="Listen" is already used on line 12: each left-hand side appears once.*reword or remove one/],
    ['item-outside-ordering', '10:1', /<Item> belongs inside <Ordering>: move it there/],
    ['pair-outside-matching', '10:1', /<Pair> belongs inside <Matching>: move it there/],
    ['choice-inside-ordering', '13:5', /<Choice> cannot be used inside <Ordering>: it takes <Item>/],
    ['tag-named-like-an-object-property', '10:1', /<constructor> is not a lesson component\..*HTML tags are not supported/],
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
    ['translation-scenario-differs', 'content/lessons/alpha/es.mdx:8:1', /question "s-alpha" differs from .*same goto and points on every option/],
    ['missing-english', 'content/lessons/alpha/es.mdx:1:1', /has no en\.mdx/],
    ['unsupported-language', 'content/lessons/alpha/fr.mdx:1:1', /"fr\.mdx" is not a language the course offers/],
    ['bad-course-yaml', 'content/course.yaml:1:5', /"id": use lowercase letters/],
    ['course-yaml-unclosed-quote', 'content/course.yaml:4:7', /course\.yaml is not valid YAML: the " that starts this value is never closed/],
  ])('%s stops the build at the offending file', (name, place, message) => {
    const { index, diagnostics } = check(name);
    expect(index).toBeUndefined();
    const hit = diagnostics.map(formatDiagnostic).find((d) => d.startsWith(place));
    expect(hit, diagnostics.map(formatDiagnostic).join('\n')).toMatch(message);
  });

  it.each([
    ['duplicate-order', 'content/lessons/alpha/en.mdx:5:1', /order 1 is also used by content\/lessons\/beta\/en\.mdx/],
    ['duplicate-id-across-lessons', 'content/lessons/alpha/en.mdx:9:3', /id "shared-q" is also used in content\/lessons\/beta\/en\.mdx:9/],
    ['two-assessments', 'content/lessons/beta/en.mdx:6:1', /kind: assessment is already taken by content\/lessons\/alpha\/en\.mdx/],
    ['translation-quiz-differs', 'content/lessons/alpha/es.mdx:8:1', /quiz "quiz-alpha" differs from content\/lessons\/alpha\/en\.mdx:8: keep the same draw, shuffle, passMark and revealAnswers/],
    ['missing-image', 'content/lessons/alpha/en.mdx:8:1', /The picture "\.\/counter\.png" is not in the lesson's folder: put the file beside en\.mdx/],
  ])('%s stops the build at the offending file', (name, place, message) => {
    const hit = check(name).diagnostics.map(formatDiagnostic).find((d) => d.startsWith(place));
    expect(hit).toMatch(message);
  });

  it('does not call an English file that cannot be read missing', () => {
    const messages = check('broken-english').diagnostics.map(formatDiagnostic);
    expect(messages.some((m) => m.startsWith('content/lessons/beta/en.mdx:'))).toBe(true);
    expect(messages.join('\n')).not.toMatch(/has no en\.mdx/);
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

  it('leaves "select all that apply" out of its multiple-choice prompts: the question shows it once, itself', () => {
    const { index } = loadCourse(resolve(__dirname, '../../..'));
    const { gallery } = loadGallery(resolve(__dirname, '../../..'));
    const versions = [...index!.lessons.flatMap((l) => Object.values(l.versions)), ...Object.values(gallery!)];
    const prompts = versions.flatMap((v) => v.quizzes.flatMap((q) => q.questions.flatMap((x) => (x.type === 'multiple-choice' ? [`${x.id}: ${x.prompt}`] : []))));
    expect(prompts.length).toBeGreaterThan(0);
    expect(prompts.filter((prompt) => /all that apply|todas las que correspondan/i.test(prompt))).toEqual([]);
  });
});

describe('the component gallery', () => {
  it('passes every content rule in English and Spanish, with ids that cannot clash with the course', () => {
    const root = resolve(__dirname, '../../..');
    const { gallery, diagnostics } = loadGallery(root);
    expect(diagnostics.map(formatDiagnostic)).toEqual([]);
    expect(Object.keys(gallery!).sort()).toEqual(['en', 'es']);
    const courseIds = new Set(
      loadCourse(root).index!.lessons.flatMap((l) => [...l.versions.en.quizzes.flatMap((q) => [q.id, ...q.questions.map((x) => x.id)]), ...l.versions.en.reflections.map((r) => r.id)]),
    );
    const galleryIds = [...gallery!.en.quizzes.flatMap((q) => [q.id, ...q.questions.map((x) => x.id)]), ...gallery!.en.reflections.map((r) => r.id)];
    expect(galleryIds.every((id) => id.startsWith('gallery-'))).toBe(true);
    expect(galleryIds.filter((id) => courseIds.has(id))).toEqual([]);
  });

  it('shows every question type and quiz rule', () => {
    const { gallery } = loadGallery(resolve(__dirname, '../../..'));
    const quizzes = gallery!.en.quizzes;
    const types = new Set(quizzes.flatMap((q) => q.questions.map((x) => x.type)));
    expect([...types].sort()).toEqual(['matching', 'multiple-choice', 'ordering', 'scenario', 'single-choice']);
    expect(quizzes.some((q) => q.draw !== undefined && q.shuffle && q.passMark !== undefined)).toBe(true);
  });

  it('rejects an id without the gallery- prefix, at its line, with the fix', () => {
    const { gallery, diagnostics } = loadGallery(resolve(fixtures, 'bad-galleries', 'non-gallery-id'));
    expect(gallery).toBeUndefined();
    expect(diagnostics.map(formatDiagnostic)).toEqual([
      expect.stringMatching(/^content\/gallery\/en\.mdx:10:1: The id "my-reflection" is not a gallery id: start every id in the gallery with "gallery-"/),
    ]);
  });
});
