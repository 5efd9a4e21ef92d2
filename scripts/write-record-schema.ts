/**
 * npm run records:schema: writes docs/completion-record.schema.json from the zod schema, and the
 * validator compiled from it, src/records/completion-record-validator.js.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { recordJsonSchemaText, recordValidatorCode } from '../src/records/record-json-schema';

for (const [path, text] of [
  ['../docs/completion-record.schema.json', recordJsonSchemaText()],
  ['../src/records/completion-record-validator.js', recordValidatorCode()],
] as const) {
  const target = resolve(import.meta.dirname, path);
  writeFileSync(target, text);
  console.log(`Wrote ${target}`);
}
