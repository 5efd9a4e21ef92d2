import type { CompletionRecord } from './completion-record-schema';
import validate from './completion-record-validator';

/**
 * Whether `value` is a completion record, by the validator ajv compiled from the JSON Schema that
 * is generated from the zod schema (record-json-schema.ts), at a fraction of zod's cost. It must
 * never accept what zod refuses (completion-record-schema.test.ts holds the two together). A "no"
 * still gets zod's word, which says why, and wins should the two ever disagree.
 */
export const isCompletionRecord = (value: unknown): value is CompletionRecord => validate(value);
