import canonicalize from 'canonicalize';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { CompletionRecord, UnsealedRecord } from './completion-record-schema';
import { DigestUnavailableError, recordDigest, recordText, sealRecord } from './record-digest';

const dir = resolve(import.meta.dirname, '../../tests/fixtures/records');
const read = (path: string) => JSON.parse(readFileSync(resolve(dir, path), 'utf8')) as CompletionRecord;
const unsealed = (): UnsealedRecord => {
  const { digest: _digest, ...rest } = read('valid/v1-in-progress-en.json');
  return rest;
};

/** The digest as the docs tell a reader to compute it, with Node's own SHA-256. */
const referenceDigest = (record: object) => {
  const { digest: _digest, ...content } = record as { digest?: unknown };
  return createHash('sha256').update(canonicalize(content)!, 'utf8').digest('hex');
};

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('sealing a record', () => {
  it('adds a SHA-256 digest of the RFC 8785 canonical JSON of everything else', async () => {
    const record = await sealRecord(unsealed());
    expect(record.digest).toEqual({ algorithm: 'SHA-256', value: referenceDigest(record) });
  });

  it('gives the same digest whatever the order of the keys', async () => {
    const record = unsealed();
    const reversed = Object.fromEntries(Object.entries(record).reverse()) as UnsealedRecord;
    expect(await recordDigest(reversed)).toBe(await recordDigest(record));
  });

  it('hashes accents and emoji as UTF-8', async () => {
    const record = { ...unsealed(), learner: { name: 'José 🚀 Ñúñez', employeeId: 'É-1' } };
    expect(await recordDigest(record)).toBe(referenceDigest(record));
  });

  it('fails plainly where the browser offers no Web Crypto', async () => {
    vi.stubGlobal('crypto', {});
    await expect(sealRecord(unsealed())).rejects.toBeInstanceOf(DigestUnavailableError);
  });
});

describe('a saved record', () => {
  const accented = async () => sealRecord({ ...unsealed(), learner: { name: 'José 🚀 Ñúñez, "Pepe"', employeeId: 'É-1' } });

  it('is written as the canonical JSON of the whole record, digest included', async () => {
    const record = await accented();
    expect(recordText(record)).toBe(canonicalize(record));
    expect(JSON.parse(recordText(record))).toEqual(record);
  });

  it('is, without its digest member, exactly the text the digest is over', async () => {
    const record = await accented();
    const member = `,"digest":${JSON.stringify(record.digest)}`;
    expect(recordText(record)).toContain(member);
    expect(createHash('sha256').update(recordText(record).replace(member, ''), 'utf8').digest('hex')).toBe(record.digest.value);
  });
});
