import type { Root, Yaml } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFileMessage } from 'vfile-message';
import { LineCounter, parseDocument, isMap, isScalar } from 'yaml';
import type { z } from 'zod';
import type { SourcePosition } from '../../quiz/authored';
import type { Locale } from '../../i18n/locales';
import { frontmatterSchema, type Frontmatter, type LessonSpec } from '../lesson-spec';
import { at, type Diagnostic } from './diagnostic';
import { yamlProblem } from './yaml-problem';
import { extractHandout } from './extract-handout';
import { lessonImages, type LessonImage } from './lesson-images';
import { walkNodes, type IdSite, type LessonWalk } from './lesson-walk';
import { remarkLessonStructure } from './remark-lesson-structure';

export interface ExtractedLesson {
  spec: LessonSpec;
  ids: IdSite[];
  orderPosition: SourcePosition;
  /** Where `kind` is written (the frontmatter's first line when it is left out). */
  kindPosition: SourcePosition;
  /** Pictures that name a file beside the lesson. */
  images: LessonImage[];
}

interface ReadFrontmatter {
  data: Frontmatter;
  orderPosition: SourcePosition;
  kindPosition: SourcePosition;
}

const processor = unified().use(remarkParse).use(remarkMdx).use(remarkFrontmatter, ['yaml']).use(remarkLessonStructure);

/** What each frontmatter key must hold, in words a trainer can act on. */
const expectedValues: Record<string, string> = {
  title: 'a line of text',
  summary: 'one sentence of text',
  duration: 'a whole number of minutes, such as 4',
  order: 'a whole number giving the position in the course, such as 1',
  objectives: 'a list of short texts, one per line starting with "- "',
  kind: '"lesson" or "assessment"',
};

function parseMdx(source: string, file: string): { tree: Root } | { diagnostic: Diagnostic } {
  try {
    return { tree: processor.runSync(processor.parse(source)) as Root };
  } catch (error) {
    if (!(error instanceof VFileMessage)) throw error;
    const reason = error.reason.replace(/\s*\(see https?:\S+\)\s*$/, '');
    // A tag left open is only found at the end of the file; the reason names where it was opened.
    const opened = /\((\d+):(\d+)-\d+:\d+\)/.exec(reason);
    const position = error.line ? { line: error.line, column: error.column ?? 1 } : opened ? { line: Number(opened[1]), column: Number(opened[2]) } : { line: 1, column: 1 };
    return {
      diagnostic: at(file, position, `The MDX cannot be read: ${reason}. Check that every <Tag> is closed, attribute values are quoted, and { } braces are escaped as \\{ \\}.`),
    };
  }
}

function readFrontmatter(tree: Root, file: string, diagnostics: Diagnostic[]): ReadFrontmatter | undefined {
  const first = tree.children[0];
  if (first?.type === 'thematicBreak' && first.position?.start.line === 1) {
    // The file opens with ---, but no second --- line closes the block.
    diagnostics.push(at(file, { line: 1, column: 1 }, 'The frontmatter has no closing --- line: end the settings block (title, summary, duration, order…) with a line holding only ---.'));
    return undefined;
  }
  if (!first || first.type !== 'yaml') {
    diagnostics.push(
      at(file, { line: 1, column: 1 }, 'The lesson has no frontmatter: start the file with a block between --- lines giving title, summary, duration and order.'),
    );
    return undefined;
  }
  return readYamlFrontmatter(first, file, diagnostics);
}

function readYamlFrontmatter(yamlNode: Yaml, file: string, diagnostics: Diagnostic[]): ReadFrontmatter | undefined {
  const startLine = (yamlNode.position?.start.line ?? 1) + 1;
  const counter = new LineCounter();
  const doc = parseDocument(yamlNode.value, { lineCounter: counter });
  const lineOf = (offset: number | undefined): SourcePosition => {
    const pos = counter.linePos(offset ?? 0);
    return { line: startLine + pos.line - 1, column: pos.col };
  };
  if (doc.errors.length) {
    diagnostics.push(...doc.errors.map((e) => yamlProblem(file, 'Frontmatter', yamlNode.value, e, lineOf)));
    return undefined;
  }
  const keyPosition = (key: PropertyKey | undefined): SourcePosition => {
    if (isMap(doc.contents) && key !== undefined) {
      const pair = doc.contents.items.find((p) => isScalar(p.key) && p.key.value === key);
      if (pair && isScalar(pair.key)) return lineOf(pair.key.range[0]);
    }
    return { line: startLine - 1, column: 1 };
  };
  const raw: unknown = doc.toJS() ?? {};
  const parsed = frontmatterSchema.safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) diagnostics.push(frontmatterProblem(issue, raw, file, startLine, keyPosition));
    return undefined;
  }
  return { data: parsed.data, orderPosition: keyPosition('order'), kindPosition: keyPosition('kind') };
}

function frontmatterProblem(
  issue: z.core.$ZodIssue,
  raw: unknown,
  file: string,
  startLine: number,
  keyPosition: (key: PropertyKey | undefined) => SourcePosition,
): Diagnostic {
  if (issue.code === 'unrecognized_keys') {
    const message = `Frontmatter has unknown key(s) ${issue.keys.map((k) => `"${k}"`).join(', ')}: the keys are title, summary, duration, order, objectives and kind.`;
    return at(file, keyPosition(issue.keys[0]), message);
  }
  const key = issue.path[0];
  const name = String(key ?? '');
  const missing = typeof raw !== 'object' || raw === null || !(name in raw);
  const message = missing
    ? `Frontmatter is missing "${name}": add ${name}: with ${expectedValues[name] ?? 'a value'}.`
    : `Frontmatter "${name}" must be ${expectedValues[name] ?? 'valid'}.`;
  return at(file, missing ? { line: startLine - 1, column: 1 } : keyPosition(key), message);
}

/** Checked after the walk, so the first use of an id is the one left unflagged. */
function reportDuplicateIds(walk: LessonWalk): void {
  const seen = new Map<string, IdSite>();
  for (const site of walk.ids) {
    const first = seen.get(site.id);
    if (first) {
      walk.diagnostics.push(at(walk.file, site.position, `The id "${site.id}" is already used on line ${first.position.line}: every id must be unique across the course.`));
    } else seen.set(site.id, site);
  }
}

/**
 * Reads one lesson file: its frontmatter and every component, checked against
 * the authoring contract. Returns the lesson spec, or the problems found, and
 * the tree it read (laid out as the MDX compiler sees it) once the MDX could be read.
 */
export function extractLesson(
  source: string,
  file: string,
  slug: string,
  locale: Locale,
): { lesson?: ExtractedLesson; diagnostics: Diagnostic[]; tree?: Root } {
  const parsed = parseMdx(source, file);
  if ('diagnostic' in parsed) return { diagnostics: [parsed.diagnostic] };
  const { tree } = parsed;
  const walk: LessonWalk = { file, diagnostics: [], quizzes: [], reflections: [], ids: [] };
  const frontmatter = readFrontmatter(tree, file, walk.diagnostics);
  walkNodes(tree.children, walk);
  reportDuplicateIds(walk);
  if (!frontmatter || walk.diagnostics.length) return { diagnostics: walk.diagnostics, tree };
  return { diagnostics: walk.diagnostics, lesson: assembleLesson(tree, slug, locale, frontmatter, walk), tree };
}

function assembleLesson(tree: Root, slug: string, locale: Locale, frontmatter: ReadFrontmatter, walk: LessonWalk): ExtractedLesson {
  const fm = frontmatter.data;
  return {
    spec: {
      slug,
      locale,
      title: fm.title,
      summary: fm.summary,
      duration: fm.duration,
      order: fm.order,
      objectives: fm.objectives ?? [],
      kind: fm.kind,
      quizzes: walk.quizzes,
      reflections: walk.reflections,
      handout: extractHandout(tree),
    },
    ids: walk.ids,
    orderPosition: frontmatter.orderPosition,
    kindPosition: frontmatter.kindPosition,
    images: lessonImages(tree),
  };
}
