import { compile, run } from '@mdx-js/mdx';
import { act, cleanup, render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { MDXContent } from 'mdx/types';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as runtime from 'react/jsx-runtime';
import remarkFrontmatter from 'remark-frontmatter';
import type { PluggableList } from 'unified';
import { extractLesson } from '../content/compile/extract-lesson';
import { loadGallery } from '../content/compile/load-course';
import { remarkLessonStructure } from '../content/compile/remark-lesson-structure';
import { remarkSlimQuestions } from '../content/compile/remark-slim-questions';
import type { LessonSpec } from '../content/lesson-spec';
import type { Locale } from '../i18n/locales';
import { useProgress } from '../progress/progress-store';
import { LessonContext } from './lesson-context';
import { allQuestionUis, questionUis } from '../quiz/question-types';
import { QuestionUisContext } from '../quiz/question-ui-set';
import { ConnectedStandalone } from './ConnectedStandalone';
import { mdxComponentsFor } from './mdx-components';

/*
 * The build leaves a question's plain words out of a lesson's compiled body (remark-slim-questions):
 * its spec holds them, and the views show them from there. Every page must read exactly as it
 * would with the words left in, and the words must really be gone.
 */

const ROOT = resolve(import.meta.dirname, '../..');

async function compiled(source: string, slim: boolean): Promise<{ code: string; Body: MDXContent }> {
  const plugins: PluggableList = [[remarkFrontmatter, ['yaml']], remarkLessonStructure, ...(slim ? [remarkSlimQuestions] : [])];
  const code = String(await compile(source, { outputFormat: 'function-body', remarkPlugins: plugins }));
  const { default: Body } = await run(code, { ...runtime, baseUrl: import.meta.url });
  return { code, Body };
}

/** The page's HTML after `act`ing on it: ids React makes (useId) differ between renders, so they are left out. */
async function pageOf(Body: MDXContent, spec: LessonSpec, act: (container: HTMLElement) => Promise<void>): Promise<string> {
  useProgress.getState().resetProgress();
  // The same draws and orders in both renders: each attempt's seed comes from this.
  let seed = 1;
  vi.spyOn(crypto, 'getRandomValues').mockImplementation(<T extends ArrayBufferView | null>(array: T): T => {
    if (array instanceof Uint32Array) array.fill((seed = (seed * 48271) % 2147483647));
    return array;
  });
  const { container } = render(
    <LessonContext.Provider value={spec}>
      <QuestionUisContext.Provider value={allQuestionUis}>
        <Body components={mdxComponentsFor(questionUis, ConnectedStandalone)} />
      </QuestionUisContext.Provider>
    </LessonContext.Provider>,
  );
  await act(container);
  const html = container.innerHTML.replace(/(id|for|aria-[a-z]+|name)="[^"]*"/g, '$1=""');
  cleanup();
  return html;
}

/** Answers every question on screen with its first option and checks it: feedback and explanations show. */
async function answerWhatIsShown(container: HTMLElement) {
  const user = userEvent.setup();
  for (const start of [...container.querySelectorAll('button')].filter((b) => /^Start/.test(b.textContent))) await user.click(start);
  for (const input of container.querySelectorAll<HTMLInputElement>('.quiz-choices input:first-of-type')) await user.click(input);
  for (const option of [...container.querySelectorAll<HTMLButtonElement>('.scenario-option')].slice(0, 1)) await user.click(option);
  for (const check of [...container.querySelectorAll('button')].filter((b) => b.textContent === 'Check answer')) await user.click(check);
}

const sources: Array<{ file: string; slug: string; locale: Locale }> = [
  ...readdirSync(join(ROOT, 'content/lessons')).flatMap((slug) =>
    (['en', 'es'] as const).map((locale) => ({ file: `content/lessons/${slug}/${locale}.mdx`, slug, locale })),
  ),
];

describe('a lesson body without its questions’ plain words', () => {
  afterEach(() => act(() => useProgress.getState().resetProgress()));

  it.each(sources)('$file reads the same, before and after every question on screen is answered', async ({ file, slug, locale }) => {
    const source = readFileSync(join(ROOT, file), 'utf8');
    const spec = extractLesson(source, file, slug, locale).lesson!.spec;
    const [full, slim] = await Promise.all([compiled(source, false), compiled(source, true)]);
    expect(await pageOf(slim.Body, spec, async () => {})).toBe(await pageOf(full.Body, spec, async () => {}));
    expect(await pageOf(slim.Body, spec, answerWhatIsShown)).toBe(await pageOf(full.Body, spec, answerWhatIsShown));
  });

  it('the gallery, which uses every question type with plain and rich parts, reads the same', async () => {
    const { gallery } = loadGallery(ROOT);
    for (const locale of ['en', 'es'] as const) {
      const source = readFileSync(join(ROOT, `content/gallery/${locale}.mdx`), 'utf8');
      const spec = gallery![locale]!;
      const [full, slim] = await Promise.all([compiled(source, false), compiled(source, true)]);
      expect(await pageOf(slim.Body, spec, answerWhatIsShown)).toBe(await pageOf(full.Body, spec, answerWhatIsShown));
    }
  });

  it('ships each plain label, feedback and explanation once: in the spec, not in the body', async () => {
    const file = 'content/lessons/what-customer-focus-means/en.mdx';
    const source = readFileSync(join(ROOT, file), 'utf8');
    const spec = extractLesson(source, file, 'what-customer-focus-means', 'en').lesson!.spec;
    const john = spec.quizzes.flatMap((quiz) => quiz.questions).find((question) => question.id === 'l1-john');
    if (john?.type !== 'single-choice') throw new Error('Lesson 1 has no "l1-john" single choice');
    const [full, slim] = await Promise.all([compiled(source, false), compiled(source, true)]);
    const words = [...john.choices.flatMap((choice) => [choice.label, choice.feedback ?? '']), john.explanation ?? ''].filter(Boolean);
    for (const text of words) {
      expect(full.code).toContain(JSON.stringify(text).slice(1, -1).slice(0, 40));
      expect(slim.code).not.toContain(JSON.stringify(text).slice(1, -1).slice(0, 40));
    }
    // The prompt is written with a bold question: it stays in the body, where its markup is.
    expect(slim.code).toContain('What is John overlooking?');
  });
});
