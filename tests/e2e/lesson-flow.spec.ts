import { expect, test, type Page } from '@playwright/test';
import { questionTitle } from '../../src/quiz/answer-key';
import { correctLabels, course, expectNoA11yViolations, fill, freshStart, lesson, tabTo, text } from './support';
import { questionAnswers } from '../../src/quiz/question-answers';

const SLUG = 'what-customer-focus-means';
const t = text.en;
const spec = lesson(SLUG);
const quiz = spec.quizzes[0]!;
const correct = correctLabels(spec);

/** The question on screen, found through the spec by its prompt. */
async function currentQuestion(page: Page) {
  const heading = page.getByRole('heading', { name: /^Question \d+ of \d+$/ });
  const [, n] = /Question (\d+)/.exec((await heading.textContent()) ?? '')!;
  // The attempt decides which question is where, so find it by its choices.
  for (const q of quiz.questions) {
    if (!('choices' in q)) continue;
    if (await page.getByRole(q.type === 'single-choice' ? 'radio' : 'checkbox', { name: q.choices[0]!.label, exact: true }).count()) {
      return { question: q, number: Number(n) };
    }
  }
  throw new Error('No known question on screen');
}

/** The home page card of this lesson. */
const lessonCard = (page: Page) => page.getByRole('listitem').filter({ has: page.getByRole('link', { name: spec.title, exact: true }) });

test.beforeEach(async ({ page }) => {
  await freshStart(page);
});

test('a learner takes lesson 1 with the mouse from the home page to the completion screen', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1, name: 'Customer Focus' })).toBeVisible();
  await expect(lessonCard(page)).toContainText(t.status['not-started']);
  await expectNoA11yViolations(page, 'home');

  await page.getByRole('link', { name: t.home.start }).click();
  await expect(page.getByRole('heading', { level: 1, name: spec.title })).toBeVisible();
  await expectNoA11yViolations(page, 'lesson');

  await page.getByRole('button', { name: text.en.quiz.start.button }).click();
  for (let i = 1; i <= quiz.questions.length; i++) {
    await expect(page.getByRole('heading', { name: fill(t.quiz.progress, { current: i, total: quiz.questions.length }) })).toBeVisible();
    const { question } = await currentQuestion(page);
    for (const label of correct.get(question.id)!) {
      await page.getByRole(question.type === 'single-choice' ? 'radio' : 'checkbox', { name: label, exact: true }).click();
    }
    await page.getByRole('button', { name: t.quiz.check }).click();
    await expect(page.getByRole('status').getByText(t.quiz.verdict.correct)).toBeVisible();
    const firstRight = question.choices.find((c) => c.correct)!;
    if (firstRight.feedback) await expect(page.getByText(firstRight.feedback)).toBeVisible();
    if (i === 1) await expectNoA11yViolations(page, 'quiz feedback');
    await page.getByRole('button', { name: i === quiz.questions.length ? t.quiz.seeResult : t.quiz.next }).click();
  }
  await expect(page.getByRole('heading', { name: t.quiz.result.heading })).toBeVisible();
  await expect(page.getByText(fill(t.quiz.result.score_other, { earned: 3, count: 3 }))).toBeVisible();
  await expectNoA11yViolations(page, 'quiz result');

  await page.getByRole('textbox', { name: spec.reflections[0]!.prompt }).fill('Answer every customer within a day.');
  await page.getByRole('button', { name: t.lesson.finish }).click();

  await expect(page.getByRole('heading', { level: 1, name: fill(t.complete.heading, { title: spec.title }) })).toBeVisible();
  await expect(page.getByText(fill(t.complete.score, { score: 100 }))).toBeVisible();
  await expectNoA11yViolations(page, 'completion');

  await page.getByRole('link', { name: t.complete.backHome }).click();
  const card = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: spec.title }) });
  await expect(card).toContainText(t.status.completed);
  await expect(card).toContainText(fill(t.home.score, { score: 100 }));
  const taught = course.lessons.filter((l) => lesson(l.slug, 'en').kind === 'lesson').length;
  await expect(page.getByRole('region', { name: t.home.progressLabel })).toContainText(
    `${fill(t.home.progress, { completed: 1, total: taught })}. ${t.home.assessmentToTake}`,
  );
});

test('a keyboard-only learner completes lesson 1', async ({ page }) => {
  await page.goto('./');
  await tabTo(page, page.getByRole('link', { name: t.home.start }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: spec.title })).toBeFocused();

  await tabTo(page, page.getByRole('button', { name: t.quiz.start.button }));
  await page.keyboard.press('Enter');
  for (let i = 1; i <= quiz.questions.length; i++) {
    const { question } = await currentQuestion(page);
    const role = question.type === 'single-choice' ? 'radio' : 'checkbox';
    for (const label of correct.get(question.id)!) {
      const choice = page.getByRole(role, { name: label, exact: true });
      if (role === 'radio') {
        // Tab into the group, then arrow keys move the selection.
        await tabTo(page, page.getByRole('radio').first());
        for (let k = 0; k < question.choices.length && !(await choice.isChecked()); k++) await page.keyboard.press('ArrowDown');
      } else {
        await tabTo(page, choice);
        await page.keyboard.press('Space');
      }
      await expect(choice).toBeChecked();
    }
    await tabTo(page, page.getByRole('button', { name: t.quiz.check }));
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status').getByText(t.quiz.verdict.correct)).toBeVisible();
    await expect(page.getByRole('button', { name: i === quiz.questions.length ? t.quiz.seeResult : t.quiz.next })).toBeFocused();
    await page.keyboard.press('Enter');
  }
  await expect(page.getByRole('heading', { name: t.quiz.result.heading })).toBeFocused();

  await tabTo(page, page.getByRole('textbox', { name: spec.reflections[0]!.prompt }));
  await page.keyboard.type('Reply to every message the same day.');
  await tabTo(page, page.getByRole('button', { name: t.lesson.finish }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: fill(t.complete.heading, { title: spec.title }) })).toBeFocused();
  await expect(page.getByText(fill(t.complete.score, { score: 100 }))).toBeVisible();
});

test('a wrong answer shows the feedback written for that choice, then the correct answer, and the result opens it again', async ({ page }) => {
  await page.goto(`./#/lessons/${SLUG}`);
  await page.getByRole('button', { name: t.quiz.start.button }).click();
  await page.getByRole('button', { name: t.quiz.check }).click();
  await expect(page.getByText(t.quiz.error.empty)).toBeVisible();

  const { question } = await currentQuestion(page);
  const wrong = question.choices.find((c) => !c.correct)!;
  await page.getByRole(question.type === 'single-choice' ? 'radio' : 'checkbox', { name: wrong.label, exact: true }).click();
  await page.getByRole('button', { name: t.quiz.check }).click();
  await expect(page.getByRole('status').getByText(t.quiz.verdict.incorrect)).toBeVisible();
  await expect(page.getByText(wrong.feedback!)).toBeVisible();
  const rightOnes = correct.get(question.id)!;
  const key = page.getByRole('list', { name: rightOnes.length === 1 ? t.quiz.answerKey.choice_one : t.quiz.answerKey.choice_other });
  await expect(key.getByRole('listitem')).toHaveText(rightOnes);
  await expectNoA11yViolations(page, 'wrong answer with the correct one');

  // The rest right, then back to the first question from the result.
  await page.getByRole('button', { name: t.quiz.next }).click();
  for (let i = 2; i <= quiz.questions.length; i++) {
    const { question: next } = await currentQuestion(page);
    for (const label of correct.get(next.id)!) await page.getByRole(next.type === 'single-choice' ? 'radio' : 'checkbox', { name: label, exact: true }).click();
    await page.getByRole('button', { name: t.quiz.check }).click();
    await page.getByRole('button', { name: i === quiz.questions.length ? t.quiz.seeResult : t.quiz.next }).click();
  }
  const entry = page.getByRole('button', { name: fill(t.quiz.result.question, { number: 1, title: questionTitle(question, questionAnswers) }) });
  await expect(entry).toBeVisible();
  await expectNoA11yViolations(page, 'result with its questions');
  await entry.click();
  await expect(page.getByRole('heading', { name: fill(t.quiz.progress, { current: 1, total: quiz.questions.length }) })).toBeFocused();
  await expect(page.getByRole(question.type === 'single-choice' ? 'radio' : 'checkbox', { name: wrong.label, exact: true })).toBeChecked();
  await expect(page.getByText(wrong.feedback!)).toBeVisible();
  await expect(key.getByRole('listitem')).toHaveText(rightOnes);
  await page.getByRole('button', { name: t.quiz.result.back }).click();
  await expect(entry).toBeFocused();
});

test('reloading mid-quiz brings back the same question, choice order, answers and position', async ({ page }) => {
  await page.goto(`./#/lessons/${SLUG}`);
  await page.getByRole('button', { name: t.quiz.start.button }).click();
  const first = await currentQuestion(page);
  await page.getByRole('radio', { name: correct.get(first.question.id)![0]!, exact: true }).click();
  await page.getByRole('button', { name: t.quiz.check }).click();
  await page.getByRole('button', { name: t.quiz.next }).click();

  const second = await currentQuestion(page);
  const role = second.question.type === 'single-choice' ? 'radio' : 'checkbox';
  const draft = second.question.choices[1]!.label;
  await page.getByRole(role, { name: draft, exact: true }).click();
  const order = await page.getByRole(role).allTextContents();
  const labels = await page.getByRole(role).evaluateAll((els) => els.map((el) => (el as HTMLInputElement).labels?.[0]?.textContent ?? ''));

  await page.reload();
  await expect(page.getByRole('heading', { name: fill(t.quiz.progress, { current: 2, total: quiz.questions.length }) })).toBeVisible();
  await expect(page.getByRole(role, { name: draft, exact: true })).toBeChecked();
  expect(await page.getByRole(role).allTextContents()).toEqual(order);
  expect(await page.getByRole(role).evaluateAll((els) => els.map((el) => (el as HTMLInputElement).labels?.[0]?.textContent ?? ''))).toEqual(labels);

  await page.goto('./');
  await expect(lessonCard(page)).toContainText(t.status['in-progress']);
  await expect(page.getByRole('link', { name: fill(t.home.continue, { title: spec.title }) })).toBeVisible();
});

test('reset my progress asks first, then clears everything, and is offered only when there is something to reset', async ({ page }) => {
  await page.goto('./');
  await expect(lessonCard(page)).toContainText(t.status['not-started']);
  await expect(page.getByRole('button', { name: t.reset.button })).toHaveCount(0);
  await page.goto(`./#/lessons/${SLUG}`);
  await page.getByRole('button', { name: t.quiz.start.button }).click();
  await page.goto('./');
  await expect(lessonCard(page)).toContainText(t.status['in-progress']);

  await page.getByRole('button', { name: t.reset.button }).click();
  const dialog = page.getByRole('dialog', { name: t.reset.title });
  await expect(dialog).toBeVisible();
  await expectNoA11yViolations(page, 'reset dialog');
  await dialog.getByRole('button', { name: t.reset.cancel }).click();
  await expect(lessonCard(page)).toContainText(t.status['in-progress']);

  await page.getByRole('button', { name: t.reset.button }).click();
  await dialog.getByRole('button', { name: t.reset.confirm }).click();
  await expect(lessonCard(page)).toContainText(t.status['not-started']);
  await expect(page.getByRole('status').filter({ hasText: t.reset.done })).toBeFocused();
  await expect(page.getByRole('button', { name: t.reset.button })).toHaveCount(0);
  await page.reload();
  await expect(lessonCard(page)).toContainText(t.status['not-started']);
  await expect(page.getByRole('button', { name: t.reset.button })).toHaveCount(0);
});

test('unreadable saved progress is kept aside and the learner is told', async ({ page }) => {
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('corrupted')) {
      localStorage.setItem('cf-progress', '{"state": {"lessons": ');
      sessionStorage.setItem('corrupted', '1');
    }
  });
  await page.goto('./');
  await expect(page.getByRole('alert')).toContainText(t.storage.corrupt.split('(')[0]!.trim());
  const backups = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('cf-progress.backup.')));
  expect(backups).toHaveLength(1);
  expect(await page.evaluate((k) => localStorage.getItem(k), backups[0]!)).toBe('{"state": {"lessons": ');
  await expectNoA11yViolations(page, 'storage notice');
});

test.describe('what a lesson page itself asks for', () => {
  // Once the page is idle the offline storing fetches every lesson of the language (src/app/offline-register.ts):
  // with a fast first page that can start before the quiz is on screen. Without a service worker it never starts.
  test.use({ serviceWorkers: 'block' });

  test('a lesson page downloads its own body and questions, not the whole course', async ({ page }) => {
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('.js')) scripts.push(request.url().slice(request.url().lastIndexOf('/') + 1));
    });
    await page.goto(`./#/lessons/${SLUG}`);
    await page.getByRole('button', { name: t.quiz.start.button }).click();
    await expect(page.getByRole('heading', { name: fill(t.quiz.progress, { current: 1, total: quiz.questions.length }) })).toBeVisible();
    // A lesson's body and its questions are one file: this lesson's, in English, and no other lesson's.
    expect(scripts.filter((name) => /^lesson-.+-(en|es)-/.test(name))).toEqual([expect.stringMatching(new RegExp(`^lesson-${SLUG}-en-`))]);
    expect(scripts.filter((name) => name.startsWith('course-index'))).toEqual([]);
  });

  test('a lesson downloads the views and scoring of the question types it uses, and no other type’s', async ({ page }) => {
    const views: string[] = [];
    page.on('request', (request) => {
      const view = /\/(question|answers)-(ordering|scenario|matching)-[^/]+\.(js|css)$/.exec(request.url());
      if (view) views.push(`${view[1]!}-${view[2]!}.${view[3]!}`);
      // Every type's answers at once, as records and the HR report load them.
      if (/\/question-answers-[^/]+\.js$/.test(request.url())) views.push('every type’s answers');
    });
    const typesOf = (slug: string) => new Set(lesson(slug).quizzes.flatMap((q) => q.questions.map((question) => question.type)));

    // Choice questions only: the views every lesson has, nothing more.
    expect([...typesOf(SLUG)].sort()).toEqual(['multiple-choice', 'single-choice']);
    await page.goto(`./#/lessons/${SLUG}`);
    await page.getByRole('button', { name: t.quiz.start.button }).click();
    await page.getByRole('radio').first().check();
    await page.getByRole('button', { name: t.quiz.check }).click();
    await expect(page.getByRole('status').getByText(new RegExp(`${t.quiz.verdict.correct}|${t.quiz.verdict.incorrect}`))).toBeVisible();
    expect(views).toEqual([]);

    // An ordering question and a scenario standing alone: their views come with the lesson, and work.
    const walking = 'walking-the-customers-path';
    expect([...typesOf(walking)].sort()).toEqual(['ordering', 'scenario', 'single-choice']);
    await page.goto(`./#/lessons/${walking}`);
    await expect(page.getByRole('heading', { level: 1, name: lesson(walking).title })).toBeVisible();
    const scenario = lesson(walking).quizzes.find((q) => q.standalone)!.questions[0]!;
    if (scenario.type !== 'scenario') throw new Error('expected a scenario');
    await page.getByRole('button', { name: scenario.steps[0]!.options[0]!.label }).click();
    await page.getByRole('button', { name: t.quiz.start.button }).click();
    await expect(page.getByRole('button', { name: /^Move “.+” down$/ }).first()).toBeVisible();
    expect(views.sort()).toEqual(['answers-ordering.js', 'answers-scenario.js', 'question-ordering.css', 'question-ordering.js', 'question-scenario.css', 'question-scenario.js']);
  });

  test("a lesson's own file is asked for while the lesson page's code is still on its way, not after it", async ({ page }) => {
    // The page's code held back for a second: the lesson's file must not wait for it.
    const events: string[] = [];
    await page.route(/\/LessonPage-[^/]+\.js$/, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      events.push('page code answered');
      await route.continue();
    });
    page.on('request', (request) => {
      if (new RegExp(`/lesson-${SLUG}-en-[^/]+\\.js$`).test(request.url())) events.push('lesson file asked for');
    });
    await page.goto(`./#/lessons/${SLUG}`);
    await expect(page.getByRole('button', { name: t.quiz.start.button })).toBeVisible();
    expect(events).toEqual(['lesson file asked for', 'page code answered']);
  });

  test('what can wait (the check of saved progress, the look for an LMS) is asked for only once the lesson is on screen', async ({ page }) => {
    // The lesson's own file held back: nothing that can wait may compete with it.
    const events: string[] = [];
    await page.route(new RegExp(`/lesson-${SLUG}-en-[^/]+\\.js$`), async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      events.push('lesson file answered');
      await route.continue();
    });
    page.on('request', (request) => {
      const deferred = /\/(progress-migrations|tracking-launch)-[^/]+\.js$/.exec(request.url());
      if (deferred) events.push(`${deferred[1]!} asked for`);
    });
    await page.goto(`./#/lessons/${SLUG}`);
    await expect(page.getByRole('button', { name: t.quiz.start.button })).toBeVisible();
    await expect.poll(() => events.length, { timeout: 10_000 }).toBe(3);
    expect(events[0]).toBe('lesson file answered');
    expect(events.slice(1).sort()).toEqual(['progress-migrations asked for', 'tracking-launch asked for']);
  });

  test("a Spanish learner's lesson file and quiz texts are asked for while the common Spanish texts are still on their way", async ({ page }) => {
    await page.addInitScript(() => localStorage.setItem('cf-language', 'es'));
    const events: string[] = [];
    await page.route(/\/texts-common-es-[^/]+\.js$/, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      events.push('common texts answered');
      await route.continue();
    });
    page.on('request', (request) => {
      if (new RegExp(`/lesson-${SLUG}-es-[^/]+\\.js$`).test(request.url())) events.push('lesson file asked for');
      if (/\/texts-quiz-es-[^/]+\.js$/.test(request.url())) events.push('quiz texts asked for');
    });
    await page.goto(`./#/lessons/${SLUG}`);
    await expect(page.getByRole('button', { name: text.es.quiz.start.button })).toBeVisible();
    expect(events.indexOf('common texts answered')).toBe(2);
    expect(events.sort()).toEqual(['common texts answered', 'lesson file asked for', 'quiz texts asked for']);
  });
});
