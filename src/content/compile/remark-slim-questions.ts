import type { Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { SKIP, visit } from 'unist-util-visit';
import { questionCompilers } from '../../quiz/question-compilers';
import { INLINE_LABELS } from './remark-lesson-structure';

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;
type Child = JsxElement['children'][number];

const isJsx = (node: { type: string }): node is JsxElement => node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
const isBlank = (node: Child): boolean => node.type === 'text' && node.value.trim() === '';

/**
 * Content a view can show from the spec with the same words and markup: a label (a `<Choice>`, an
 * `<Item>`, an `<Option>`) that is text alone, shown as text; a prompt or a step's text that is one
 * paragraph of text alone, shown as `<p>`; an `<Explanation>` that is either, shown as `<p>`
 * (explanationOf). Anything richer (emphasis, a link, a list, two paragraphs) stays in the body.
 */
function isPlain(nodes: readonly Child[], name: string | null | undefined): boolean {
  const content = nodes.filter((node) => !isBlank(node));
  const [only] = content;
  const text = content.length > 0 && content.every((node) => node.type === 'text');
  if (INLINE_LABELS.has(name ?? '')) return text;
  const paragraph = content.length === 1 && only?.type === 'paragraph' && only.children.every((node) => node.type === 'text');
  return paragraph || (name === 'Explanation' && text);
}

/** A part keeps its tag (its place among its siblings is what the view matches by) and its `id`. */
function slimPart(part: JsxElement): void {
  part.attributes = part.attributes.filter((attr) => attr.type === 'mdxJsxAttribute' && attr.name === 'id');
  slimContent(part, true);
}

/**
 * Drops an element's own content when it is plain (its parts are slimmed one by one): the view
 * shows the spec's text instead. `ownText` is false where the spec holds no text for it.
 */
function slimContent(element: JsxElement, ownText: boolean): void {
  const own = element.children.filter((child) => !isJsx(child));
  for (const child of element.children) if (isJsx(child)) slimPart(child);
  if (ownText && isPlain(own, element.name)) element.children = element.children.filter(isJsx) as typeof element.children;
}

const promptInSpec = new Map<string, boolean>(questionCompilers.map((compiler) => [compiler.component, compiler.promptInSpec]));

/**
 * A question's words ship once. The build reads every question into its spec, which the lesson
 * page loads with the body and which records, reports and the LMS read too; the views show a part
 * from the spec whenever the body leaves it out. So the compiled body keeps only what the spec
 * cannot give: the rich text of a prompt, a label or an explanation written with markup. Plain
 * text, attributes the build reads (`correct`, `feedback`, `goto`, `points`, …) and the data of a
 * `<Pair>` go; each element stays, with its `id`, so parts still match by authored position.
 * Runs after remark-lesson-structure, on a lesson the build has checked.
 */
export function remarkSlimQuestions() {
  return (tree: Root) => {
    visit(tree, (node: Root | RootContent) => {
      if (!isJsx(node) || !node.name || !promptInSpec.has(node.name)) return undefined;
      node.attributes = node.attributes.filter((attr) => attr.type === 'mdxJsxAttribute' && attr.name === 'id');
      slimContent(node, promptInSpec.get(node.name) === true);
      return SKIP;
    });
  };
}
