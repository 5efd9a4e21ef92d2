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
/** A <Scenario> inside a <Quiz>. The app maps a standalone <Scenario> to its connected view instead. */
export function Scenario(_props: { id: string; title?: string; children?: ReactNode }) {
  return null;
}

export interface StepProps {
  id: string;
  /** Read by the build into the spec; ignored here. */
  end?: boolean;
  children?: ReactNode;
}

/** One step of a scenario: its text and <Option> replies, shown through the scenario's view. */
export function Step(_props: StepProps) {
  return null;
}

export interface OptionProps {
  /** Read by the build into the spec; ignored here. */
  goto?: string;
  /** Read by the build into the spec; ignored here. */
  points?: number;
  /** Read by the build into the spec; ignored here. */
  feedback?: string;
  children?: ReactNode;
}

/** A reply's label. Rendered by the scenario view, never on its own. */
export function Option({ children }: OptionProps) {
  return <>{children}</>;
}

export function Ordering(_props: QuestionMarkerProps) {
  return null;
}
export function Matching(_props: QuestionMarkerProps) {
  return null;
}

/** An item of an <Ordering>. Rendered by the ordering view, never on its own. */
export function Item({ children }: { children?: ReactNode }) {
  return <>{children}</>;
}

export interface PairProps {
  /** Read by the build into the spec (a matching's text is all in attributes); ignored here. */
  left?: string;
  /** Read by the build into the spec; ignored here. */
  right?: string;
}

/** A pair of a <Matching>: all data, shown through the matching's view. */
export function Pair(_props: PairProps) {
  return null;
}

/** The rich content of one <Step>, found by its id. */
export interface StepSlot {
  id: string;
  /** Everything in the step that is not an option. */
  content: ReactNode[];
  /** Option labels by authored position: the n-th matches option id choiceId(n). */
  options: ReactNode[];
}

export interface QuestionSlots {
  /** Everything that is neither a choice nor the explanation. */
  prompt: ReactNode[];
  /** Choice labels by authored position: the n-th matches choice id choiceId(n). */
  choices: ReactNode[];
  explanation?: ReactNode;
  /** A scenario's steps, in authored order. */
  steps?: StepSlot[];
  /** An ordering's item labels by authored position: the n-th matches item id choiceId(n). */
  items?: ReactNode[];
}

const isBlank = (node: ReactNode): boolean => typeof node === 'string' && node.trim() === '';

export function collectSlots(children: ReactNode): QuestionSlots {
  const slots: QuestionSlots = { prompt: [], choices: [] };
  for (const child of Children.toArray(children)) {
    if (isValidElement<ChoiceProps>(child) && child.type === Choice) slots.choices.push(child.props.children);
    else if (isValidElement<{ children?: ReactNode }>(child) && child.type === Explanation)
      slots.explanation = child.props.children;
    else if (isValidElement<StepProps>(child) && child.type === Step) (slots.steps ??= []).push(collectStep(child.props));
    else if (isValidElement<{ children?: ReactNode }>(child) && child.type === Item) (slots.items ??= []).push(child.props.children);
    else if (isValidElement(child) && child.type === Pair) continue;
    else if (!isBlank(child)) slots.prompt.push(child);
  }
  return slots;
}

function collectStep({ id, children }: StepProps): StepSlot {
  const slot: StepSlot = { id, content: [], options: [] };
  for (const child of Children.toArray(children)) {
    if (isValidElement<OptionProps>(child) && child.type === Option) slot.options.push(child.props.children);
    else if (!isBlank(child)) slot.content.push(child);
  }
  return slot;
}

/** The quiz child whose `id` prop is `id` (a question marker, in practice). */
export function findQuestionElement(children: ReactNode, id: string): ReactElement<QuestionMarkerProps> | undefined {
  return Children.toArray(children).find(
    (child): child is ReactElement<QuestionMarkerProps> =>
      isValidElement<Partial<QuestionMarkerProps>>(child) && child.props.id === id,
  );
}
