import type { AdapterLoader } from './start-tracking';

/**
 * Each standard's adapter, loaded by a dynamic import, so a learner outside an LMS downloads none
 * of them and one inside an LMS downloads only their own.
 */
export const loadAdapter: AdapterLoader = async (detected, context) => {
  switch (detected.mode) {
    case 'xapi': {
      const { createXapiAdapter } = await import('./xapi/xapi-adapter');
      return createXapiAdapter(detected.config, detected.configUrl, context);
    }
    case 'cmi5': {
      const { createCmi5Adapter } = await import('./cmi5/cmi5-adapter');
      return createCmi5Adapter(detected.launch, context);
    }
    case 'scorm12':
    case 'scorm2004': {
      const { createScormAdapter } = await import('./scorm/scorm-adapter');
      return createScormAdapter(detected, context);
    }
  }
};
