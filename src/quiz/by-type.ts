/**
 * A registry's descriptors keyed by their question type, each keeping its own precise type. Each
 * registry builds its map itself (`Object.fromEntries`): a shared helper would be a module shared by
 * the first page and the lazy pages, which the bundler splits into a chunk of its own.
 */
export type ByType<D extends ReadonlyArray<{ type: string }>> = { [E in D[number] as E['type']]: E };
