import type { AdapterLoader } from './start-tracking';

/**
 * Each standard's adapter, loaded by a dynamic import, so a learner outside an LMS downloads none
 * of them and one inside an LMS downloads only their own.
 */
export const loadAdapter: AdapterLoader = (detected, context) => {
  switch (detected.mode) {
    case 'scorm12':
    case 'scorm2004':
      return import('./scorm/scorm-adapter').then(({ createScormAdapter }) => createScormAdapter(detected, context));
    case 'cmi5':
    case 'xapi':
      return Promise.reject(new Error(`This version of the course cannot report to ${detected.mode} yet.`));
  }
};
