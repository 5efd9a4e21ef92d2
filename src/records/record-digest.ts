import canonicalize from 'canonicalize';
import { DIGEST_ALGORITHM, type CompletionRecord, type UnsealedRecord } from './completion-record-schema';

/** Web Crypto is missing outside secure contexts (a page served over plain http from another host). */
export class DigestUnavailableError extends Error {
  constructor() {
    super('Web Crypto (crypto.subtle) is not available here: open the course over https.');
    this.name = 'DigestUnavailableError';
  }
}

/** Each byte's two hex digits, looked up: the HR import writes out one digest per record it checks. */
const HEX = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'));
const toHex = (bytes: ArrayBuffer): string => {
  let hex = '';
  for (const byte of new Uint8Array(bytes)) hex += HEX[byte]!;
  return hex;
};

/** Lowercase hex SHA-256 of some bytes. */
export async function sha256(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  const subtle = (globalThis.crypto as Partial<Crypto> | undefined)?.subtle;
  if (!subtle) throw new DigestUnavailableError();
  return toHex(await subtle.digest(DIGEST_ALGORITHM, bytes));
}

/**
 * Lowercase hex SHA-256 of the RFC 8785 canonical JSON of `content` (UTF-8). A `digest` field in
 * `content` is left out, so a sealed record hashes to its own digest.
 */
export async function recordDigest(content: object): Promise<string> {
  const { digest: _digest, ...covered } = content as { digest?: unknown };
  const canonical = canonicalize(covered);
  if (canonical === undefined) throw new TypeError('The record cannot be written as JSON.');
  return sha256(new TextEncoder().encode(canonical));
}

/** Adds the digest that lets anyone check the record was not changed since. */
export async function sealRecord(record: UnsealedRecord): Promise<CompletionRecord> {
  return { ...record, digest: { algorithm: DIGEST_ALGORITHM, value: await recordDigest(record) } };
}

/**
 * The text a sealed record is saved as: the RFC 8785 canonical JSON of the whole record, digest
 * included. Taking the `"digest":{…}` member out of it leaves exactly the text the digest is over,
 * so a reader can check a saved record by hashing the file's own bytes (see `verifyRecord` in
 * verify-record.ts).
 */
export function recordText(record: CompletionRecord): string {
  const text = canonicalize(record);
  if (text === undefined) throw new TypeError('The record cannot be written as JSON.');
  return text;
}
