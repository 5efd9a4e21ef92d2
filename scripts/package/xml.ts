/**
 * The little XML the package files need, written by hand rather than through a builder: every
 * value passes through `escapeXml`, and every identifier through `xmlId`, so a course title with
 * `&`, `<`, quotes or accents and a course id that starts with a digit still give a valid file.
 */

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Text or attribute value, escaped for both places (attributes are always double-quoted here). */
export const escapeXml = (text: string): string => text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);

/**
 * An `xs:ID` (an NCName): letters, digits, `.`, `-`, `_`, and not starting with a digit, `.` or `-`.
 * Manifest identifiers are IDs, and LMSs reject a package whose identifiers are not.
 */
export function xmlId(raw: string): string {
  const safe = raw.trim().replace(/[^A-Za-z0-9._-]+/g, '_');
  return /^[A-Za-z_]/.test(safe) ? safe : `_${safe}`;
}

export const XML_ID = /^[A-Za-z_][A-Za-z0-9._-]*$/;

type Attributes = Readonly<Record<string, string | number | undefined>>;

const attributes = (attrs: Attributes): string =>
  Object.entries(attrs)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([name, value]) => ` ${name}="${escapeXml(String(value))}"`)
    .join('');

/**
 * One element. `children` are lines already written (nested elements) or, given a string, its
 * text content, escaped here. Nested elements are indented two spaces a level so the files read
 * plainly when an LMS administrator opens them.
 */
export function element(name: string, attrs: Attributes = {}, children?: string | readonly string[]): string {
  const open = `<${name}${attributes(attrs)}`;
  if (children === undefined || children.length === 0) return `${open}/>`;
  if (typeof children === 'string') return `${open}>${escapeXml(children)}</${name}>`;
  const inner = children.flatMap((child) => child.split('\n')).map((line) => `  ${line}`);
  return [`${open}>`, ...inner, `</${name}>`].join('\n');
}

export const xmlDocument = (root: string): string => `<?xml version="1.0" encoding="UTF-8"?>\n${root}\n`;
