/**
 * The shape a lesson's MDX component takes once the build has read it:
 * plain data, no syntax tree. Question types turn it into validated specs.
 */
export interface SourcePosition {
  line: number;
  column: number;
}

export type AttrValue = string | number | boolean;

export interface AuthoredElement {
  name: string;
  attrs: Record<string, AttrValue>;
  /** Component children, in authored order. */
  children: AuthoredElement[];
  /** Plain text of the Markdown content that is not a component child. */
  text: string;
  position: SourcePosition;
}

/** A problem in authored content; the message says what to do. */
export interface AuthoringIssue {
  message: string;
  position: SourcePosition;
}

export type ParseResult<T> = { ok: true; spec: T } | { ok: false; issues: AuthoringIssue[] };

/** Choice ids are assigned by authored position: a, b, c … */
export const choiceId = (index: number): string => String.fromCharCode(97 + index);
