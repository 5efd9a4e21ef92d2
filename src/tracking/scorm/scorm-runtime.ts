import type { Scorm12Api, Scorm2004Api } from '../tracking-mode';
import type { ScormVersion } from './scorm-values';

/*
 * The two SCORM APIs behind one shape, with each version's element names, so the adapter says
 * what it writes once. Every call is guarded: an LMS API that throws is treated like one that
 * answers "false", and what went wrong is read back as the LMS words it (GetErrorString).
 */

export interface ScormRuntime {
  version: ScormVersion;
  initialize: () => boolean;
  terminate: () => boolean;
  commit: () => boolean;
  get: (element: string) => string;
  set: (element: string, value: string) => boolean;
  /** What the LMS said about the last call that failed: its error string and code. */
  lastError: () => string;
  /** Element names that differ between the versions. */
  elements: {
    location: string;
    exit: string;
    sessionTime: string;
    score: string;
    /** `student_response` in 1.2, `learner_response` in 2004. */
    learnerResponse: string;
    /** `time` in 1.2, `timestamp` in 2004. */
    interactionTime: string;
  };
}

interface Calls {
  initialize: () => string;
  terminate: () => string;
  commit: () => string;
  get: (element: string) => string;
  set: (element: string, value: string) => string;
  lastError: () => string | number;
  errorString: (code: string) => string;
}

const ELEMENTS: Record<ScormVersion, ScormRuntime['elements']> = {
  '1.2': {
    location: 'cmi.core.lesson_location',
    exit: 'cmi.core.exit',
    sessionTime: 'cmi.core.session_time',
    score: 'cmi.core.score',
    learnerResponse: 'student_response',
    interactionTime: 'time',
  },
  '2004': {
    location: 'cmi.location',
    exit: 'cmi.exit',
    sessionTime: 'cmi.session_time',
    score: 'cmi.score',
    learnerResponse: 'learner_response',
    interactionTime: 'timestamp',
  },
};

function runtime(version: ScormVersion, calls: Calls): ScormRuntime {
  let thrown: string | undefined;
  const guard = (call: () => string): string => {
    thrown = undefined;
    try {
      // Some LMS APIs answer with booleans rather than "true"/"false".
      const answer: unknown = call();
      return String(answer);
    } catch (error) {
      thrown = error instanceof Error ? error.message : String(error);
      return 'false';
    }
  };
  const ok = (call: () => string) => guard(call) === 'true';
  return {
    version,
    initialize: () => ok(calls.initialize),
    terminate: () => ok(calls.terminate),
    commit: () => ok(calls.commit),
    get: (element) => {
      const value = guard(() => calls.get(element));
      return thrown === undefined ? value : '';
    },
    set: (element, value) => ok(() => calls.set(element, value)),
    lastError: () => {
      if (thrown !== undefined) return thrown;
      try {
        const code = String(calls.lastError());
        const text = calls.errorString(code);
        return text ? `${text} (${code})` : `Error ${code}`;
      } catch (error) {
        return error instanceof Error ? error.message : String(error);
      }
    },
    elements: ELEMENTS[version],
  };
}

export function scormRuntime(detected: { mode: 'scorm12'; api: Scorm12Api } | { mode: 'scorm2004'; api: Scorm2004Api }): ScormRuntime {
  if (detected.mode === 'scorm12') {
    const { api } = detected;
    return runtime('1.2', {
      initialize: () => api.LMSInitialize(''),
      terminate: () => api.LMSFinish(''),
      commit: () => api.LMSCommit(''),
      get: (element) => api.LMSGetValue(element),
      set: (element, value) => api.LMSSetValue(element, value),
      lastError: () => api.LMSGetLastError(),
      errorString: (code) => api.LMSGetErrorString(code),
    });
  }
  const { api } = detected;
  return runtime('2004', {
    initialize: () => api.Initialize(''),
    terminate: () => api.Terminate(''),
    commit: () => api.Commit(''),
    get: (element) => api.GetValue(element),
    set: (element, value) => api.SetValue(element, value),
    lastError: () => api.GetLastError(),
    errorString: (code) => api.GetErrorString(code),
  });
}
