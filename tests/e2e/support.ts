import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page } from '@playwright/test';
import { resolve } from 'node:path';
import { loadCourse, loadGallery } from '../../src/content/compile/load-course';
import type { LessonSpec } from '../../src/content/lesson-spec';
import en from '../../src/i18n/locales/en/common.json' with { type: 'json' };
import es from '../../src/i18n/locales/es/common.json' with { type: 'json' };
import enQuiz from '../../src/i18n/locales/en/quiz.json' with { type: 'json' };
import esQuiz from '../../src/i18n/locales/es/quiz.json' with { type: 'json' };

/** The course as the build reads it: tests answer from the same specs the app uses. */
const { index } = loadCourse(resolve(import.meta.dirname, '../..'));
if (!index) throw new Error('The course content does not pass npm run check:content');
export const course = index;

export const text = { en: { ...en, quiz: enQuiz }, es: { ...es, quiz: esQuiz } };

export function lesson(slug: string, locale: 'en' | 'es' = 'en'): LessonSpec {
  const entry = course.lessons.find((l) => l.slug === slug);
  const spec = entry?.versions[locale] ?? entry?.versions.en;
  if (!spec) throw new Error(`No lesson ${slug}`);
  return spec;
}

/** The trainers' component gallery (#/gallery) as the build reads it. */
const { gallery: galleryVersions } = loadGallery(resolve(import.meta.dirname, '../..'));
export function gallery(locale: 'en' | 'es' = 'en'): LessonSpec {
  const spec = galleryVersions?.[locale] ?? galleryVersions?.en;
  if (!spec) throw new Error('The component gallery does not pass npm run check:content');
  return spec;
}

export const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => String(values[key] ?? ''));

/** Starts every test on a clean device in the given language. */
export async function freshStart(page: Page, locale: 'en' | 'es' = 'en') {
  await page.addInitScript((lng) => {
    if (!sessionStorage.getItem('e2e-started')) {
      localStorage.clear();
      localStorage.setItem('cf-language', lng);
      sessionStorage.setItem('e2e-started', '1');
    }
  }, locale);
}

export async function expectNoA11yViolations(page: Page, context: string) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect(summary, `axe violations on ${context}`).toEqual([]);
}

/** Presses Tab until the locator has focus, like a keyboard user would. */
export async function tabTo(page: Page, target: Locator, maxPresses = 80) {
  for (let i = 0; i < maxPresses; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Could not reach ${target.toString()} with the Tab key`);
}

/** The label of each correct choice, for every question of a lesson's quizzes. */
export function correctLabels(spec: LessonSpec): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const quiz of spec.quizzes) {
    for (const q of quiz.questions) if ('choices' in q) map.set(q.id, q.choices.filter((c) => c.correct).map((c) => c.label));
  }
  return map;
}

/** Progress as the app saves it: every lesson completed, the assessment passed on its second attempt. */
export function completedCourse() {
  const lessons = course.lessons.map((l) => l.versions.en);
  const assessment = lessons.find((l) => l.kind === 'assessment')!;
  const final = assessment.quizzes[0]!;
  const day = (d: number, h = 9) => new Date(Date.UTC(2025, 2, d, h)).toISOString();
  const questions = final.questions.filter((q) => q.type === 'single-choice').slice(0, final.draw ?? 10);
  const attempt = (n: number, right: number) => ({
    id: `final-${n}`,
    lessonSlug: assessment.slug,
    startedAt: day(10 + n),
    finishedAt: day(10 + n, 10),
    seed: n,
    questionIds: questions.map((q) => q.id),
    position: questions.length - 1,
    drafts: {},
    answers: Object.fromEntries(
      questions.map((q, i) => {
        const ok = i < right;
        const choice = q.choices.find((c) => c.correct === ok)!;
        return [q.id, { input: { type: 'single-choice', selected: choice.id }, earned: ok ? 1 : 0, total: 1, checkedAt: day(10 + n) }];
      }),
    ),
  });
  return {
    version: 1,
    state: {
      lessons: Object.fromEntries(
        lessons
          .filter((l) => l.kind === 'lesson')
          .map((l, i) => [l.slug, { startedAt: day(i + 1), completedAt: day(i + 1, 10), timeSpentMs: 300_000, lastVisitedAt: day(i + 1) }]),
      ),
      quizzes: { [final.id]: { attempts: [attempt(1, questions.length - 4), attempt(2, questions.length - 1)] } },
      reflections: {},
    },
  };
}
