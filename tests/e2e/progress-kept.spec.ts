import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { QuizSpec } from '../../src/quiz/question-spec';
import { answerRight } from './answer';
import { fill, freshStart, lesson, text } from './support';

const t = text.en;
const FIRST = lesson('what-customer-focus-means');
const FOURTH = lesson('leading-a-customer-focused-culture');

/** The question of `quiz` on screen, found by its prompt (the attempt decides the order). */
async function questionOnScreen(page: Page, quiz: QuizSpec) {
  for (const question of quiz.questions) {
    if (!('choices' in question)) continue;
    if (await page.getByRole(question.type === 'single-choice' ? 'radio' : 'checkbox', { name: question.choices[0]!.label, exact: true }).count()) return question;
  }
  throw new Error(`No question of ${quiz.id} on screen`);
}

/** Answers the question on screen and checks it; moves on unless it was the last. */
async function answerOne(page: Page, quiz: QuizSpec) {
  const question = await questionOnScreen(page, quiz);
  await answerRight(page.getByRole('main'), question, 'en');
  await page.getByRole('button', { name: t.quiz.check }).click();
  const next = page.getByRole('button', { name: t.quiz.next });
  if (await next.count()) await next.click();
  return question.id;
}

type Saved = { state: { quizzes: Record<string, { attempts: Array<{ answers: Record<string, unknown> }> }> } };
const savedAnswers = async (page: Page, quizId: string) =>
  page.evaluate((id) => {
    const saved = JSON.parse(localStorage.getItem('cf-progress') ?? '{}') as Saved;
    return Object.keys(saved.state.quizzes[id]?.attempts.at(-1)?.answers ?? {}).sort();
  }, quizId);

test('two tabs answering at the same time keep every answer of both, after reloading either', async ({ context }) => {
  const [one, two] = [await context.newPage(), await context.newPage()];
  await freshStart(one);
  await freshStart(two);
  const [quizOne, quizTwo] = [FIRST.quizzes[0]!, FOURTH.quizzes[0]!];
  await one.goto(`./#/lessons/${FIRST.slug}`);
  await two.goto(`./#/lessons/${FOURTH.slug}`);
  await one.getByRole('button', { name: t.quiz.start.button }).click();
  await two.getByRole('button', { name: t.quiz.start.button }).click();

  // Interleaved: each tab saves right after the other.
  const answered = { one: [] as string[], two: [] as string[] };
  for (let round = 0; round < 2; round++) {
    answered.one.push(await answerOne(one, quizOne));
    answered.two.push(await answerOne(two, quizTwo));
  }

  for (const page of [one, two]) {
    await page.reload();
    await expect.poll(() => savedAnswers(page, quizOne.id)).toEqual([...answered.one].sort());
    await expect.poll(() => savedAnswers(page, quizTwo.id)).toEqual([...answered.two].sort());
  }
  // Each quiz is where its tab left it: two questions answered, on the third.
  const third = (quiz: QuizSpec) => fill(t.quiz.progress, { current: 3, total: quiz.questions.length });
  await expect(one.getByRole('heading', { name: third(quizOne) })).toBeVisible();
  await one.goto(`./#/lessons/${FOURTH.slug}`);
  await expect(one.getByRole('heading', { name: third(quizTwo) })).toBeVisible();
});

test.describe('a lesson that crashes', () => {
  // The files come from the network, where the test can cut them, not from the offline cache.
  test.use({ serviceWorkers: 'block' });

  test.beforeEach(async ({ page }) => {
    await freshStart(page);
  });

  /** Some progress first, to show it is untouched. */
  async function answerFirstQuestionOf(page: Page) {
    await page.goto(`./#/lessons/${FIRST.slug}`);
    await page.getByRole('button', { name: t.quiz.start.button }).click();
    return answerOne(page, FIRST.quizzes[0]!);
  }

  test('whose file cannot load says so; Try again loads it once the connection is back', async ({ page }) => {
    const answered = await answerFirstQuestionOf(page);
    const body = `**/assets/lesson-${FOURTH.slug}-en-*.js`;
    await page.route(body, (route) => route.abort('internetdisconnected'));
    await page.goto(`./#/lessons/${FOURTH.slug}`);

    const heading = page.getByRole('heading', { name: t.crash.title });
    await expect(heading).toBeFocused();
    await expect(page.getByText(t.crash.body)).toBeVisible();

    await page.unroute(body);
    await page.getByRole('button', { name: t.app.retry }).click();
    await expect(page.getByRole('button', { name: t.quiz.start.button })).toBeVisible();
    await expect(heading).toBeHidden();
    expect(await savedAnswers(page, FIRST.quizzes[0]!.id)).toEqual([answered]);
  });

  test('whose page code cannot load (a new version removed it) says so; Try again loads the page afresh', async ({ page }) => {
    await page.goto('./');
    const pageCode = '**/assets/LessonPage-*.js';
    await page.route(pageCode, (route) => route.fulfill({ status: 404, body: 'Not found' }));
    await page.getByRole('link', { name: FOURTH.title }).first().click();
    await expect(page.getByRole('heading', { name: t.crash.title })).toBeFocused();
    // The course around it still works.
    await expect(page.getByRole('banner')).toBeVisible();

    await page.unroute(pageCode);
    await page.getByRole('button', { name: t.app.retry }).click();
    await expect(page.getByRole('heading', { name: FOURTH.title, level: 1 })).toBeVisible();
  });

  test('that throws keeps the crash inside it: Back to the course shows the progress untouched', async ({ page }) => {
    const answered = await answerFirstQuestionOf(page);
    // The lesson's real body, made to throw while rendering until the page says it is fixed.
    await page.route(`**/assets/lesson-${FOURTH.slug}-en-*.js`, async (route) => {
      const original = await (await route.fetch()).text();
      // MDX compiles a body to `function MDXContent(props = {}) { const { wrapper } = props.components ... }`:
      // the renamed original runs once the page says it is fixed.
      const crashing = original.replace(/function (\w+)\((\w+)=\{\}\)\{let\{wrapper:/, (all, name: string) =>
        `function ${name}(props){if(!globalThis.lessonFixed)throw new Error("lesson crashed");return ${name}Real(props)}${all.replace(`function ${name}(`, `function ${name}Real(`)}`,
      );
      expect(crashing).not.toBe(original);
      await route.fulfill({ contentType: 'text/javascript', body: crashing });
    });
    await page.goto(`./#/lessons/${FOURTH.slug}`);
    await expect(page.getByRole('heading', { name: t.crash.title })).toBeFocused();

    // Try again renders the lesson anew.
    await page.evaluate(() => ((globalThis as { lessonFixed?: boolean }).lessonFixed = true));
    await page.getByRole('button', { name: t.app.retry }).click();
    await expect(page.getByRole('button', { name: t.quiz.start.button })).toBeVisible();

    await page.evaluate(() => ((globalThis as { lessonFixed?: boolean }).lessonFixed = false));
    await page.reload();
    await expect(page.getByRole('heading', { name: t.crash.title })).toBeVisible();
    await page.getByRole('link', { name: t.lesson.backToCourse }).click();
    await expect(page.getByRole('heading', { name: t.home.lessonsHeading })).toBeVisible();
    await expect(page.getByText(t.status['in-progress']).first()).toBeVisible();
    expect(await savedAnswers(page, FIRST.quizzes[0]!.id)).toEqual([answered]);
  });
});

test('progress saved by an earlier release opens with every answer', async ({ page }) => {
  const frozen = readFileSync(resolve(import.meta.dirname, '../fixtures/progress/course/v1.json'), 'utf8');
  await page.addInitScript((saved) => {
    if (sessionStorage.getItem('e2e-seeded')) return;
    localStorage.clear();
    localStorage.setItem('cf-language', 'en');
    localStorage.setItem('cf-progress', saved);
    sessionStorage.setItem('e2e-seeded', '1');
  }, frozen);
  const { state } = JSON.parse(frozen) as Saved;
  await page.goto('./');
  await expect(page.getByText(t.status.completed).first()).toBeVisible();
  for (const [quizId] of Object.entries(state.quizzes)) {
    await expect.poll(() => savedAnswers(page, quizId)).toEqual(Object.keys(state.quizzes[quizId]!.attempts.at(-1)!.answers).sort());
  }
});
