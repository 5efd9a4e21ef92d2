// Checking a record someone hands in: the HR import and tests. Kept apart from record-digest.ts,
// which the learner's pages import to seal records, so those pages never download the validator.
import { checkRecordFormat, completionRecordSchema, type CompletionRecord } from './completion-record-schema';
import { recordDigest, sha256 } from './record-digest';
import { isCompletionRecord } from './record-validator';

const OPEN_BRACE = 0x7b;
const COMMA = 0x2c;
const encoder = new TextEncoder();

/**
 * SHA-256 of the bytes the digest covers, in a record file whose text is canonical JSON (as
 * `recordText` writes it): the file without its digest member. Undefined if the member is not found.
 *
 * In canonical text the member is written exactly as built here, and it is there once: a JSON
 * string cannot hold its unescaped quotes, the schema allows `digest` nowhere else, and a second
 * top-level `digest` would have made the text differ from what `JSON.stringify` writes. It comes
 * after the attempts, the bulk of a record, so the search starts from the end. The member is ASCII
 * and UTF-8 never uses ASCII bytes inside a multi-byte character, so its bytes match only there.
 *
 * Rather than copy the file without the member (a new buffer for every record), the bytes after
 * the member move up over it while `digest()` takes its copy, which Web Crypto does at the call,
 * and move back at once: the caller's bytes are the same when this returns.
 */
function hashWithoutDigest(bytes: Uint8Array<ArrayBuffer>, digest: CompletionRecord['digest']): Promise<string> | undefined {
  const member = encoder.encode(`,"digest":${JSON.stringify({ algorithm: digest.algorithm, value: digest.value })}`);
  for (let at = bytes.lastIndexOf(COMMA, bytes.length - member.length); at > 0; at = bytes.lastIndexOf(COMMA, at - 1)) {
    let same = true;
    for (let i = 1; i < member.length && same; i++) same = bytes[at + i] === member[i];
    if (!same) continue;
    const covered = bytes.length - member.length;
    bytes.copyWithin(at, at + member.length);
    try {
      return sha256(bytes.subarray(0, covered));
    } finally {
      bytes.copyWithin(at + member.length, at, covered);
      bytes.set(member, at);
    }
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
  bytes: Uint8Array<ArrayBuffer>;
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
        // A field the format does not have is named too, not only the object holding it.
        issues: parsed.error.issues.map((issue) => ({
          path: [...issue.path.map(String), ...(issue.code === 'unrecognized_keys' ? issue.keys.slice(0, 1) : [])].join('.'),
          message: issue.message,
        })),
      };
    }
    record = parsed.data;
  }
  // Canonical text is what JSON.stringify writes, with every object's keys in order. A byte order
  // mark, which the decoder drops from the text, would still be in the bytes.
  const canonical = saved !== undefined && saved.bytes[0] === OPEN_BRACE && keysInOrder(value) && JSON.stringify(value) === saved.text;
  const expected = await ((canonical && hashWithoutDigest(saved.bytes, record.digest)) || recordDigest(record));
  return expected === record.digest.value ? { ok: true, record } : { ok: false, problem: 'digest-mismatch' };
}
