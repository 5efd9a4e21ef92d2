import { expect, test, type Page } from '@playwright/test';
import hr from '../../src/i18n/locales/en/hr.json' with { type: 'json' };
import { course, freshStart, lesson, text } from './support';

/*
 * Nothing on a page moves once drawn (cumulative layout shift 0, the target for a cheap
 * phone). A page's own code arrives late here, as on a slow connection: a page opened straight
 * from a link first shows its loading state, and what it draws then must not push anything aside.
 */

interface Shift {
  value: number;
  sources: string[];
}

/** Every layout shift of the page so far (the browser's buffered entries), with what moved. */
function layoutShifts(page: Page): Promise<Shift[]> {
  return page.evaluate(
    () =>
      new Promise<Shift[]>((resolve) => {
        const observer = new PerformanceObserver((list) => {
          observer.disconnect();
          resolve(
            (list.getEntries() as Array<PerformanceEntry & { value: number; sources: Array<{ node: Node | null }> }>).map((entry) => ({
              value: entry.value,
              sources: entry.sources.map(({ node }) => (node instanceof Element ? node.outerHTML.slice(0, 120) : String(node?.nodeName))),
            })),
          );
        });
        observer.observe({ type: 'layout-shift', buffered: true });
        // No shift at all: the observer is never called.
        setTimeout(() => {
          observer.disconnect();
          resolve([]);
        }, 500);
      }),
  );
}

/** Opens the page with every script the first page does not list (index.html) a second late. */
async function openSlowly(page: Page, hash: string) {
  await freshStart(page);
  const html = await (await page.request.get('./')).text();
  const firstPage = new Set([...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.js)"/g)].map((match) => match[1]));
  expect(firstPage.size, 'scripts listed by index.html').toBeGreaterThan(0);
  await page.route('**/assets/*.js', async (route) => {
    if (!firstPage.has(new URL(route.request().url()).pathname.slice(1))) await new Promise((resolve) => setTimeout(resolve, 1000));
    await route.continue();
  });
  await page.goto(`./${hash}`);
}

/** Drawn and quiet: the heading is there, no page is loading, fonts are in and the network has settled. */
async function settled(page: Page, heading: string) {
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: text.en.app.loading })).toHaveCount(0);
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await page.waitForLoadState('networkidle');
}

const first = course.lessons[0]!.slug;
// The final assessment also asks a learner with no profile for the certificate's details, above its quiz.
const assessment = course.lessons.map(({ slug }) => lesson(slug)).find((spec) => spec.kind === 'assessment')!;
const pages = [
  { name: 'the HR report', hash: '#/hr', heading: hr.title },
  { name: 'the home page', hash: '#/', heading: course.course.title.en },
  { name: 'a lesson', hash: `#/lessons/${first}`, heading: lesson(first).title },
  { name: 'the final assessment', hash: `#/lessons/${assessment.slug}`, heading: assessment.title },
];

for (const { name, hash, heading } of pages) {
  test(`nothing moves on ${name} while it loads on a slow connection`, async ({ page }) => {
    await openSlowly(page, hash);
    await settled(page, heading);
    const shifts = await layoutShifts(page);
    expect(shifts, `layout shifts on ${hash}`).toEqual([]);
  });
}
