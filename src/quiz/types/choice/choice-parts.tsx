import type { ReactNode } from 'react';
import { slotPart } from '../../slots';

export interface ChoiceProps {
  /** Read by the build into the spec; ignored here. */
  correct?: boolean;
  /** Read by the build into the spec; ignored here. */
  feedback?: string;
  children?: ReactNode;
}

/** A choice's label, shared by <SingleChoice> and <MultipleChoice>. Rendered by the question view, never on its own. */
export const Choice = slotPart('choice', function Choice({ children }: ChoiceProps) {
  return <>{children}</>;
});
