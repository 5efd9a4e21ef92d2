import canonicalize from 'canonicalize';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { CompletionRecord, UnsealedRecord } from './completion-record-schema';
import { DigestUnavailableError, recordDigest, sealRecord, verifyRecord } from './record-digest';

const dir = resolve(import.meta.dirname, '../../tests/fixtures/records');
const read = (path: string) => JSON.parse(readFileSync(resolve(dir, path), 'utf8')) as CompletionRecord;
const valid = readdirSync(resolve(dir, 'valid')).map((name) => `valid/${name}`);
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

describe('verifying a record', () => {
  it.each(valid)('accepts the frozen fixture %s', async (path) => {
    expect(await verifyRecord(read(path))).toMatchObject({ ok: true });
  });

  it('accepts a record after a trip through JSON text', async () => {
    const record = await sealRecord(unsealed());
    expect(await verifyRecord(JSON.parse(JSON.stringify(record, null, 2)))).toEqual({ ok: true, record });
  });

  it.each(['tampered/v1-score-edited.json', 'tampered/v1-name-edited.json'])('detects the edit in %s', async (path) => {
    expect(await verifyRecord(read(path))).toEqual({ ok: false, problem: 'digest-mismatch' });
  });

  it('detects a changed answer deep inside an attempt', async () => {
    const record = await sealRecord(unsealed());
    const edited = structuredClone(record);
    edited.attempts[0]!.answers[0]!.correct = !edited.attempts[0]!.answers[0]!.correct;
    expect(await verifyRecord(edited)).toEqual({ ok: false, problem: 'digest-mismatch' });
  });

  it('says which fields are wrong when the record breaks the schema', async () => {
    const record = { ...read(valid[0]!), finalScore: 120 };
    expect(await verifyRecord(record)).toMatchObject({ ok: false, problem: 'invalid', issues: [{ path: 'finalScore' }] });
  });

  it('refuses a later format version without calling it broken', async () => {
    expect(await verifyRecord({ ...read(valid[0]!), formatVersion: 2 })).toEqual({ ok: false, problem: 'newer-format' });
  });

  it.each([null, 42, { hello: 'world' }])('says %j is not a record', async (value) => {
    expect(await verifyRecord(value)).toEqual({ ok: false, problem: 'not-a-record' });
  });
});
