// Checking a record someone hands in: the HR import and tests. Kept apart from record-digest.ts,
// which the learner's pages import to seal records, so those pages never download the validator.
import { checkRecordFormat, completionRecordSchema, type CompletionRecord } from './completion-record-schema';
import { recordDigest, sha256 } from './record-digest';
import { isCompletionRecord } from './record-validator';

const OPEN_BRACE = 0x7b;
const COMMA = 0x2c;
const CLOSE_BRACE = 0x7d;
const encoder = new TextEncoder();

/**
 * The bytes the digest covers, when the file is a record saved by `recordText`: the file without
 * its digest member. Undefined for a file in any other form (indented, keys in another order…).
 */
function bytesWithoutDigest({ bytes, text }: SavedText, digest: CompletionRecord['digest']): Uint8Array<ArrayBuffer> | undefined {
  // Canonical JSON starts with the record's brace: no byte order mark, no white space.
  if (bytes[0] !== OPEN_BRACE) return undefined;
  // ASCII only, and a JSON string can't hold an unescaped quote: this text is the member itself.
  const member = `,"digest":${JSON.stringify({ algorithm: digest.algorithm, value: digest.value })}`;
  const index = text.indexOf(member);
  if (index === -1 || text.indexOf(member, index + 1) !== -1) return undefined;
  // The same member in the bytes: at the same offset if all before it is ASCII, a little after if not.
  const memberBytes = encoder.encode(member);
  for (let at = bytes.indexOf(COMMA, index); at !== -1 && at + memberBytes.length <= bytes.length; at = bytes.indexOf(COMMA, at + 1)) {
    let same = true;
    for (let i = 1; i < memberBytes.length && same; i++) same = bytes[at + i] === memberBytes[i];
    if (!same) continue;
    const after = at + memberBytes.length;
    if (bytes[after] !== COMMA && bytes[after] !== CLOSE_BRACE) return undefined;
    const covered = new Uint8Array(bytes.length - memberBytes.length);
    covered.set(bytes.subarray(0, at));
    covered.set(bytes.subarray(after), at);
    return covered;
  }
  return undefined;
}

/** Whether every object's keys are in RFC 8785 order (UTF-16 code units), as in canonical JSON. */
function keysInOrder(value: unknown): boolean {
  if (Array.isArray(value)) return value.every(keysInOrder);
  if (typeof value !== 'object' || value === null) return true;
  let previous: string | undefined;
  for (const key in value) {
    if (previous !== undefined && !(previous < key)) return false;
    previous = key;
    if (!keysInOrder((value as Record<string, unknown>)[key])) return false;
  }
  return true;
}

/** A record file as read: its bytes, and the same decoded as UTF-8. */
export interface SavedText {
  bytes: Uint8Array;
  text: string;
}

export type RecordProblem =
  /** Not a completion record at all (or not an object). */
  | 'not-a-record'
  /** A completion record of a later format version than this app reads. */
  | 'newer-format'
  /** Fields missing, of the wrong type or out of range. */
  | 'invalid'
  /** The content does not match its digest: changed or damaged after it was made. */
  | 'digest-mismatch';

export type VerifyResult =
  | { ok: true; record: CompletionRecord }
  | { ok: false; problem: RecordProblem; issues?: Array<{ path: string; message: string }> };

/**
 * Checks a parsed JSON value: the format, the schema, then the digest. A digest that matches shows
 * the record was not damaged or naively edited; it is no proof against forgery (see the docs).
 *
 * The schema check runs the validator compiled from the JSON Schema (a few times faster than
 * zod); zod only runs on a record it rejects, to name the fields at fault.
 *
 * Given the file it was parsed from, a record saved in canonical form (as `recordText` writes it)
 * is checked by hashing the file's bytes without the digest member: the same bytes the full
 * computation would hash, found several times faster. Any other file (indented by an editor,
 * keys reordered by a tool) gets the full computation.
 */
export async function verifyRecord(value: unknown, saved?: SavedText): Promise<VerifyResult> {
  const format = checkRecordFormat(value);
  if (format !== 'ok') return { ok: false, problem: format };
  let record: CompletionRecord;
  if (isCompletionRecord(value)) {
    record = value;
  } else {
    // The compiled validator only says no; zod says why. Should the two ever disagree, zod (the
    // source of truth) has the last word.
    const parsed = completionRecordSchema.safeParse(value);
    if (!parsed.success) {
      return {
        ok: false,
        problem: 'invalid',
        issues: parsed.error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message })),
      };
    }
    record = parsed.data;
  }
  const covered = saved && bytesWithoutDigest(saved, record.digest);
  // Keys in order and nothing but what JSON.stringify writes: the text is canonical JSON, so the
  // covered bytes are exactly what the digest is over, whatever the verdict.
  const expected =
    covered && keysInOrder(value) && JSON.stringify(value) === saved.text ? await sha256(covered) : await recordDigest(record);
  return expected === record.digest.value ? { ok: true, record } : { ok: false, problem: 'digest-mismatch' };
}
