import type { MDXComponents } from 'mdx/types';
import { Children, isValidElement, type ComponentProps, type ReactNode } from 'react';
import { Callout } from '../content/components/Callout';
import { Fact } from '../content/components/Fact';
import { KeyPoints } from '../content/components/KeyPoints';
import { ConnectedQuiz } from './ConnectedQuiz';
import { ConnectedReflection } from './ConnectedReflection';
import { questionComponentsOf, standaloneComponentsOf, type AnyQuestionUi, type StandaloneConnector } from '../quiz/question-ui-set';

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

/** The tags every page body may use, whatever its questions. */
const pageComponents: MDXComponents = {
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
};

const built = new WeakMap<readonly AnyQuestionUi[], { Standalone: StandaloneConnector | null; components: MDXComponents }>();

/**
 * The one flat map from authored tags to components (every lesson, no imports), with the question
 * tags of the types given: a lesson's own (its file names them) or all of them (gallery, studio).
 * With `Standalone` (`ConnectedStandalone`), a question that may stand alone is connected to
 * progress; a lesson file brings it only when one of its questions does. Built once per list and
 * connector (a lesson file's own).
 */
export function mdxComponentsFor(uis: readonly AnyQuestionUi[], Standalone: StandaloneConnector | null): MDXComponents {
  const cached = built.get(uis);
  if (cached?.Standalone === Standalone) return cached.components;
  const components: MDXComponents = {
    ...pageComponents,
    ...questionComponentsOf(uis),
    /** Mounted only when it stands alone: inside a <Quiz>, the quiz reads its props and shows it. */
    ...(Standalone && Object.fromEntries(standaloneComponentsOf(uis).map((component) => [component, Standalone]))),
  };
  built.set(uis, { Standalone, components });
  return components;
}
