import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { checkRecordFormat, completionRecordSchema } from './completion-record-schema';
import { recordJsonSchema, recordJsonSchemaText } from './record-json-schema';

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
    expect(recordJsonSchema()).toMatchObject({ $schema: 'http://json-schema.org/draft-07/schema#', title: expect.stringContaining('version 1') });
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
