import { Children, isValidElement, type ReactElement, type ReactNode } from 'react';

/*
 * MDX renders a question as an element whose children are its rich content.
 * The spec (built from the same MDX) says what the question is and which choice
 * is right; these slots only carry what to show, by authored position.
 */

/**
 * What a part of a question is to the view: a choice or an item label (by authored position), a
 * step of a conversation with its reply options, or data the build reads and nothing shows. Each
 * question type declares its parts' roles in its own folder (see `slotPart`).
 */
export type SlotRole = 'choice' | 'item' | 'step' | 'option' | 'data';

type SlotPart<P> = ((props: P) => ReactNode) & { slotRole: SlotRole };

/** Marks a question part's component with its role, so `collectSlots` knows where its content goes. */
export function slotPart<P>(slotRole: SlotRole, component: (props: P) => ReactNode): SlotPart<P> {
  return Object.assign(component, { slotRole });
}

const roleOf = (child: ReactNode): SlotRole | undefined =>
  isValidElement(child) && typeof child.type === 'function' ? (child.type as Partial<SlotPart<unknown>>).slotRole : undefined;

const childrenOf = (child: ReactNode): ReactNode => (isValidElement<{ children?: ReactNode }>(child) ? child.props.children : undefined);

/** Shared by every question type: the text shown once the answer is checked. */
export function Explanation({ children }: { children?: ReactNode }) {
  return <>{children}</>;
}

/**
 * The explanation to show, always as paragraphs: the body's (text written on the same line as
 * `<Explanation>` becomes one), or the spec's when the body left a plain one out
 * (remark-slim-questions), so both read the same.
 */
export function explanationOf(slots: QuestionSlots, spec: { explanation?: string }): ReactNode {
  const text = slots.explanation ?? spec.explanation;
  return typeof text === 'string' ? <p>{text}</p> : text;
}

/** The props of a question's MDX marker: it renders nothing, and the quiz finds it among its children by `id`. */
export interface QuestionMarkerProps {
  id: string;
  /** Read by the build into the spec; ignored here. */
  fixed?: boolean;
  children?: ReactNode;
}

export interface StepProps {
  id: string;
  /** Read by the build into the spec; ignored here. */
  end?: boolean;
  children?: ReactNode;
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
    const role = roleOf(child);
    if (role === 'choice') slots.choices.push(childrenOf(child));
    else if (isValidElement<{ children?: ReactNode }>(child) && child.type === Explanation) slots.explanation = child.props.children;
    else if (role === 'step' && isValidElement<StepProps>(child)) (slots.steps ??= []).push(collectStep(child.props));
    else if (role === 'item') (slots.items ??= []).push(childrenOf(child));
    else if (role === 'data') continue;
    else if (!isBlank(child)) slots.prompt.push(child);
  }
  return slots;
}

function collectStep({ id, children }: StepProps): StepSlot {
  const slot: StepSlot = { id, content: [], options: [] };
  for (const child of Children.toArray(children)) {
    if (roleOf(child) === 'option') slot.options.push(childrenOf(child));
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
