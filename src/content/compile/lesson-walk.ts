import type { Root, RootContent } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import type { AttrValue, AuthoredElement, AuthoringIssue, SourcePosition } from '../../quiz/authored';
import { checkAttrs, editDistance, str, type AttrRules } from '../../quiz/authored-attrs';
import {
  isQuestionComponent,
  questionParsers,
  questionPartParents,
  standaloneQuestionComponents,
  translationShape,
  type QuestionComponentName,
} from '../../quiz/question-parsers';
import type { QuestionType, QuizSpec } from '../../quiz/question-spec';
import { parseQuiz, standaloneQuiz } from '../../quiz/quiz-parse';
import type { ReflectionSpec } from '../lesson-spec';
import { at, type Diagnostic } from './diagnostic';

type JsxNode = MdxJsxFlowElement | MdxJsxTextElement;
type AnyNode = Root | RootContent;
type NodeOf<T extends AnyNode['type']> = Extract<AnyNode, { type: T }>;

/** Where each id was written, so course-wide checks can point at it. */
export interface IdSite {
  id: string;
  kind: 'quiz' | 'question' | 'reflection';
  /** For questions: the spec type and choice shape, compared across languages. */
  shape?: string;
  questionType?: QuestionType;
  position: SourcePosition;
}

/** What the walk gathers from one lesson file, shared by every handler in place of closed-over locals. */
export interface LessonWalk {
  file: string;
  diagnostics: Diagnostic[];
  quizzes: QuizSpec[];
  reflections: ReflectionSpec[];
  ids: IdSite[];
}

/** One component as the walk meets it. Its issues are reported once its handler is done. */
interface ComponentVisit {
  node: JsxNode;
  element: AuthoredElement;
  issues: AuthoringIssue[];
}

type ComponentHandler = (visit: ComponentVisit, walk: LessonWalk) => void;

/** Content components (not questions): the attributes each takes, and what else it needs checked or read. */
const contentComponents: Record<string, { attrs: AttrRules; read?: ComponentHandler }> = {
  Reflection: { attrs: { id: { kind: 'string', required: true }, prompt: { kind: 'string', required: true } }, read: readReflection },
  Fact: { attrs: { source: { kind: 'string', required: true }, href: { kind: 'string' } }, read: checkFactHref },
  KeyPoints: { attrs: {} },
  Callout: { attrs: { tone: { kind: 'string', oneOf: ['tip', 'note', 'warning'] } } },
};

/**
 * Tried in order and the first that accepts a name handles it: a standalone question must win over
 * the question-outside-a-quiz rule. A name none accepts is not a lesson component.
 */
const componentHandlers: { accepts: (name: string) => boolean; handle: ComponentHandler }[] = [
  { accepts: (name) => name === 'Quiz', handle: readQuiz },
  { accepts: (name) => isQuestionComponent(name) && standaloneQuestionComponents.has(name), handle: readStandaloneQuestion },
  { accepts: isQuestionComponent, handle: rejectQuestionOutsideQuiz },
  { accepts: (name) => Object.hasOwn(questionPartParents, name), handle: rejectStrayQuestionPart },
  { accepts: (name) => Object.hasOwn(contentComponents, name), handle: readContentComponent },
];

const KNOWN = [...Object.keys(contentComponents), 'Quiz', ...Object.keys(questionParsers), ...Object.keys(questionPartParents)];

const isJsx = (node: AnyNode): node is JsxNode => node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';

const positionOf = (node: { position?: { start: { line: number; column: number } } }): SourcePosition => ({
  line: node.position?.start.line ?? 1,
  column: node.position?.start.column ?? 1,
});

/** Checks every node against the authoring contract, gathering its quizzes, reflections and ids. */
export function walkNodes(nodes: readonly AnyNode[], walk: LessonWalk): void {
  for (const node of nodes) walkNode(node, walk);
}

function walkNode(node: AnyNode, walk: LessonWalk): void {
  switch (node.type) {
    case 'mdxjsEsm':
      rejectEsm(node, walk);
      return;
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      rejectCodeExpression(node, walk);
      return;
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      walkComponent(node, walk);
      return;
    default:
      if ('children' in node) walkNodes(node.children as AnyNode[], walk);
  }
}

function rejectEsm(node: NodeOf<'mdxjsEsm'>, walk: LessonWalk): void {
  walk.diagnostics.push(at(walk.file, positionOf(node), 'Lessons cannot import or export code: every component is available without an import. Remove this line.'));
}

function rejectCodeExpression(node: NodeOf<'mdxFlowExpression' | 'mdxTextExpression'>, walk: LessonWalk): void {
  const code = node.value.trim();
  // An empty {} or a {/* comment */} runs no code.
  if (code && !/^\/\*[\s\S]*\*\/$/.test(code)) {
    walk.diagnostics.push(at(walk.file, positionOf(node), 'Curly braces start code, which lessons cannot hold: write \\{ and \\} to show braces as text.'));
  }
}

function walkComponent(node: JsxNode, walk: LessonWalk): void {
  const issues: AuthoringIssue[] = [];
  const visit: ComponentVisit = { node, element: toElement(node, issues), issues };
  const name = node.name ?? '';
  const handle = componentHandlers.find((handler) => handler.accepts(name))?.handle ?? rejectUnknownComponent;
  handle(visit, walk);
  // After the handler, so problems inside a content component come before its own.
  for (const issue of issues) walk.diagnostics.push(at(walk.file, issue.position, issue.message));
}

function readQuiz({ element, issues }: ComponentVisit, walk: LessonWalk): void {
  const parsed = parseQuiz(element);
  if (!parsed.ok) {
    issues.push(...parsed.issues);
    return;
  }
  const { spec } = parsed;
  walk.quizzes.push(spec);
  // How many questions an attempt draws, in which order, what passes and whether answers are shown: the same test in every language.
  const { draw, shuffle, passMark, revealAnswers } = spec;
  const quizShape = `draw=${draw ?? 'all'} shuffle=${String(shuffle)} passMark=${passMark ?? 'none'} revealAnswers=${String(revealAnswers ?? true)}`;
  walk.ids.push({ id: spec.id, kind: 'quiz', shape: quizShape, position: element.position });
  const questionElements = element.children.filter((c) => isQuestionComponent(c.name));
  spec.questions.forEach((q, i) => {
    const shape = translationShape(q);
    walk.ids.push({ id: q.id, kind: 'question', shape, questionType: q.type, position: questionElements[i]?.position ?? element.position });
  });
}

function readStandaloneQuestion({ element, issues }: ComponentVisit, walk: LessonWalk): void {
  // Only question component names reach this handler (see componentHandlers).
  const parsed = questionParsers[element.name as QuestionComponentName](element);
  if (!parsed.ok) {
    issues.push(...parsed.issues);
    return;
  }
  walk.quizzes.push(standaloneQuiz(parsed.spec));
  // The wrapping quiz shares the question's id, so the id is listed once, as the question.
  walk.ids.push({
    id: parsed.spec.id,
    kind: 'question',
    shape: translationShape(parsed.spec),
    questionType: parsed.spec.type,
    position: element.position,
  });
}

function rejectQuestionOutsideQuiz({ element, issues }: ComponentVisit): void {
  issues.push({ position: element.position, message: `<${element.name}> must be inside a <Quiz>: wrap it in <Quiz id="..."> … </Quiz>.` });
}

function rejectStrayQuestionPart({ element, issues }: ComponentVisit): void {
  issues.push({ position: element.position, message: `<${element.name}> belongs inside ${questionPartParents[element.name]!}: move it there, or delete it.` });
}

function readContentComponent(visit: ComponentVisit, walk: LessonWalk): void {
  const component = contentComponents[visit.element.name]!;
  visit.issues.push(...checkAttrs(visit.element, component.attrs));
  component.read?.(visit, walk);
  walkNodes(visit.node.children, walk);
}

function readReflection({ element, issues }: ComponentVisit, walk: LessonWalk): void {
  // Any problem so far means the id or prompt may be missing or not text.
  if (issues.length > 0) return;
  const reflection = { id: str(element, 'id')!, prompt: str(element, 'prompt')! };
  walk.reflections.push(reflection);
  walk.ids.push({ id: reflection.id, kind: 'reflection', position: element.position });
}

function checkFactHref({ element, issues }: ComponentVisit): void {
  const href = str(element, 'href');
  if (href && !/^https?:\/\/\S+$/.test(href)) {
    issues.push({ position: element.position, message: '<Fact> href must be a full web address starting with https:// or http://.' });
  }
}

function rejectUnknownComponent({ element, issues }: ComponentVisit): void {
  issues.push({ position: element.position, message: unknownComponentMessage(element.name) });
}

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
      issues.push({ position, message: `<${node.name!}> uses a spread ({...}): write each attribute by name.` });
      continue;
    }
    const value = attrValue(attr);
    if (typeof value === 'object') issues.push({ position, message: `<${node.name!}> ${value.error}.` });
    else attrs[attr.name] = value;
  }
  return {
    name: node.name ?? '',
    attrs,
    children: componentChildren(node.children as AnyNode[]).map((child) => toElement(child, issues)),
    text: plainText(node.children),
    position,
  };
}
