import type { Nodes, Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { toString } from 'mdast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';
import type { LessonHandout } from '../lesson-spec';

type JsxNode = MdxJsxFlowElement | MdxJsxTextElement;

const isJsx = (node: Nodes): node is JsxNode => node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';

const CONTAINERS = new Set(['list', 'listItem', 'blockquote']);

/** Plain text of block content: one space between blocks (nested lists too), white space collapsed. */
const blocksText = (nodes: readonly Nodes[]): string =>
  nodes
    .map((node) => (CONTAINERS.has(node.type) && 'children' in node ? blocksText(node.children as Nodes[]) : toString(node)))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();

const stringAttr = (node: JsxNode, name: string): string | undefined => {
  const attr = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  return typeof attr?.value === 'string' ? attr.value : undefined;
};

/**
 * The printable summary of a lesson: the items of its `<KeyPoints>` lists and the text and source of
 * every `<Fact>`, as plain text in reading order. Call on a lesson that passed the authoring checks.
 */
export function extractHandout(tree: Root): LessonHandout {
  const handout: LessonHandout = { keyPoints: [], facts: [] };
  visit(tree, (node) => {
    if (!isJsx(node)) return undefined;
    if (node.name === 'KeyPoints') {
      visit(node, 'listItem', (item) => {
        const text = blocksText(item.children);
        if (text) handout.keyPoints.push(text);
        return SKIP;
      });
      return SKIP;
    }
    if (node.name === 'Fact') {
      const href = stringAttr(node, 'href');
      handout.facts.push({ text: blocksText(node.children), source: stringAttr(node, 'source') ?? '', ...(href ? { href } : {}) });
      return SKIP;
    }
    return undefined;
  });
  return handout;
}
