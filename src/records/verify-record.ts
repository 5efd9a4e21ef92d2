// Checking a record someone hands in: the HR import and tests. Kept apart from record-digest.ts,
// which the learner's pages import to seal records, so those pages never download the validator.
import { checkRecordFormat, completionRecordSchema, type CompletionRecord } from './completion-record-schema';
import { recordDigest, sha256 } from './record-digest';
import { isCompletionRecord } from './record-validator';
import { canonicalMember, type Span } from './canonical-json';

/**
 * SHA-256 of the bytes the digest covers, in a record file whose text is canonical JSON (as
 * `recordText` writes it): the file without its digest member, which runs from `member.from` to
 * `member.to` (its comma included). Taking a member out of canonical text leaves the canonical
 * text of the rest.
 *
 * Rather than copy the file without the member (a new buffer for every record), the bytes after
 * the member move up over it while `digest()` takes its copy, which Web Crypto does at the call,
 * and move back at once: the caller's bytes are the same when this returns.
 */
function hashWithout(bytes: Uint8Array<ArrayBuffer>, member: Span): Promise<string> {
  const removed = bytes.slice(member.from, member.to);
  const covered = bytes.length - removed.length;
  bytes.copyWithin(member.from, member.to);
  try {
    return sha256(bytes.subarray(0, covered));
  } finally {
    bytes.copyWithin(member.to, member.from, covered);
    bytes.set(removed, member.from);
  }
}

/**
 * A record file as read: its bytes, and the same decoded as UTF-8, which the value was parsed from.
 * The canonical proof reads the bytes; the text says they are JSON.parse's (no raw control
 * character in a string, brackets that match), which the proof relies on.
 */
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
 * computation would hash, found several times faster. That the file is canonical is read from its
 * bytes in one pass, which also finds where its digest member is (`canonicalMember`), not by
 * writing the record out again. Any other file (indented by an editor,
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
  // A byte order mark, which the decoder drops from the text, is still in the bytes: such a file is not canonical.
  const member = saved && canonicalMember(saved.bytes, 'digest');
  const expected = await (saved && member ? hashWithout(saved.bytes, member) : recordDigest(record));
  return expected === record.digest.value ? { ok: true, record } : { ok: false, problem: 'digest-mismatch' };
}
