/** How a load went, for its message: everything in, some of it left out, or nothing in. */
export type LoadTone = 'success' | 'warning' | 'error';

/**
 * `loaded`: records (or learners) that made it into the report; `leftOut`: files or statements
 * that did not, whatever the reason. A load that brought nothing in is an error even when nothing
 * was refused (a folder without record files, an LRS without statements about the course).
 */
export const loadTone = (loaded: number, leftOut: number): LoadTone => (loaded === 0 ? 'error' : leftOut > 0 ? 'warning' : 'success');
