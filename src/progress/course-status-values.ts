/*
 * Where a learner stands in the whole course, as the course status, records and the HR report name
 * it. A module of its own: the record schema (and with it the HR workers) reads it without the
 * progress store.
 */
export const courseStatusValues = ['not-started', 'in-progress', 'completed'] as const;
export type CourseStatusValue = (typeof courseStatusValues)[number];
