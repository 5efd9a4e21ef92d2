// What a file's bytes hold, before anything is known of records: JSON, JSON that stops short (a
// download cut off, a copy that did not finish), JSON broken partway, the learner's CSV, or none of
// these. Browsers word JSON.parse's errors each their own way, so the reasons are found here instead.

export type JsonText =
  | { kind: 'json'; text: string; value: unknown }
  /** Starts as JSON and ends before it closes: inside a string, an object or a list, or partway through a character. An empty file too. */
  | { kind: 'truncated' }
  /** Starts as JSON, but is broken before its end: a bracket that does not match, a stray character, text after the end. */
  | { kind: 'damaged' }
  /** The spreadsheet copy My progress offers beside the record (`src/records/record-csv.ts`): no seal, no answers. */
  | { kind: 'learner-csv' }
  /** Not UTF-8 text, or text that is not JSON: a PDF, a note, an image. */
  | { kind: 'not-json' };

/** The learner's CSV starts with this header (`recordColumns` in `src/records/record-csv.ts`) and ends its first line with the digest. */
const LEARNER_CSV_HEADER = /^record_id,created_at,format_version,.*,digest_sha256$/;

/** One decoder for every file: a call without `stream` starts afresh, whatever the last one met. */
const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * UTF-8 text (a byte order mark dropped, as TextDecoder does), or undefined. A file that stops
 * partway through a character is text cut short: `cut` is set.
 */
function decode(bytes: Uint8Array): { text: string; cut: boolean } | undefined {
  try {
    return { text: utf8.decode(bytes), cut: false };
  } catch {
    // Streaming leaves an unfinished last character out instead of failing on it; any other bad byte still fails.
    try {
      return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true }), cut: true };
    } catch {
      return undefined;
    }
  }
}

/**
 * Where JSON text that does not parse goes wrong: at its end (it is still open: a string, an object
 * or a list) or before it. Only strings and brackets are followed; JSON.parse has already said the
 * text is not JSON, so this says only whether the fault is at the end.
 */
function faultOf(text: string): 'truncated' | 'damaged' {
  const closers: string[] = [];
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (inString) {
      if (char === '\\') i++;
      else if (char === '"') inString = false;
    } else if (char === '"') inString = true;
    else if (char === '{') closers.push('}');
    else if (char === '[') closers.push(']');
    else if (char === '}' || char === ']') {
      if (closers.pop() !== char) return 'damaged';
      if (!closers.length) return 'damaged';
    }
  }
  return inString || closers.length ? 'truncated' : 'damaged';
}

/** Reads a file's bytes as JSON and, when they are not JSON, says what they are instead. */
export function readJsonText(bytes: Uint8Array): JsonText {
  const decoded = decode(bytes);
  if (!decoded) return { kind: 'not-json' };
  const { text } = decoded;
  const start = text.trimStart();
  if (!start) return { kind: 'truncated' };
  const looksLikeJson = start.startsWith('{') || start.startsWith('[');
  if (decoded.cut) return looksLikeJson ? { kind: 'truncated' } : { kind: 'not-json' };
  try {
    return { kind: 'json', text, value: JSON.parse(text) };
  } catch {
    if (looksLikeJson) return { kind: faultOf(start) };
    const firstLine = start.slice(0, 64 * 1024).split(/\r?\n/, 1)[0] ?? '';
    return LEARNER_CSV_HEADER.test(firstLine) ? { kind: 'learner-csv' } : { kind: 'not-json' };
  }
}
