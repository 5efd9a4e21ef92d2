import { v5 as uuidv5 } from 'uuid';

/*
 * Statement ids and registrations as UUID v5 (name-based), so the same progress always gives the
 * same ids: a retry, a relaunch or a second tab sends a statement the LRS already has, and the LRS
 * keeps one. Fixed forever: changing it would make every statement sent so far look new.
 */
export const STATEMENT_NAMESPACE = 'c4a3b7de-5f0e-4d6b-9a51-2f8e0c6d1b37';

/**
 * The ids of one learner's statements for one course and registration: each statement's id is a
 * UUID v5 of its event key (`lesson-started/intro`, `course-passed`, …) within this namespace.
 */
export function statementIds(courseIri: string, learnerKey: string, registration: string): (key: string) => string {
  const namespace = uuidv5(`${courseIri}|${learnerKey}|${registration}`, STATEMENT_NAMESPACE);
  return (key) => uuidv5(key, namespace);
}

/** xAPI mode's registration: one per learner and course, the same on every device and launch. */
export const xapiRegistration = (courseIri: string, employeeId: string): string => uuidv5(`${courseIri}|${employeeId}`, STATEMENT_NAMESPACE);
