import canonicalize from 'canonicalize';
import {
  DIGEST_ALGORITHM,
  checkRecordFormat,
  completionRecordSchema,
  type CompletionRecord,
  type UnsealedRecord,
} from './completion-record-schema';

/** Web Crypto is missing outside secure contexts (a page served over plain http from another host). */
export class DigestUnavailableError extends Error {
  constructor() {
    super('Web Crypto (crypto.subtle) is not available here: open the course over https.');
    this.name = 'DigestUnavailableError';
  }
}

const toHex = (bytes: ArrayBuffer): string => Array.from(new Uint8Array(bytes), (byte) => byte.toString(16).padStart(2, '0')).join('');

/**
 * Lowercase hex SHA-256 of the RFC 8785 canonical JSON of `content` (UTF-8). A `digest` field in
 * `content` is left out, so a sealed record hashes to its own digest.
 */
export async function recordDigest(content: object): Promise<string> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) throw new DigestUnavailableError();
  const { digest: _digest, ...covered } = content as { digest?: unknown };
  const canonical = canonicalize(covered);
  if (canonical === undefined) throw new TypeError('The record cannot be written as JSON.');
  return toHex(await subtle.digest(DIGEST_ALGORITHM, new TextEncoder().encode(canonical)));
}

/** Adds the digest that lets anyone check the record was not changed since. */
export async function sealRecord(record: UnsealedRecord): Promise<CompletionRecord> {
  return { ...record, digest: { algorithm: DIGEST_ALGORITHM, value: await recordDigest(record) } };
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
 */
export async function verifyRecord(value: unknown): Promise<VerifyResult> {
  const format = checkRecordFormat(value);
  if (format !== 'ok') return { ok: false, problem: format };
  const parsed = completionRecordSchema.safeParse(value);
  if (!parsed.success) {
    return {
      ok: false,
      problem: 'invalid',
      issues: parsed.error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message })),
    };
  }
  const expected = await recordDigest(parsed.data);
  return expected === parsed.data.digest.value ? { ok: true, record: parsed.data } : { ok: false, problem: 'digest-mismatch' };
}
