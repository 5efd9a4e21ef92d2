import canonicalize from 'canonicalize';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { completionRecordSchema, type CompletionRecord, type UnsealedRecord } from './completion-record-schema';
import { recordText, sealRecord } from './record-digest';
import { verifyRecord } from './verify-record';

/** Lets a test make the compiled validator turn down every record, as if it disagreed with zod. */
const validator = vi.hoisted(() => ({ rejectsAll: false }));
vi.mock('./record-validator', async (importOriginal) => {
  const { isCompletionRecord } = await importOriginal<typeof import('./record-validator')>();
  return { isCompletionRecord: (value: unknown) => !validator.rejectsAll && isCompletionRecord(value) };
});

/** Counts how often a record is written out as canonical JSON: the slow way to check a digest. */
vi.mock('canonicalize', async (importOriginal) => {
  const { default: canonicalize } = await importOriginal<typeof import('canonicalize')>();
  return { default: vi.fn(canonicalize) };
});

const dir = resolve(import.meta.dirname, '../../tests/fixtures/records');
const read = (path: string) => JSON.parse(readFileSync(resolve(dir, path), 'utf8')) as CompletionRecord;
const valid = readdirSync(resolve(dir, 'valid')).map((name) => `valid/${name}`);
const unsealed = (): UnsealedRecord => {
  const { digest: _digest, ...rest } = read('valid/v1-in-progress-en.json');
  return rest;
};

afterEach(() => {
  validator.rejectsAll = false;
});

describe('verifying a record', () => {
  it.each(valid)('accepts the frozen fixture %s', async (path) => {
    expect(await verifyRecord(read(path))).toMatchObject({ ok: true });
  });

  it.each(valid)('accepts the frozen fixture %s from the file as saved', async (path) => {
    const bytes = new Uint8Array(readFileSync(resolve(dir, path)));
    const text = new TextDecoder().decode(bytes);
    expect(await verifyRecord(JSON.parse(text), { bytes, text })).toMatchObject({ ok: true });
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

  it('names a field the format does not have, at the top or deep inside', async () => {
    expect(await verifyRecord({ ...read(valid[0]!), comment: 'hi' })).toMatchObject({ ok: false, problem: 'invalid', issues: [{ path: 'comment' }] });
    const record = read(valid[0]!);
    const lessons = record.lessons.map((lesson, i) => (i === 1 ? { ...lesson, grade: 'A' } : lesson));
    expect(await verifyRecord({ ...record, lessons })).toMatchObject({ ok: false, problem: 'invalid', issues: [{ path: 'lessons.1.grade' }] });
  });

  it('names the first invalid field inside a list by its index', async () => {
    const record = read(valid[0]!);
    const lessons = record.lessons.map((lesson, i) => (i === 0 ? { ...lesson, status: 'finished' } : lesson));
    expect(await verifyRecord({ ...record, lessons })).toMatchObject({ ok: false, problem: 'invalid', issues: [{ path: 'lessons.0.status' }] });
  });

  it('leaves zod out when the compiled validator accepts the record', async () => {
    const safeParse = vi.spyOn(completionRecordSchema, 'safeParse');
    expect(await verifyRecord(read(valid[0]!))).toMatchObject({ ok: true });
    expect(safeParse).not.toHaveBeenCalled();
  });

  it('asks zod which fields are wrong when the compiled validator rejects the record', async () => {
    const safeParse = vi.spyOn(completionRecordSchema, 'safeParse');
    await verifyRecord({ ...read(valid[0]!), finalScore: 120 });
    expect(safeParse).toHaveBeenCalledOnce();
  });

  it('accepts every e-mail address zod accepts (a domain ending in a hyphen)', async () => {
    const record = await sealRecord({ ...unsealed(), learner: { name: 'Jo', employeeId: 'E-1', email: 'jo@mail-.example.com' } });
    expect(await verifyRecord(record)).toEqual({ ok: true, record });
  });

  it('trusts zod when the compiled validator rejects a record zod accepts', async () => {
    validator.rejectsAll = true;
    const record = read(valid[0]!);
    expect(await verifyRecord(record)).toEqual({ ok: true, record });
    expect(await verifyRecord(read('tampered/v1-score-edited.json'))).toEqual({ ok: false, problem: 'digest-mismatch' });
  });
});

describe('a saved record', () => {
  const saved = (text: string) => ({ bytes: new TextEncoder().encode(text), text: text.replace(/^\uFEFF/, '') });
  const verifySaved = (text: string) => verifyRecord(JSON.parse(text.replace(/^\uFEFF/, '')), saved(text));
  const accented = async () => sealRecord({ ...unsealed(), learner: { name: 'José 🚀 Ñúñez, "Pepe"', employeeId: 'É-1' } });

  it('verifies from its own bytes', async () => {
    const record = await accented();
    expect(await verifySaved(recordText(record))).toEqual({ ok: true, record });
  });

  it('verifies from its own bytes when accents come before the digest (Spanish answers)', async () => {
    const record = read('valid/v1-completed-es.json');
    const text = recordText(record);
    expect(/[^\p{ASCII}]/u.test(text.slice(0, text.indexOf('"digest"')))).toBe(true);
    expect(await verifySaved(text)).toEqual({ ok: true, record });
    expect(await verifySaved(text.replace('"correct":true', '"correct":false'))).toEqual({ ok: false, problem: 'digest-mismatch' });
  });

  it('leaves the bytes it was given as they were', async () => {
    const text = recordText(await accented());
    const bytes = new TextEncoder().encode(text);
    const pending = verifyRecord(JSON.parse(text), { bytes, text });
    expect(new TextDecoder().decode(bytes)).toBe(text);
    expect(await pending).toMatchObject({ ok: true });
    expect(new TextDecoder().decode(bytes)).toBe(text);
  });

  it('is checked from its bytes alone, without writing the record out again', async () => {
    const es = read('valid/v1-completed-es.json');
    const texts = [recordText(await accented()), recordText(es), recordText(es).replace('"correct":true', '"correct":false')];
    vi.mocked(canonicalize).mockClear();
    for (const text of texts) await verifySaved(text);
    expect(canonicalize).not.toHaveBeenCalled();
    await verifySaved(JSON.stringify(es, null, 2));
    expect(canonicalize).toHaveBeenCalledOnce();
  });

  it('still verifies after an editor indents it, adds a byte order mark or a final line break', async () => {
    const record = await accented();
    for (const text of [JSON.stringify(record, null, 2), `\uFEFF${recordText(record)}`, `${recordText(record)}\n`]) {
      expect(await verifySaved(text)).toEqual({ ok: true, record });
    }
  });

  it('detects a score edited in the saved text', async () => {
    const record = await sealRecord({ ...unsealed(), finalScore: 67 });
    const edited = recordText(record).replace('"finalScore":67', '"finalScore":76');
    expect(await verifySaved(edited)).toEqual({ ok: false, problem: 'digest-mismatch' });
  });

  it('does not accept a digest computed over text that is not canonical', async () => {
    // Keys in the order they were built, digest over that text: not the digest the format defines.
    const content = unsealed();
    const text = JSON.stringify(content);
    const value = createHash('sha256').update(text, 'utf8').digest('hex');
    const forged = `${text.slice(0, -1)},"digest":{"algorithm":"SHA-256","value":"${value}"}}`;
    expect(await verifySaved(forged)).toEqual({ ok: false, problem: 'digest-mismatch' });
  });

  it('does not accept a number written another way than canonical JSON writes it', async () => {
    const record = await sealRecord({ ...unsealed(), finalScore: 100 });
    const member = `,"digest":${JSON.stringify(record.digest)}`;
    const odd = recordText(record).replace('"finalScore":100', '"finalScore":1e2');
    const value = createHash('sha256').update(odd.replace(member, ''), 'utf8').digest('hex');
    const forged = odd.replace(record.digest.value, value);
    expect(await verifySaved(forged)).toEqual({ ok: false, problem: 'digest-mismatch' });
  });
});
