import { translationRule } from '../../quiz/question-parsers';
import { at, type Diagnostic } from './diagnostic';
import type { ExtractedLesson } from './extract-lesson';
import type { IdSite } from './lesson-walk';

export interface LessonFile {
  file: string;
  lesson: ExtractedLesson;
}

const describe = (site: IdSite) => `${site.kind} "${site.id}"`;

/**
 * Rules that need more than one file: one English file per lesson, unique
 * orders and ids across the course, and translations that keep the English ids.
 */
export function validateCourse(bySlug: Map<string, Map<string, LessonFile>>): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const orders = new Map<number, LessonFile>();
  const idOwners = new Map<string, { file: string; site: IdSite }>();
  let assessment: LessonFile | undefined;

  for (const [slug, versions] of bySlug) {
    const english = versions.get('en');
    if (!english) {
      const some = [...versions.values()][0];
      if (some) diagnostics.push(at(some.file, { line: 1, column: 1 }, `Lesson "${slug}" has no en.mdx: English is the source language, so write content/lessons/${slug}/en.mdx first.`));
      continue;
    }
    const { spec, orderPosition, ids } = english.lesson;
    const clash = orders.get(spec.order);
    // A clash is named in both files: the build cannot tell which one the trainer just wrote.
    if (clash) {
      diagnostics.push(at(english.file, orderPosition, `order ${spec.order} is already used by ${clash.file}: give every lesson its own order.`));
      diagnostics.push(at(clash.file, clash.lesson.orderPosition, `order ${spec.order} is also used by ${english.file}: give every lesson its own order.`));
    } else orders.set(spec.order, english);

    if (spec.kind === 'assessment') {
      if (assessment) {
        diagnostics.push(
          at(english.file, english.lesson.kindPosition, `kind: assessment is already taken by ${assessment.file}: a course has one final assessment; make this lesson kind: lesson.`),
        );
      } else assessment = english;
    }

    for (const site of ids) {
      const owner = idOwners.get(site.id);
      if (owner && owner.file !== english.file) {
        diagnostics.push(at(english.file, site.position, `The id "${site.id}" is already used in ${owner.file}:${owner.site.position.line}: every id must be unique across the course.`));
        diagnostics.push(at(owner.file, owner.site.position, `The id "${site.id}" is also used in ${english.file}:${site.position.line}: every id must be unique across the course.`));
      } else if (!owner) idOwners.set(site.id, { file: english.file, site });
    }

    for (const [locale, translation] of versions) {
      if (locale === 'en') continue;
      diagnostics.push(...compareTranslation(english, translation));
    }
  }
  return diagnostics;
}

function compareTranslation(english: LessonFile, translation: LessonFile): Diagnostic[] {
  const out: Diagnostic[] = [];
  const source = new Map(english.lesson.ids.map((s) => [s.id, s]));
  const translated = new Map(translation.lesson.ids.map((s) => [s.id, s]));
  for (const site of translation.lesson.ids) {
    const original = source.get(site.id);
    if (!original) {
      out.push(at(translation.file, site.position, `${describe(site)} is not in ${english.file}: translations keep the English ids, so scores line up across languages.`));
    } else if (original.kind === 'quiz' && site.kind === 'quiz' && original.shape !== site.shape) {
      out.push(at(translation.file, site.position, `${describe(site)} differs from ${english.file}:${original.position.line}: keep the same draw, shuffle, passMark and revealAnswers as the English quiz (${original.shape!}).`));
    } else if (original.kind !== site.kind || original.shape !== site.shape) {
      out.push(at(translation.file, site.position, `${describe(site)} differs from ${english.file}:${original.position.line}: keep the same question type, ${translationRule(original.questionType)}.`));
    }
  }
  for (const site of english.lesson.ids) {
    if (!translated.has(site.id)) {
      out.push(at(translation.file, { line: 1, column: 1 }, `${describe(site)} from ${english.file}:${site.position.line} is missing: translate it with the same id.`));
    }
  }
  const keep = (key: 'order' | 'kind') => {
    if (english.lesson.spec[key] !== translation.lesson.spec[key]) {
      out.push(at(translation.file, translation.lesson.orderPosition, `Frontmatter "${key}" is ${String(translation.lesson.spec[key])} but ${String(english.lesson.spec[key])} in ${english.file}: keep it the same in every language.`));
    }
  };
  keep('order');
  keep('kind');
  return out;
}
