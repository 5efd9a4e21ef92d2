import { Children, isValidElement, type ReactElement, type ReactNode } from 'react';

/*
 * MDX renders a question as an element whose children are its rich content.
 * The spec (built from the same MDX) says what the question is and which choice
 * is right; these slots only carry what to show, by authored position.
 */

export interface ChoiceProps {
  /** Read by the build into the spec; ignored here. */
  correct?: boolean;
  /** Read by the build into the spec; ignored here. */
  feedback?: string;
  children?: ReactNode;
}

/** A choice's label. Rendered by the question view, never on its own. */
export function Choice({ children }: ChoiceProps) {
  return <>{children}</>;
}

export function Explanation({ children }: { children?: ReactNode }) {
  return <>{children}</>;
}

export interface QuestionMarkerProps {
  id: string;
  /** Read by the build into the spec; ignored here. */
  fixed?: boolean;
  children?: ReactNode;
}

/**
 * MDX-facing markers for the question components. They render nothing: the
 * quiz finds them among its children by `id` and shows their slots through the
 * question type's view.
 */
export function SingleChoice(_props: QuestionMarkerProps) {
  return null;
}
export function MultipleChoice(_props: QuestionMarkerProps) {
  return null;
}

export interface QuestionSlots {
  /** Everything that is neither a choice nor the explanation. */
  prompt: ReactNode[];
  /** Choice labels by authored position: the n-th matches choice id choiceId(n). */
  choices: ReactNode[];
  explanation?: ReactNode;
}

const isBlank = (node: ReactNode): boolean => typeof node === 'string' && node.trim() === '';

export function collectSlots(children: ReactNode): QuestionSlots {
  const slots: QuestionSlots = { prompt: [], choices: [] };
  for (const child of Children.toArray(children)) {
    if (isValidElement<ChoiceProps>(child) && child.type === Choice) slots.choices.push(child.props.children);
    else if (isValidElement<{ children?: ReactNode }>(child) && child.type === Explanation)
      slots.explanation = child.props.children;
    else if (!isBlank(child)) slots.prompt.push(child);
  }
  return slots;
}

/** The quiz child whose `id` prop is `id` (a question marker, in practice). */
export function findQuestionElement(children: ReactNode, id: string): ReactElement<QuestionMarkerProps> | undefined {
  return Children.toArray(children).find(
    (child): child is ReactElement<QuestionMarkerProps> =>
      isValidElement<Partial<QuestionMarkerProps>>(child) && child.props.id === id,
  );
}
