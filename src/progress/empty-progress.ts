import type { ProgressState } from './progress-schema';

/** No lessons, attempts or reflections. Apart from the schema, so the store can start without loading it. */
export const emptyProgress = (): ProgressState => ({ lessons: {}, quizzes: {}, reflections: {} });
