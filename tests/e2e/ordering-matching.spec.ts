import { expect, test, type Locator, type Page } from '@playwright/test';
import type { QuizSpec } from '../../src/quiz/question-spec';
import type { MatchingSpec } from '../../src/quiz/types/matching/matching-spec';
import type { OrderingSpec } from '../../src/quiz/types/ordering/ordering-spec';
import { expectNoA11yViolations, fill, freshStart, gallery, tabTo, text } from './support';

const t = text.en.quiz;
const spec = gallery('en');
const quizOf = (id: string): QuizSpec => spec.quizzes.find((q) => q.id === id)!;
const orderingQuiz = quizOf('gallery-ordering');
const matchingQuiz = quizOf('gallery-matching');
const ordering = orderingQuiz.questions[0] as OrderingSpec;
const matching = matchingQuiz.questions[0] as MatchingSpec;
const labels = ordering.items.map((item) => item.label);

const region = (page: Page, quiz: QuizSpec) => page.getByRole('region', { name: quiz.title!, exact: true });
const learnerList = (section: Locator) => section.getByRole('list').first();

/** The item labels in the order the page shows them. */
async function shownOrder(section: Locator): Promise<string[]> {
  const texts = await learnerList(section).getByRole('listitem').allTextContents();
  return texts.map((text) => labels.find((label) => text.includes(label)) ?? text);
}

const moveUp = (section: Locator, label: string) => section.getByRole('button', { name: fill(t.ordering.moveUp, { item: label }), exact: true });
const moved = (label: string, position: number) => fill(t.ordering.moved, { item: label, position, total: labels.length });

async function start(page: Page, quiz: QuizSpec) {
  await page.goto('./#/gallery');
  const section = region(page, quiz);
  await section.getByRole('button', { name: t.start.button }).click();
  await expect(section.getByRole('heading', { name: fill(t.progress, { current: 1, total: 1 }) })).toBeVisible();
  return section;
}

/**
 * Drags the item at `from` by its handle until it sits at `to`: with a finger
 * on a touch screen (the phone project), else with the mouse.
 */
async function drag(page: Page, section: Locator, from: number, to: number) {
  await learnerList(section).scrollIntoViewIfNeeded();
  const items = learnerList(section).getByRole('listitem');
  const handle = (await items.nth(from).locator('.ordering-handle').boundingBox())!;
  const target = (await items.nth(to).boundingBox())!;
  const x = handle.x + handle.width / 2;
  const startY = handle.y + handle.height / 2;
  const endY = to < from ? target.y + 4 : target.y + target.height - 4;
  if (test.info().project.use.hasTouch) {
    const cdp = await page.context().newCDPSession(page);
    const touch = (y: number) => [{ x, y }];
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: touch(startY) });
    for (let step = 1; step <= 12; step++) {
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: touch(startY + ((endY - startY) * step) / 12) });
    }
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await cdp.detach();
    return;
  }
  await page.mouse.move(x, startY);
  await page.mouse.down();
  await page.mouse.move(x, endY, { steps: 12 });
  await page.mouse.up();
}

test.beforeEach(async ({ page }) => {
  await freshStart(page);
});

test('a keyboard-only learner puts an Ordering in order, hearing each new position', async ({ page }) => {
  await page.goto('./#/gallery');
  const section = region(page, orderingQuiz);
  await tabTo(page, section.getByRole('button', { name: t.start.button }));
  await page.keyboard.press('Enter');
  await expect(section.getByRole('heading', { name: fill(t.progress, { current: 1, total: 1 }) })).toBeFocused();
  expect(await shownOrder(section)).not.toEqual(labels);
  await expectNoA11yViolations(page, 'ordering question');

  // Enter on a Move up button and the arrow keys on it both move the item; focus stays on the button.
  let key: 'Enter' | 'ArrowUp' = 'ArrowUp';
  for (let target = 0; target < labels.length; target++) {
    const label = labels[target]!;
    let at = (await shownOrder(section)).indexOf(label);
    if (at === target) continue;
    const button = moveUp(section, label);
    await tabTo(page, button);
    while (at > target) {
      await page.keyboard.press(key);
      key = key === 'Enter' ? 'ArrowUp' : 'Enter';
      at -= 1;
      await expect(section.getByRole('status').filter({ hasText: moved(label, at + 1) })).toBeVisible();
      await expect(button).toBeFocused();
    }
  }
  expect(await shownOrder(section)).toEqual(labels);

  await tabTo(page, section.getByRole('button', { name: t.check }));
  await page.keyboard.press('Enter');
  await expect(section.getByRole('status').getByText(t.verdict.correct)).toBeVisible();
  await expect(section.getByText(t.ordering.inPlace)).toHaveCount(labels.length);
  await expect(section.getByRole('button', { name: t.seeResult })).toBeFocused();
  await expectNoA11yViolations(page, 'ordering checked');
});

test('a learner reorders an Ordering by dragging items by their handle (mouse, or touch on a phone)', async ({ page }) => {
  const section = await start(page, orderingQuiz);
  const before = await shownOrder(section);
  const last = before[before.length - 1]!;
  await drag(page, section, before.length - 1, 0);
  expect(await shownOrder(section)).toEqual([last, ...before.slice(0, -1)]);
  await expect(section.getByText(moved(last, 1))).toBeVisible();

  for (let target = 0; target < labels.length; target++) {
    const at = (await shownOrder(section)).indexOf(labels[target]!);
    if (at !== target) await drag(page, section, at, target);
  }
  expect(await shownOrder(section)).toEqual(labels);
  await section.getByRole('button', { name: t.check }).click();
  await expect(section.getByRole('status').getByText(t.verdict.correct)).toBeVisible();
});

test('a wrong Ordering marks each item and shows the correct order after the feedback', async ({ page }) => {
  const section = await start(page, orderingQuiz);
  const before = await shownOrder(section);
  await moveUp(section, before[1]!).click();
  // The shuffle is random: if that one move happened to put everything in order, undo it.
  if ((await shownOrder(section)).join('|') === labels.join('|')) {
    await section.getByRole('button', { name: fill(t.ordering.moveDown, { item: before[1]! }), exact: true }).click();
  }
  const answered = await shownOrder(section);
  expect(answered).not.toEqual(labels);
  await section.getByRole('button', { name: t.check }).click();

  await expect(section.getByRole('status').getByText(t.verdict.incorrect)).toBeVisible();
  const items = learnerList(section).getByRole('listitem');
  for (const [index, label] of answered.entries()) {
    const authoredAt = labels.indexOf(label);
    await expect(items.nth(index)).toContainText(authoredAt === index ? t.ordering.inPlace : t.ordering.outOfPlace);
  }
  const key = section.getByRole('list', { name: t.answerKey.sequencing });
  await expect(key).toBeVisible();
  expect(await key.getByRole('listitem').allTextContents()).toEqual(labels);
  await expectNoA11yViolations(page, 'ordering wrong');
});

test('reloading in the middle of an Ordering brings back the order the learner made', async ({ page }) => {
  const section = await start(page, orderingQuiz);
  const before = await shownOrder(section);
  await moveUp(section, before[2]!).click();
  await moveUp(section, before[3]!).click();
  const made = await shownOrder(section);
  expect(made).not.toEqual(before);

  await page.reload();
  await expect(section.getByRole('heading', { name: fill(t.progress, { current: 1, total: 1 }) })).toBeVisible();
  expect(await shownOrder(section)).toEqual(made);
});

test('a learner matches pairs and sees each pair marked, then the right matches, earning the share of pairs right', async ({ page }) => {
  const section = await start(page, matchingQuiz);
  const [first, second, third] = matching.pairs as [MatchingSpec['pairs'][number], MatchingSpec['pairs'][number], MatchingSpec['pairs'][number]];
  const select = (left: string) => section.getByRole('combobox', { name: left, exact: true });
  await expect(section.getByRole('combobox')).toHaveCount(matching.pairs.length);

  await section.getByRole('button', { name: t.check }).click();
  await expect(section.getByText(t.error.empty)).toBeVisible();
  await select(first.left).selectOption({ label: second.right });
  await section.getByRole('button', { name: t.check }).click();
  await expect(section.getByText(t.error.incomplete)).toBeVisible();
  await select(second.left).selectOption({ label: second.right });
  await select(third.left).selectOption({ label: third.right });
  await expectNoA11yViolations(page, 'matching question');
  await section.getByRole('button', { name: t.check }).click();

  await expect(section.getByRole('status').getByText(t.verdict.partial)).toBeVisible();
  await expect(select(first.left)).toHaveAccessibleDescription(t.mark.incorrect);
  await expect(select(second.left)).toHaveAccessibleDescription(t.mark.correct);
  await expect(select(third.left)).toHaveAccessibleDescription(t.mark.correct);
  await expect(section.getByText(fill(t.matching.pairsRight_other, { earned: 2, count: 3 }))).toBeVisible();
  expect(await section.getByRole('list', { name: t.answerKey.matching }).getByRole('listitem').allTextContents()).toEqual(
    matching.pairs.map((pair) => `${pair.left} → ${pair.right}`),
  );
  await expectNoA11yViolations(page, 'matching checked');

  await section.getByRole('button', { name: t.seeResult }).click();
  // One question, two thirds of it right.
  await expect(section.getByText(fill(t.result.score_one, { earned: '0.67', count: 1 }))).toBeVisible();
});

/** The text of the option a select holds. */
const chosenText = (select: Locator) => select.evaluate((el: HTMLSelectElement) => el.selectedOptions[0]?.textContent);

test('a keyboard-only learner answers a Matching: Tab to each select, arrow keys to choose, Enter to check', async ({ page }) => {
  await page.goto('./#/gallery');
  const section = region(page, matchingQuiz);
  await tabTo(page, section.getByRole('button', { name: t.start.button }));
  await page.keyboard.press('Enter');
  await expect(section.getByRole('heading', { name: fill(t.progress, { current: 1, total: 1 }) })).toBeFocused();

  for (const [index, pair] of matching.pairs.entries()) {
    // A native select is a combobox named by its left-hand side.
    const select = section.getByRole('combobox', { name: pair.left, exact: true });
    await tabTo(page, select);
    const options = await select.getByRole('option').allTextContents();
    const target = options.indexOf(pair.right);
    expect(target).toBeGreaterThan(0);
    // Chromium draws the select as a customizable select (appearance: base-select): the first arrow
    // key opens its list on the option chosen so far, further arrows move, Enter picks and closes.
    await page.keyboard.press('ArrowDown');
    for (let step = 0; step < target; step++) await page.keyboard.press('ArrowDown');
    if (index === 0) {
      // Escape closes the list and keeps the select as it was.
      await page.keyboard.press('Escape');
      await expect(select).toBeFocused();
      expect(await chosenText(select)).toBe(t.matching.choose);
      // Alt+ArrowDown, a screen reader's usual key to open a combobox, opens it too; End goes to the last option.
      await page.keyboard.press('Alt+ArrowDown');
      await page.keyboard.press('End');
      await page.keyboard.press('Home');
      for (let step = 0; step < target; step++) await page.keyboard.press('ArrowDown');
    }
    await page.keyboard.press('Enter');
    await expect(select).toBeFocused();
    expect(await chosenText(select)).toBe(pair.right);
  }

  await tabTo(page, section.getByRole('button', { name: t.check }));
  await page.keyboard.press('Enter');
  await expect(section.getByRole('status').getByText(t.verdict.correct)).toBeVisible();
  for (const pair of matching.pairs) await expect(section.getByRole('combobox', { name: pair.left, exact: true })).toHaveAccessibleDescription(t.mark.correct);
  await expect(section.getByRole('button', { name: t.seeResult })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(section.getByText(fill(t.result.score_one, { earned: 1, count: 1 }))).toBeVisible();
});
