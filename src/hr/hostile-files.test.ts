// Hostile record files and zips, by hand and fuzzed: each gets its own reason, nothing throws,
// nothing reaches a prototype, and a good file checked beside it still loads.
import fc from 'fast-check';
import { deflateSync, strToU8, zipSync } from 'fflate';
import { COURSE, bytesOf, completed, inProgress, resealed } from '../../tests/support/hr-fixtures';
import type { UnsealedRecord } from '../records/completion-record-schema';
import { recordText } from '../records/record-digest';
import { MAX_RECORD_BYTES } from './file-limits';
import { readRecordFile, type FileProblemCode } from './read-record-file';
import { inflateAtMost, inflateEntry, inflateNativeAtMost, listZip, entryData } from './unzip-records';
import { verifyBatch } from './verify-batch';
import type { VerifyItem } from './worker-protocol';

const CODES: readonly FileProblemCode[] = [
  'too-large', 'unreadable', 'not-json', 'truncated', 'damaged-json', 'learner-csv', 'wrong-format', 'unsupported-version',
  'invalid', 'bad-digest', 'other-course', 'bad-zip', 'nested-zip', 'empty-zip', 'duplicate', 'same-record', 'copied-record',
];

const deep = '['.repeat(100_000) + ']'.repeat(100_000);
/** The canonical text of a sealed record, as the learner's page saves it. */
const sealedText = async (change: (record: UnsealedRecord) => void = () => {}) => recordText(await resealed(completed(), change));
/** Puts `insert` right after the record's opening brace. */
const withMember = (text: string, insert: string) => `{${insert},${text.slice(1)}`;

/** Each row: what the file is, the file, and what the import says: loaded, or the reason it was not. */
const cases: Array<[string, () => Uint8Array<ArrayBuffer> | Promise<Uint8Array<ArrayBuffer>>, FileProblemCode | 'loaded']> = [
  ['a file over the size limit', () => new Uint8Array(MAX_RECORD_BYTES + 1).fill(0x20), 'too-large'],
  ['a huge JSON document', () => bytesOf({ pad: 'x'.repeat(MAX_RECORD_BYTES) }), 'too-large'],
  ['JSON nested 100,000 deep', () => bytesOf(deep), 'wrong-format'],
  ['JSON nested 100,000 deep and never closed', () => bytesOf('['.repeat(100_000)), 'truncated'],
  ['a record holding JSON nested 100,000 deep', async () => bytesOf(withMember(await sealedText(), `"deep":${deep}`)), 'invalid'],
  ['a record with a __proto__ key', async () => bytesOf(withMember(await sealedText(), '"__proto__":{"polluted":true}')), 'invalid'],
  ['a record with __proto__ deep inside', async () => bytesOf((await sealedText()).replace('"learner":{', '"learner":{"__proto__":{"polluted":true},')), 'invalid'],
  ['a record with constructor and prototype keys', async () => bytesOf(withMember(await sealedText(), '"constructor":{"prototype":{"polluted":true}}')), 'invalid'],
  ['a name that is a number', async () => bytesOf((await sealedText()).replace(/"name":"[^"]*"/, '"name":42')), 'invalid'],
  ['an invalid date (30 February)', async () => bytesOf(await sealedText((record) => (record.createdAt = '2026-02-30T10:00:00.000Z'))), 'invalid'],
  ['a date that is not a date', async () => bytesOf(await sealedText((record) => (record.createdAt = 'last Tuesday'))), 'invalid'],
  ['a score of 1e309 (Infinity)', async () => bytesOf((await sealedText()).replace(/"timeSpentSeconds":\d+/, '"timeSpentSeconds":1e309')), 'invalid'],
  ['a name with HTML and a script', async () => bytesOf(await sealedText((record) => (record.learner.name = '<img src=x onerror=alert(1)><script>alert(1)</script>'))), 'loaded'],
  ['a name with bidi controls', async () => bytesOf(await sealedText((record) => (record.learner.name = 'Ana \u202Egnp.exe\u202C Díaz'))), 'loaded'],
  ['a name of 10,000 characters', async () => bytesOf(await sealedText((record) => (record.learner.name = 'N'.repeat(10_000)))), 'invalid'],
  ['duplicate keys, the sealed value last', async () => bytesOf((await sealedText()).replace('"learner":{', '"learner":{"employeeId":"FORGED",')), 'loaded'],
  ['duplicate keys, a changed value last', async () => bytesOf((await sealedText()).replace(/("employeeId":"[^"]*")/, '$1,"employeeId":"FORGED"')), 'bad-digest'],
  ['bytes that are not UTF-8', () => new Uint8Array([0xff, 0xfe, 0x7b, 0x00]), 'not-json'],
];

describe('hostile record files', () => {
  it.each(cases)('%s', async (_what, file, outcome) => {
    const protoBefore = Object.getOwnPropertyNames(Object.prototype).sort();
    const good = bytesOf(inProgress());
    const started = performance.now();
    const batch = await verifyBatch(
      [
        { seq: 1, name: 'good.json', bytes: good },
        { seq: 2, name: 'hostile.json', bytes: await file() },
      ],
      COURSE,
    );
    expect(performance.now() - started).toBeLessThan(3000);
    const [first, second] = batch.results;
    expect(first).toHaveProperty('record');
    expect(second && ('record' in second ? 'loaded' : second.problem.code)).toBe(outcome);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(protoBefore);
  });

  it('keeps a name with HTML as the very text it was', async () => {
    const name = '<b>Ana</b><script>alert(1)</script>';
    const outcome = await readRecordFile('a.json', bytesOf(await sealedText((record) => (record.learner.name = name))), COURSE);
    expect(outcome.ok && outcome.record.learner.name).toBe(name);
  });
});

describe('hostile zips', () => {
  const ZEROS = 64 * 1024 * 1024;
  /** A few tens of KB that inflate to 64 MB. */
  const bomb = () => deflateSync(new Uint8Array(ZEROS), { level: 9 });

  it('stops inflating a zip bomb just past the limit instead of inflating it all', () => {
    const data = bomb();
    expect(data.length).toBeLessThan(100_000);
    const inflated = inflateAtMost(data, 1000);
    expect(inflated.ok).toBe(false);
    // At most the limit plus one step's output, never the 64 MB inside.
    expect(!inflated.ok && inflated.produced).toBeLessThan(5 * 1024 * 1024);
  });

  it("stops the browser's own inflating of a zip bomb just past the limit too", async () => {
    const inflated = await inflateNativeAtMost(bomb(), 1000);
    expect(inflated?.ok).toBe(false);
    expect(inflated && !inflated.ok && inflated.produced).toBeLessThan(5 * 1024 * 1024);
  });

  it('stops a bomb of a single step (a few hundred bytes to 1 MB) at one byte past the limit', async () => {
    const small = deflateSync(new Uint8Array(1024 * 1024), { level: 9 });
    expect(small.length).toBeLessThan(4096);
    expect(inflateAtMost(small, 1000)).toEqual({ ok: false, produced: 1001 });
    expect(await inflateEntry(small, 8, 1000)).toBeUndefined();
  });

  it('refuses a bomb that declares a small size as a damaged zip entry, and checks the good file beside it', async () => {
    const data = bomb();
    const items: VerifyItem[] = [
      { seq: 1, name: 'records.zip/good.json', bytes: bytesOf(inProgress()) },
      { seq: 2, name: 'records.zip/bomb.json', bytes: new Uint8Array(data), zipped: { method: 8, size: 1000 } },
    ];
    const started = performance.now();
    const batch = await verifyBatch(items, COURSE);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(batch.results[0]).toHaveProperty('record');
    expect(batch.results[1]).toMatchObject({ problem: { file: 'records.zip/bomb.json', code: 'bad-zip' } });
  });

  it('lists a zip entry over the size limit with its declared size, so the import refuses it unread', async () => {
    const zip = zipSync({ 'big.json': new Uint8Array(MAX_RECORD_BYTES + 1), 'good.json': strToU8('{}') }, { level: 1 });
    const entries = listZip(zip)!;
    expect(entries.find((entry) => entry.name === 'big.json')!.size).toBeGreaterThan(MAX_RECORD_BYTES);
    const good = entries.find((entry) => entry.name === 'good.json')!;
    expect(new TextDecoder().decode(await inflateEntry(entryData(zip, good), good.method, good.size))).toBe('{}');
  });

  it('reads zip entry names with HTML, bidi controls or 10,000 characters as plain names', () => {
    const names = ['<img src=x onerror=alert(1)>.json', 'evil\u202Enosj.exe.json', `${'n'.repeat(10_000)}.json`];
    const zip = zipSync(Object.fromEntries(names.map((name) => [name, strToU8('{}')])));
    expect(listZip(zip)!.map((entry) => entry.name)).toEqual(names);
  });
});

describe('fuzzed record files', () => {
  const isOutcome = (outcome: Awaited<ReturnType<typeof readRecordFile>>) => {
    if (outcome.ok) expect(outcome.record.format).toBe('customer-focus-completion-record');
    else expect(CODES).toContain(outcome.problem.code);
  };

  it('gives any bytes a result, never throwing', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 1024 }), async (bytes) => isOutcome(await readRecordFile('f.json', new Uint8Array(bytes), COURSE))),
      { numRuns: 200 },
    );
  });

  it('gives any JSON value a result, never throwing or polluting a prototype', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), async (value) => {
        isOutcome(await readRecordFile('f.json', bytesOf(value), COURSE));
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      { numRuns: 200 },
    );
  });

  it('loads a record with any part cut out or changed only if its digest still matches', async () => {
    const text = await sealedText();
    await fc.assert(
      fc.asyncProperty(fc.nat(text.length), fc.nat(30), fc.string({ maxLength: 4 }), async (at, cut, insert) => {
        const changed = text.slice(0, at) + insert + text.slice(at + cut);
        const outcome = await readRecordFile('f.json', bytesOf(changed), COURSE);
        isOutcome(outcome);
        // A change JSON does not see (white space) may load; anything else may not.
        if (outcome.ok) expect(JSON.parse(changed)).toEqual(JSON.parse(text));
      }),
      { numRuns: 150 },
    );
  });
});
