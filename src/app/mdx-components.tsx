import type { MDXComponents } from 'mdx/types';
import { Children, isValidElement, type ComponentProps, type ReactNode } from 'react';
import { Callout } from '../content/components/Callout';
import { Fact } from '../content/components/Fact';
import { KeyPoints } from '../content/components/KeyPoints';
import { ConnectedQuiz } from './ConnectedQuiz';
import { ConnectedReflection } from './ConnectedReflection';
import { ConnectedStandalone } from './ConnectedStandalone';
import { questionComponents, standaloneComponents } from '../quiz/question-types';

const textOf = (node: ReactNode): string =>
  Children.toArray(node)
    .map((child) => (typeof child === 'string' || typeof child === 'number' ? String(child) : isValidElement<{ children?: ReactNode }>(child) ? textOf(child.props.children) : ''))
    .join('');

const slug = (text: string) =>
  text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** The one flat map from authored tags to components (every lesson, no imports). */
export const mdxComponents: MDXComponents = {
  h2: ({ children, ...props }: ComponentProps<'h2'>) => (
    <h2 {...props} data-position={`section-${slug(textOf(children))}`}>
      {children}
    </h2>
  ),
  Quiz: ConnectedQuiz,
  Reflection: ConnectedReflection,
  Fact,
  KeyPoints,
  Callout,
  ...questionComponents,
  /** Mounted only when it stands alone: inside a <Quiz>, the quiz reads its props and shows it. */
  ...Object.fromEntries(standaloneComponents.map((component) => [component, ConnectedStandalone])),
};
