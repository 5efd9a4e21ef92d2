import type { Expression, Node as EstreeNode } from 'estree';
import type { Root as HastRoot } from 'hast';
import { toJsxRuntime, type Components } from 'hast-util-to-jsx-runtime';
import type { Root, RootContent } from 'mdast';
import { toHast } from 'mdast-util-to-hast';
import type { ComponentType, ReactNode } from 'react';
import { Fragment, jsx, jsxs } from 'react/jsx-runtime';

/** The MDX nodes the course's lessons hold, kept for the JSX runtime to turn into components. */
const MDX_NODES: ['mdxJsxFlowElement', 'mdxJsxTextElement', 'mdxFlowExpression', 'mdxTextExpression', 'mdxjsEsm'] = ['mdxJsxFlowElement', 'mdxJsxTextElement', 'mdxFlowExpression', 'mdxTextExpression', 'mdxjsEsm'];

/**
 * Works out what a lesson's braces hold without running anything: the checker lets through only
 * literal values (numbers, true and false, quoted text, and lists and records of them) and
 * comments, so this reads those and nothing else. A component's name is looked up in the map.
 */
function literalOf(node: EstreeNode, components: Readonly<Record<string, unknown>>): unknown {
  switch (node.type) {
    case 'Literal':
      return node.value;
    case 'Identifier':
      return Object.hasOwn(components, node.name) ? components[node.name] : node.name === 'undefined' ? undefined : node.name;
    case 'UnaryExpression': {
      const value = literalOf(node.argument, components);
      if (node.operator === '-' && typeof value === 'number') return -value;
      if (node.operator === '+' && typeof value === 'number') return value;
      if (node.operator === '!') return !value;
      return undefined;
    }
    case 'TemplateLiteral':
      return node.expressions.length === 0 ? node.quasis.map((q) => q.value.cooked ?? '').join('') : undefined;
    case 'ArrayExpression':
      return node.elements.map((element) => (element && element.type !== 'SpreadElement' ? literalOf(element, components) : undefined));
    case 'ObjectExpression':
      return Object.fromEntries(
        node.properties.flatMap((property) => {
          if (property.type !== 'Property' || property.computed) return [];
          const key = property.key.type === 'Identifier' ? property.key.name : property.key.type === 'Literal' ? String(property.key.value) : undefined;
          return key === undefined ? [] : [[key, literalOf(property.value, components)]];
        }),
      );
    default:
      return undefined;
  }
}

/** MDX comments (`{/* … *\/}`) and anything else in braces that holds no value: the compiled lesson drops them too. */
function withoutEmptyExpressions<T extends Root | RootContent>(node: T): T {
  if (!('children' in node)) return node;
  const children = (node.children as RootContent[])
    .filter((child) => {
      if (child.type !== 'mdxFlowExpression' && child.type !== 'mdxTextExpression') return child.type !== 'mdxjsEsm';
      return Boolean(child.data?.estree?.body.length);
    })
    .map(withoutEmptyExpressions);
  return { ...node, children };
}

/**
 * Renders a lesson's tree (as the checker read it, laid out as the MDX compiler sees it) with the
 * course's component map: what the compiled lesson renders, built from data, with no code run.
 */
export function renderLessonTree(tree: Root, components: Readonly<Record<string, unknown>>): ReactNode {
  const hast = toHast(withoutEmptyExpressions(tree), {
    passThrough: MDX_NODES,
    // The frontmatter is the lesson's settings, not its text.
    handlers: { yaml: () => undefined },
  }) as HastRoot;
  const element: unknown = toJsxRuntime(hast, {
    Fragment,
    jsx,
    jsxs,
    components: components as Partial<Components> & Record<string, ComponentType>,
    elementAttributeNameCase: 'react',
    stylePropertyNameCase: 'dom',
    passKeys: true,
    createEvaluater: () => ({
      evaluateExpression: (expression: Expression) => literalOf(expression, components),
      evaluateProgram: () => undefined,
    }),
  });
  return element as ReactNode;
}
