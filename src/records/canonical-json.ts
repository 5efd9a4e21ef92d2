// Whether a record file's bytes are canonical JSON, and where a member is in them: read once,
// nothing written out. The HR import's verify workers use it (verify-record.ts).

/** Where a member is in a file's bytes: from its first byte to just past its last. */
export interface Span {
  from: number;
  to: number;
}

const OPEN_BRACE = 0x7b;
const COMMA = 0x2c;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COLON = 0x3a;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const CLOSE_BRACE = 0x7d;
const MINUS = 0x2d;
const ZERO = 0x30;
const NINE = 0x39;
/** Objects and lists nested deeper than this are not followed: such a file gets the full computation. */
const MAX_DEPTH = 64;

const isDigit = (byte: number | undefined) => byte !== undefined && byte >= ZERO && byte <= NINE;
/** Bytes that can follow the digits of a number's integer part: `.`, `e`, `E`, `+`, `-`. */
const isNumberTail = (byte: number | undefined) => byte === 0x2e || byte === 0x65 || byte === 0x45 || byte === 0x2b || byte === MINUS;
/** `"`, `\`, `b`, `f`, `n`, `r`, `t`: the escapes JSON.stringify writes in short form. */
const SHORT_ESCAPES = new Set([QUOTE, BACKSLASH, 0x62, 0x66, 0x6e, 0x72, 0x74]);
/** The control characters JSON.stringify writes as `\b`, `\t`, `\n`, `\f`, `\r` rather than `\u00xx`. */
const SHORT_CONTROLS = new Set([8, 9, 10, 12, 13]);
const hexDigit = (byte: number | undefined) => (byte === undefined ? -1 : byte >= ZERO && byte <= NINE ? byte - ZERO : byte >= 0x61 && byte <= 0x66 ? byte - 0x57 : -1);

/**
 * Reads UTF-8 JSON text that JSON.parse accepted and says whether it is written exactly as
 * `canonicalize` (RFC 8785) writes the value it holds: no whitespace, every object's keys in order
 * (UTF-16 code units) and each once, strings escaped only as JSON.stringify escapes them, numbers
 * as JavaScript writes them. It reads the bytes once and writes nothing out, several times cheaper
 * than writing the value out again to compare.
 *
 * It may say no to canonical text it does not follow (keys that are not plain ASCII, `\u` escapes
 * of anything but control characters, nesting over MAX_DEPTH): such a file only gets the full
 * computation. It never says yes to other text. Each index it returns is just past what it read,
 * or -1 for "not shown canonical".
 */
class CanonicalScan {
  /** Where the next backslash is at or after the last search; -1 for none left. */
  private backslash = -2;
  /** The top-level member named `key`, with the comma that parts it from the others. */
  member: Span | undefined;

  constructor(
    private readonly bytes: Uint8Array,
    private readonly memberKey: Uint8Array,
  ) {}

  whole(): boolean {
    return this.bytes[0] === OPEN_BRACE && this.object(0, 1) === this.bytes.length;
  }

  private value(at: number, depth: number): number {
    const bytes = this.bytes;
    const byte = bytes[at];
    if (byte === QUOTE) return this.string(at);
    if (byte === OPEN_BRACE) return this.object(at, depth + 1);
    if (byte === OPEN_BRACKET) return this.list(at, depth + 1);
    if (byte === 0x74) return bytes[at + 1] === 0x72 && bytes[at + 2] === 0x75 && bytes[at + 3] === 0x65 ? at + 4 : -1; // true
    if (byte === 0x66) return bytes[at + 1] === 0x61 && bytes[at + 2] === 0x6c && bytes[at + 3] === 0x73 && bytes[at + 4] === 0x65 ? at + 5 : -1; // false
    if (byte === 0x6e) return bytes[at + 1] === 0x75 && bytes[at + 2] === 0x6c && bytes[at + 3] === 0x6c ? at + 4 : -1; // null
    return byte === MINUS || isDigit(byte) ? this.number(at) : -1;
  }

  private object(at: number, depth: number): number {
    const bytes = this.bytes;
    if (depth > MAX_DEPTH) return -1;
    let next = at + 1;
    if (bytes[next] === CLOSE_BRACE) return next + 1;
    let previous = -1;
    for (;;) {
      const end = this.key(next);
      if (end < 0 || bytes[end] !== COLON || (previous >= 0 && !this.after(previous, next))) return -1;
      const keyFrom = next;
      previous = next;
      next = this.value(end + 1, depth);
      if (next < 0) return -1;
      if (depth === 1 && this.named(keyFrom, end)) this.member = this.withComma(keyFrom, next);
      if (bytes[next] === CLOSE_BRACE) return next + 1;
      if (bytes[next] !== COMMA) return -1;
      next += 1;
    }
  }

  private list(at: number, depth: number): number {
    const bytes = this.bytes;
    if (depth > MAX_DEPTH) return -1;
    let next = at + 1;
    if (bytes[next] === CLOSE_BRACKET) return next + 1;
    for (;;) {
      next = this.value(next, depth);
      if (next < 0) return -1;
      if (bytes[next] === CLOSE_BRACKET) return next + 1;
      if (bytes[next] !== COMMA) return -1;
      next += 1;
    }
  }

  /** Whether the quoted key from `from` to `to` is the one looked for. */
  private named(from: number, to: number): boolean {
    const key = this.memberKey;
    if (to - from - 2 !== key.length) return false;
    for (let i = 0; i < key.length; i++) if (this.bytes[from + 1 + i] !== key[i]) return false;
    return true;
  }

  /** A member with the comma before it or, first of its object, the one after it (if any): what to take out to leave the others canonical. */
  private withComma(from: number, to: number): Span {
    if (this.bytes[from - 1] === COMMA) return { from: from - 1, to };
    return this.bytes[to] === COMMA ? { from, to: to + 1 } : { from, to };
  }

  /** A key: printable ASCII without escapes, so its bytes sort as its UTF-16 code units. */
  private key(at: number): number {
    const bytes = this.bytes;
    if (bytes[at] !== QUOTE) return -1;
    for (let next = at + 1; next < bytes.length; next++) {
      const byte = bytes[next]!;
      if (byte === QUOTE) return next + 1;
      if (byte === BACKSLASH || byte >= 0x80) return -1;
    }
    return -1;
  }

  /** Whether the key at `at` sorts strictly after the key at `previous` (both plain ASCII, quoted). */
  private after(previous: number, at: number): boolean {
    const bytes = this.bytes;
    for (let a = previous + 1, b = at + 1; ; a++, b++) {
      const left = bytes[a]!;
      const right = bytes[b]!;
      if (left === right) {
        if (left === QUOTE) return false; // the same key twice
        continue;
      }
      // The shorter of two keys, one the start of the other, sorts first: its closing quote is met first.
      if (left === QUOTE) return true;
      if (right === QUOTE) return false;
      return left < right;
    }
  }

  /**
   * A string. JSON.parse accepted the text, so a string holds no raw control character and a
   * quote that is not escaped ends it: only its escapes need reading.
   */
  private string(at: number): number {
    const bytes = this.bytes;
    let from = at + 1;
    for (;;) {
      const quote = bytes.indexOf(QUOTE, from);
      if (quote < 0) return -1;
      if (this.backslash !== -1 && this.backslash < from) this.backslash = bytes.indexOf(BACKSLASH, from);
      if (this.backslash === -1 || this.backslash > quote) return quote + 1;
      from = this.escape(this.backslash);
      if (from < 0) return -1;
    }
  }

  /** An escape as JSON.stringify writes it: short, or `\u00xx` (lowercase) for the other control characters. */
  private escape(at: number): number {
    const bytes = this.bytes;
    const kind = bytes[at + 1]!;
    if (SHORT_ESCAPES.has(kind)) return at + 2;
    if (kind !== 0x75 || bytes[at + 2] !== ZERO || bytes[at + 3] !== ZERO) return -1;
    const high = hexDigit(bytes[at + 4]);
    const low = hexDigit(bytes[at + 5]);
    if (high < 0 || high > 1 || low < 0 || SHORT_CONTROLS.has(high * 16 + low)) return -1;
    return at + 6;
  }

  /** A number as JavaScript writes it: a safe integer's digits at a glance, anything else written out to compare. */
  private number(at: number): number {
    const bytes = this.bytes;
    let next = bytes[at] === MINUS ? at + 1 : at;
    const digitsFrom = next;
    while (isDigit(bytes[next])) next++;
    const digits = next - digitsFrom;
    if (!digits) return -1;
    // "-0" and "007" are not how JavaScript writes a number.
    const leadingZero = bytes[digitsFrom] === ZERO && (digits > 1 || bytes[at] === MINUS);
    if (!isNumberTail(bytes[next]) && digits <= 15 && !leadingZero) return next;
    while (isDigit(bytes[next]) || isNumberTail(bytes[next])) next++;
    // JavaScript writes no number longer than "-1.2345678901234567e-308".
    if (next - at > 32) return -1;
    const token = String.fromCharCode(...bytes.subarray(at, next));
    return String(Number(token)) === token ? next : -1;
  }
}

const encoder = new TextEncoder();
const DIGEST_KEY = encoder.encode('digest');

/**
 * Whether UTF-8 JSON text that JSON.parse accepted is exactly its value's RFC 8785 canonical form
 * (as `canonicalize` and `recordText` write it), an object. A no can be wrong (see CanonicalScan), a yes cannot.
 */
export const isCanonicalJson = (bytes: Uint8Array): boolean => new CanonicalScan(bytes, DIGEST_KEY).whole();

/**
 * In such text, where its top-level member `key` is, with a comma (see `withComma`): taken out, it
 * leaves the canonical text of the rest. Undefined when the text is not shown canonical or has no
 * such member.
 */
export function canonicalMember(bytes: Uint8Array, key: string): Span | undefined {
  const scan = new CanonicalScan(bytes, key === 'digest' ? DIGEST_KEY : encoder.encode(key));
  return scan.whole() ? scan.member : undefined;
}
