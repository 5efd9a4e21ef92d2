/**
 * The version of the progress the app saves. Kept apart from the migrations and the schema, so the
 * store can name it without loading the check (src/progress/progress-storage.ts).
 */
export const CURRENT_VERSION = 1;
