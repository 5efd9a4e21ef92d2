import { z } from 'zod/mini';
import { completionRecordSchema, RECORD_FORMAT_VERSION } from './completion-record-schema';

/**
 * The JSON Schema (draft-07) of the completion record, generated from the zod schema so the two
 * cannot drift. docs/completion-record.schema.json holds its output: `npm run records:schema`.
 */
export function recordJsonSchema(): Record<string, unknown> {
  const { $schema, ...schema } = z.toJSONSchema(completionRecordSchema, { target: 'draft-07' });
  return {
    $schema,
    title: `Customer Focus completion record, format version ${RECORD_FORMAT_VERSION}`,
    description:
      'One learner’s record of the Customer Focus course, exported from their browser. See docs/completion-record.md. Generated from src/records/completion-record-schema.ts: do not edit by hand.',
    ...schema,
  };
}

export const recordJsonSchemaText = (): string => `${JSON.stringify(recordJsonSchema(), null, 2)}\n`;
