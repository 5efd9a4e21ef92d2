import type { AttrValue, AuthoredElement } from '../../src/quiz/authored';

/** Builds the element the build hands to parsers, positioned on `line`. */
export function authored(
  name: string,
  attrs: Record<string, AttrValue> = {},
  children: AuthoredElement[] = [],
  text = '',
  line = 1,
): AuthoredElement {
  return { name, attrs, children, text, position: { line, column: 1 } };
}

export const choice = (label: string, attrs: Record<string, AttrValue> = {}, line = 10) =>
  authored('Choice', attrs, [], label, line);
