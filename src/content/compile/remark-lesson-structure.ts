import type { Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';

/** Components whose content is a short label, rendered inline. */
export const INLINE_LABELS: ReadonlySet<string> = new Set(['Choice', 'Option', 'Item']);

const isBlank = (node: RootContent): boolean => node.type === 'text' && node.value.trim() === '';

/**
 * Components written on consecutive lines (`<Choice>…</Choice>` one per line)
 * parse as inline elements inside one paragraph. Inside another component we
 * lift them to block elements, so the build and the page both see each
 * `<Choice>` as its own child, in order.
 */
export function remarkLessonStructure() {
  return (tree: Root) => {
    visit(tree, (node) => {
      if (node.type !== 'mdxJsxFlowElement' || !('children' in node)) return;
      const element = node;
      const only = element.children.length === 1 ? element.children[0] : undefined;
      if (element.name && INLINE_LABELS.has(element.name) && only?.type === 'paragraph') {
        element.children = only.children as unknown as MdxJsxFlowElement['children'];
        return;
      }
      element.children = element.children.flatMap((child): MdxJsxFlowElement['children'] => {
        if (child.type !== 'paragraph') return [child];
        const parts = child.children as RootContent[];
        const onlyElements =
          parts.some((p) => p.type === 'mdxJsxTextElement') &&
          parts.every((p) => p.type === 'mdxJsxTextElement' || isBlank(p));
        if (!onlyElements) return [child];
        return parts
          .filter((p) => p.type === 'mdxJsxTextElement')
          .map((p) => ({ ...(p as object), type: 'mdxJsxFlowElement' }) as MdxJsxFlowElement);
      });
    });
  };
}
