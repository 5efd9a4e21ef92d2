/** npm run records:schema: writes docs/completion-record.schema.json from the zod schema. */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { recordJsonSchemaText } from '../src/records/record-json-schema.ts';

const target = resolve(import.meta.dirname, '../docs/completion-record.schema.json');
writeFileSync(target, recordJsonSchemaText());
console.log(`Wrote ${target}`);
