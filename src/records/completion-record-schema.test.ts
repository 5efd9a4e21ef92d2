import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { checkRecordFormat, completionRecordSchema } from './completion-record-schema';
import { recordJsonSchema, recordJsonSchemaText, recordValidatorCode } from './record-json-schema';
import { isCompletionRecord } from './record-validator';

const root = resolve(import.meta.dirname, '../..');
const fixtures = (folder: string) => {
  const dir = resolve(root, 'tests/fixtures/records', folder);
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .map((name) => [name, JSON.parse(readFileSync(resolve(dir, name), 'utf8')) as unknown] as const);
};

// Ajv (draft-07), the JSON Schema validator an HR system is likely to use.
const validateJson = addFormats(new Ajv({ allErrors: true })).compile(JSON.parse(readFileSync(resolve(root, 'docs/completion-record.schema.json'), 'utf8')));

describe('the JSON Schema in docs/', () => {
  it('is the one generated from the zod schema (run npm run records:schema after changing it)', () => {
    expect(readFileSync(resolve(root, 'docs/completion-record.schema.json'), 'utf8')).toBe(recordJsonSchemaText());
  });

  it('is draft-07 and names the format version', () => {
    expect(recordJsonSchema()).toMatchObject({ $schema: 'http://json-schema.org/draft-07/schema#', title: expect.stringContaining('version 1') as string });
  });
});

describe('the zod schema and the JSON Schema agree', () => {
  it.each(fixtures('valid'))('both accept %s', (_name, record) => {
    expect(completionRecordSchema.safeParse(record).error?.issues).toBeUndefined();
    expect(validateJson(record), JSON.stringify(validateJson.errors)).toBe(true);
  });

  it.each(fixtures('invalid'))('both reject %s', (_name, record) => {
    expect(completionRecordSchema.safeParse(record).success).toBe(false);
    expect(validateJson(record)).toBe(false);
  });

  it.each(fixtures('tampered'))('both accept the shape of %s (only the digest can tell)', (_name, record) => {
    expect(completionRecordSchema.safeParse(record).success).toBe(true);
    expect(validateJson(record)).toBe(true);
  });
});

describe('the compiled validator (src/records/completion-record-validator.js)', () => {
  it('is the one generated from the JSON Schema (run npm run records:schema after changing it)', () => {
    expect(readFileSync(resolve(root, 'src/records/completion-record-validator.js'), 'utf8')).toBe(recordValidatorCode());
  });

  it('imports nothing, and compiles no code at run time', () => {
    const code = readFileSync(resolve(root, 'src/records/completion-record-validator.js'), 'utf8');
    expect(code.match(/^import .*$/gm)).toBeNull();
    expect(code).not.toMatch(/\brequire\(|\beval\(|new Function\b/);
  });
});

describe('the compiled validator and zod agree', () => {
  it.each(fixtures('valid'))('both accept %s', (_name, record) => {
    expect(isCompletionRecord(record)).toBe(true);
  });

  it.each(fixtures('invalid'))('both reject %s', (_name, record) => {
    expect(completionRecordSchema.safeParse(record).success).toBe(false);
    expect(isCompletionRecord(record)).toBe(false);
  });

  it.each(fixtures('tampered'))('both accept the shape of %s', (_name, record) => {
    expect(isCompletionRecord(record)).toBe(true);
  });

  // Where JSON Schema and zod could read a rule differently: the validator must never be the laxer.
  const [, base] = fixtures('valid')[0]!;
  const learner = (changes: object) => ({ ...(base as { learner: object }).learner, ...changes });
  const lessons = (changes: object) => (base as { lessons: object[] }).lessons.map((lesson, i) => (i === 0 ? { ...lesson, ...changes } : lesson));
  it.each([
    ['a name of 200 emoji (200 characters, 400 UTF-16 code units)', { learner: learner({ name: '🚀'.repeat(200) }) }, true],
    ['a name of 201 emoji', { learner: learner({ name: '🚀'.repeat(201) }) }, false],
    ['a name of white space only', { learner: learner({ name: ' \u00a0\t' }) }, false],
    ['a time spent of 2⁵³ seconds, past the largest safe integer', { lessons: lessons({ timeSpentSeconds: 2 ** 53 }) }, false],
    ['a time spent of 2⁵³ − 1 seconds', { lessons: lessons({ timeSpentSeconds: 2 ** 53 - 1 }) }, true],
    ['a date-time with an offset', { createdAt: '2025-03-01T09:00:00+01:00' }, false],
    ['a date-time of 29 February in a year that has none', { createdAt: '2025-02-29T09:00:00Z' }, false],
    ['an upper-case record id', { recordId: '0B8E1C52-3C2A-4F4B-9D55-6F0A2B1C9E7D' }, true],
  ])('both judge %s alike', (_label, changes, accepted) => {
    const record = JSON.parse(JSON.stringify({ ...(base as object), ...changes })) as unknown;
    expect(completionRecordSchema.safeParse(record).success).toBe(accepted);
    expect(isCompletionRecord(record)).toBe(accepted);
  });

  it('agree on e-mail addresses, by the pattern zod wrote (a domain ending in a hyphen passes both)', () => {
    const record = { ...(base as object), learner: learner({ email: 'jo@mail-.example.com' }) };
    expect(completionRecordSchema.safeParse(record).success).toBe(true);
    expect(isCompletionRecord(record)).toBe(true);
  });
});

describe('telling the format apart', () => {
  const [, record] = fixtures('valid')[0]!;

  it('accepts a record of this format version', () => {
    expect(checkRecordFormat(record)).toBe('ok');
  });

  it('says a later format version is newer, not broken', () => {
    expect(checkRecordFormat({ ...(record as object), formatVersion: 2 })).toBe('newer-format');
  });

  it.each([null, 'text', [], {}, { format: 'other', formatVersion: 1 }])('says %j is not a record', (value) => {
    expect(checkRecordFormat(value)).toBe('not-a-record');
  });
});
