import type { Root, RootContent, Yaml } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFileMessage } from 'vfile-message';
import { LineCounter, parseDocument, isMap, isScalar } from 'yaml';
import type { AttrValue, AuthoredElement, AuthoringIssue, SourcePosition } from '../../quiz/authored';
import { checkAttrs, editDistance, str, type AttrRules } from '../../quiz/authored-attrs.ts';
import {
  isQuestionComponent,
  questionParsers,
  questionPartParents,
  standaloneQuestionComponents,
  translationShape,
} from '../../quiz/question-parsers.ts';
import type { QuestionType, QuizSpec } from '../../quiz/question-spec';
import { parseQuiz, standaloneQuiz } from '../../quiz/quiz-parse.ts';
import type { Locale } from '../../i18n/locales';
import { frontmatterSchema, type LessonSpec, type ReflectionSpec } from '../lesson-spec.ts';
import { at, type Diagnostic } from './diagnostic.ts';
import { yamlProblem } from './yaml-problem.ts';
import { extractHandout } from './extract-handout.ts';
import { lessonImages, type LessonImage } from './lesson-images.ts';
import { remarkLessonStructure } from './remark-lesson-structure.ts';

type JsxNode = MdxJsxFlowElement | MdxJsxTextElement;
type AnyNode = Root | RootContent;

/** Where each id was written, so course-wide checks can point at it. */
export interface IdSite {
  id: string;
  kind: 'quiz' | 'question' | 'reflection';
  /** For questions: the spec type and choice shape, compared across languages. */
  shape?: string;
  questionType?: QuestionType;
  position: SourcePosition;
}

export interface ExtractedLesson {
  spec: LessonSpec;
  ids: IdSite[];
  orderPosition: SourcePosition;
  /** Where `kind` is written (the frontmatter's first line when it is left out). */
  kindPosition: SourcePosition;
  /** Pictures that name a file beside the lesson. */
  images: LessonImage[];
}

/** Content components (not questions) with the attributes each takes. */
const contentComponents: Record<string, AttrRules> = {
  Reflection: { id: { kind: 'string', required: true }, prompt: { kind: 'string', required: true } },
  Fact: { source: { kind: 'string', required: true }, href: { kind: 'string' } },
  KeyPoints: {},
  Callout: { tone: { kind: 'string', oneOf: ['tip', 'note', 'warning'] } },
};

const KNOWN = [...Object.keys(contentComponents), 'Quiz', ...Object.keys(questionParsers), ...Object.keys(questionPartParents)];

const processor = unified().use(remarkParse).use(remarkMdx).use(remarkFrontmatter, ['yaml']).use(remarkLessonStructure);

const isJsx = (node: AnyNode): node is JsxNode => node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';

const positionOf = (node: { position?: { start: { line: number; column: number } } }): SourcePosition => ({
  line: node.position?.start.line ?? 1,
  column: node.position?.start.column ?? 1,
});

function unknownComponentMessage(name: string): string {
  const near = KNOWN.map((k) => ({ k, d: editDistance(name.toLowerCase(), k.toLowerCase()) })).sort((x, y) => x.d - y.d)[0];
  const hint = near && near.d <= 3 ? ` Did you mean <${near.k}>?` : '';
  const kind = /^[a-z]/.test(name) ? 'HTML tags are not supported in lessons; use Markdown instead.' : `Use one of: ${KNOWN.map((k) => `<${k}>`).join(', ')}.`;
  return `<${name}> is not a lesson component.${hint} ${kind}`;
}

/** Plain text of Markdown content, skipping component children. */
function plainText(nodes: readonly AnyNode[]): string {
  const parts: string[] = [];
  for (const node of nodes) {
    if (isJsx(node)) continue;
    if ('value' in node && typeof node.value === 'string' && node.type !== 'yaml') parts.push(node.value);
    else if ('children' in node) {
      const inner = plainText(node.children as AnyNode[]);
      const block = node.type === 'paragraph' || node.type === 'heading' || node.type === 'listItem';
      parts.push(block ? `${inner}\n` : inner);
    } else if (node.type === 'break') parts.push(' ');
  }
  return parts.join('').replace(/[ \t]*\n+[ \t]*/g, '\n').replace(/[ \t]+/g, ' ').trim().replace(/\n/g, ' ');
}

function attrValue(attr: MdxJsxAttribute): AttrValue | { error: string } {
  const { value } = attr;
  if (value === null || value === undefined) return true;
  if (typeof value === 'string') return value;
  const code = value.value.trim();
  if (/^-?\d+(\.\d+)?$/.test(code)) return Number(code);
  if (code === 'true' || code === 'false') return code === 'true';
  if (/^(".*"|'.*')$/.test(code)) return code.slice(1, -1);
  return { error: `attribute "${attr.name}" holds code ({${code}}): write a plain value, such as ${attr.name}="text" or ${attr.name}={3}` };
}

/** Component children of a node, looking through Markdown (not through components). */
function componentChildren(nodes: readonly AnyNode[]): JsxNode[] {
  return nodes.flatMap((node) => (isJsx(node) ? [node] : 'children' in node ? componentChildren(node.children as AnyNode[]) : []));
}

function toElement(node: JsxNode, issues: AuthoringIssue[]): AuthoredElement {
  const attrs: Record<string, AttrValue> = {};
  const position = positionOf(node);
  for (const attr of node.attributes) {
    if (attr.type !== 'mdxJsxAttribute') {
      issues.push({ position, message: `<${node.name}> uses a spread ({...}): write each attribute by name.` });
      continue;
    }
    const value = attrValue(attr);
    if (typeof value === 'object') issues.push({ position, message: `<${node.name}> ${value.error}.` });
    else attrs[attr.name] = value;
  }
  return {
    name: node.name ?? '',
    attrs,
    children: componentChildren(node.children as AnyNode[]).map((child) => toElement(child, issues)),
    text: plainText(node.children as AnyNode[]),
    position,
  };
}

function readFrontmatter(tree: Root, file: string, diagnostics: Diagnostic[]) {
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
  const yamlNode = first as Yaml;
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
      if (pair && isScalar(pair.key)) return lineOf(pair.key.range?.[0]);
    }
    return { line: startLine - 1, column: 1 };
  };
  const raw: unknown = doc.toJS() ?? {};
  const parsed = frontmatterSchema.safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const key = issue.path[0];
      let message: string;
      if (issue.code === 'unrecognized_keys') {
        message = `Frontmatter has unknown key(s) ${issue.keys.map((k) => `"${k}"`).join(', ')}: the keys are title, summary, duration, order, objectives and kind.`;
        diagnostics.push(at(file, keyPosition(issue.keys[0]), message));
        continue;
      }
      const expected: Record<string, string> = {
        title: 'a line of text',
        summary: 'one sentence of text',
        duration: 'a whole number of minutes, such as 4',
        order: 'a whole number giving the position in the course, such as 1',
        objectives: 'a list of short texts, one per line starting with "- "',
        kind: '"lesson" or "assessment"',
      };
      const name = String(key ?? '');
      const missing = typeof raw !== 'object' || raw === null || !(name in raw);
      message = missing
        ? `Frontmatter is missing "${name}": add ${name}: with ${expected[name] ?? 'a value'}.`
        : `Frontmatter "${name}" must be ${expected[name] ?? 'valid'}.`;
      diagnostics.push(at(file, missing ? { line: startLine - 1, column: 1 } : keyPosition(key), message));
    }
    return undefined;
  }
  return { data: parsed.data, orderPosition: keyPosition('order'), kindPosition: keyPosition('kind') };
}

/**
 * Reads one lesson file: its frontmatter and every component, checked against
 * the authoring contract. Returns the lesson spec, or the problems found.
 */
export function extractLesson(
  source: string,
  file: string,
  slug: string,
  locale: Locale,
): { lesson?: ExtractedLesson; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  let tree: Root;
  try {
    tree = processor.runSync(processor.parse(source)) as Root;
  } catch (error) {
    if (error instanceof VFileMessage) {
      const reason = error.reason.replace(/\s*\(see https?:\S+\)\s*$/, '');
      // A tag left open is only found at the end of the file; the reason names where it was opened.
      const opened = /\((\d+):(\d+)-\d+:\d+\)/.exec(reason);
      const position = error.line ? { line: error.line, column: error.column ?? 1 } : opened ? { line: Number(opened[1]), column: Number(opened[2]) } : { line: 1, column: 1 };
      diagnostics.push(
        at(file, position, `The MDX cannot be read: ${reason}. Check that every <Tag> is closed, attribute values are quoted, and { } braces are escaped as \\{ \\}.`),
      );
      return { diagnostics };
    }
    throw error;
  }

  const frontmatter = readFrontmatter(tree, file, diagnostics);
  const quizzes: QuizSpec[] = [];
  const reflections: ReflectionSpec[] = [];
  const ids: IdSite[] = [];

  const walk = (nodes: readonly AnyNode[]) => {
    for (const node of nodes) {
      if (node.type === 'mdxjsEsm') {
        diagnostics.push(at(file, positionOf(node), 'Lessons cannot import or export code: every component is available without an import. Remove this line.'));
        continue;
      }
      if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
        const code = node.value.trim();
        if (code && !/^\/\*[\s\S]*\*\/$/.test(code)) {
          diagnostics.push(at(file, positionOf(node), 'Curly braces start code, which lessons cannot hold: write \\{ and \\} to show braces as text.'));
        }
        continue;
      }
      if (!isJsx(node)) {
        if ('children' in node) walk(node.children as AnyNode[]);
        continue;
      }
      const name = node.name ?? '';
      const issues: AuthoringIssue[] = [];
      const element = toElement(node, issues);
      if (name === 'Quiz') {
        const parsed = parseQuiz(element);
        if (parsed.ok) {
          quizzes.push(parsed.spec);
          // How many questions an attempt draws, in which order, and what passes: the same test in every language.
          const { draw, shuffle, passMark } = parsed.spec;
          ids.push({ id: parsed.spec.id, kind: 'quiz', shape: `draw=${draw ?? 'all'} shuffle=${shuffle} passMark=${passMark ?? 'none'}`, position: element.position });
          parsed.spec.questions.forEach((q, i) => {
            const shape = translationShape(q);
            ids.push({ id: q.id, kind: 'question', shape, questionType: q.type, position: element.children.filter((c) => isQuestionComponent(c.name))[i]?.position ?? element.position });
          });
        } else issues.push(...parsed.issues);
      } else if (isQuestionComponent(name) && standaloneQuestionComponents.has(name)) {
        const parsed = questionParsers[name](element);
        if (parsed.ok) {
          quizzes.push(standaloneQuiz(parsed.spec));
          // The wrapping quiz shares the question's id, so the id is listed once, as the question.
          ids.push({
            id: parsed.spec.id,
            kind: 'question',
            shape: translationShape(parsed.spec),
            questionType: parsed.spec.type,
            position: element.position,
          });
        } else issues.push(...parsed.issues);
      } else if (isQuestionComponent(name)) {
        issues.push({ position: element.position, message: `<${name}> must be inside a <Quiz>: wrap it in <Quiz id="..."> … </Quiz>.` });
      } else if (name in questionPartParents) {
        issues.push({ position: element.position, message: `<${name}> belongs inside ${questionPartParents[name]}: move it there, or delete it.` });
      } else if (name in contentComponents) {
        issues.push(...checkAttrs(element, contentComponents[name]!));
        if (name === 'Reflection' && issues.length === 0) {
          const reflection = { id: str(element, 'id')!, prompt: str(element, 'prompt')! };
          reflections.push(reflection);
          ids.push({ id: reflection.id, kind: 'reflection', position: element.position });
        }
        const href = str(element, 'href');
        if (name === 'Fact' && href && !/^https?:\/\/\S+$/.test(href)) {
          issues.push({ position: element.position, message: '<Fact> href must be a full web address starting with https:// or http://.' });
        }
        walk(node.children as AnyNode[]);
      } else {
        issues.push({ position: element.position, message: unknownComponentMessage(name) });
      }
      for (const issue of issues) diagnostics.push(at(file, issue.position, issue.message));
    }
  };
  walk(tree.children);

  const seen = new Map<string, IdSite>();
  for (const site of ids) {
    const first = seen.get(site.id);
    if (first) {
      diagnostics.push(at(file, site.position, `The id "${site.id}" is already used on line ${first.position.line}: every id must be unique across the course.`));
    } else seen.set(site.id, site);
  }

  if (!frontmatter || diagnostics.length) return { diagnostics };
  const fm = frontmatter.data;
  return {
    diagnostics,
    lesson: {
      spec: {
        slug,
        locale,
        title: fm.title,
        summary: fm.summary,
        duration: fm.duration,
        order: fm.order,
        objectives: fm.objectives ?? [],
        kind: fm.kind,
        quizzes,
        reflections,
        handout: extractHandout(tree),
      },
      ids,
      orderPosition: frontmatter.orderPosition,
      kindPosition: frontmatter.kindPosition,
      images: lessonImages(tree),
    },
  };
}

