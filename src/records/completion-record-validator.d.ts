// Types of completion-record-validator.js, which `npm run records:schema` generates.

/**
 * Whether `value` is a completion record by docs/completion-record.schema.json. A verdict only:
 * it stops at the first error (ask zod which fields are wrong).
 */
declare const validate: (value: unknown) => boolean;

export { validate };
export default validate;
