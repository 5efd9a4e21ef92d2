import type { AttrValue, AuthoredElement, AuthoringIssue } from './authored';

export type AttrKind = 'string' | 'integer' | 'boolean';
export interface AttrRule {
  kind: AttrKind;
  required?: boolean;
  /** Allowed string values. */
  oneOf?: readonly string[];
}
export type AttrRules = Record<string, AttrRule>;

const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;

const example: Record<AttrKind, (name: string) => string> = {
  string: (name) => `${name}="..."`,
  integer: (name) => `${name}={3}`,
  boolean: (name) => name,
};

function checkValue(name: string, rule: AttrRule, value: AttrValue): string | null {
  switch (rule.kind) {
    case 'string':
      if (typeof value !== 'string') return `write it as text in quotes: ${example.string(name)}`;
      if (rule.oneOf && !rule.oneOf.includes(value))
        return `use one of: ${rule.oneOf.map((v) => `"${v}"`).join(', ')}`;
      if (name === 'id' && !ID_PATTERN.test(value))
        return 'use letters, digits, "-" or "_" only, starting with a letter or digit (for example id="l1-john")';
      if (value.trim() === '') return 'give it a value';
      return null;
    case 'integer':
      if (typeof value === 'number' && Number.isInteger(value) && value < 0) return `must be 0 or more, not ${value}: ${example.integer(name)}`;
      return typeof value === 'number' && Number.isInteger(value) && value >= 0
        ? null
        : `write a whole number in braces: ${example.integer(name)}`;
    case 'boolean':
      return typeof value === 'boolean' ? null : `write it on its own, with no value: ${name} (or ${name}={false} to turn it off)`;
  }
}

/**
 * Checks an element's attributes against its rules: unknown names (typos),
 * missing required ones and wrong kinds each become an issue.
 */
export function checkAttrs(el: AuthoredElement, rules: AttrRules): AuthoringIssue[] {
  const issues: AuthoringIssue[] = [];
  const known = Object.keys(rules);
  for (const [name, value] of Object.entries(el.attrs)) {
    const rule = rules[name];
    if (!rule) {
      const takes = known.length ? `It takes: ${known.join(', ')}.` : 'It takes no attributes.';
      issues.push({ position: el.position, message: `<${el.name}> has an unknown attribute "${name}". ${takes}` });
      continue;
    }
    const problem = checkValue(name, rule, value);
    if (problem) issues.push({ position: el.position, message: `<${el.name}> attribute "${name}": ${problem}.` });
  }
  for (const [name, rule] of Object.entries(rules)) {
    if (rule.required && !(name in el.attrs)) {
      issues.push({
        position: el.position,
        message: `<${el.name}> needs the "${name}" attribute: add ${example[rule.kind](name)}.`,
      });
    }
  }
  return issues;
}

export const str = (el: AuthoredElement, name: string): string | undefined => {
  const v = el.attrs[name];
  return typeof v === 'string' ? v : undefined;
};
export const int = (el: AuthoredElement, name: string): number | undefined => {
  const v = el.attrs[name];
  return typeof v === 'number' ? v : undefined;
};
export const flag = (el: AuthoredElement, name: string): boolean => el.attrs[name] === true;

/** How many one-letter edits turn `a` into `b` (Levenshtein distance). */
export function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = cur;
    }
  }
  return row[b.length]!;
}

/** " Did you mean <Choice>?" when `name` is a slip of one of the component names a parent takes; "" otherwise. */
export function didYouMean(name: string, takes: readonly string[]): string {
  const near = takes.find((wanted) => wanted !== name && editDistance(name.toLowerCase(), wanted.toLowerCase()) <= 2);
  return near ? ` Did you mean <${near}>?` : '';
}
