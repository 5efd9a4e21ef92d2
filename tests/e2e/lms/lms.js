/* global window, document, console */
/*
 * A test LMS: scorm-again's SCORM 1.2 or 2004 runtime as the API the course finds in its parent
 * frame, and the course in a frame. What the LMS stores is each commit's cmi, kept in `lms.commits`;
 * a relaunch hands the last one back. Warnings scorm-again logs (values it rewrites or refuses) are
 * kept in `lms.warnings` for the test to read.
 */
window.lms = {
  commits: [],
  warnings: [],
  /** While true, the LMS's server refuses commits: scorm-again answers "false" with error 101. */
  refuseCommits: false,
  api: undefined,
};

const warn = console.warn.bind(console);
console.warn = (...args) => {
  window.lms.warnings.push(args.map(String).join(' '));
  warn(...args);
};

/**
 * Starts a session: `version` '1.2' or '2004', `course` the package's index.html, `saved` the cmi
 * the LMS kept from the last session (undefined on the first launch).
 */
window.startLms = ({ version, course, saved }) => {
  const settings = {
    autocommit: false,
    logLevel: 3,
    lmsCommitUrl: '/commit',
    httpService: {
      processHttpRequest: (_url, params) => {
        if (window.lms.refuseCommits) return { result: 'false', errorCode: 101 };
        window.lms.commits.push(JSON.parse(JSON.stringify(params)));
        return { result: 'true', errorCode: 0 };
      },
      updateSettings: () => undefined,
    },
  };
  const learner = { id: 'e-1042', name: 'Doe, Jane' };
  if (version === '1.2') {
    const api = new window.Scorm12API(settings);
    api.loadFromJSON(saved ?? { core: { student_id: learner.id, student_name: learner.name }, student_data: { mastery_score: '80' } });
    window.API = api;
    window.lms.api = api;
  } else {
    const api = new window.Scorm2004API(settings);
    api.loadFromJSON(saved ?? { learner_id: learner.id, learner_name: learner.name, scaled_passing_score: '0.8' });
    window.API_1484_11 = api;
    window.lms.api = api;
  }
  const frame = document.createElement('iframe');
  frame.title = 'Course';
  frame.src = course;
  document.body.append(frame);
};

/** The learner closes the course: the frame goes away, as when an LMS closes its player. */
window.closeCourse = () => {
  document.querySelector('iframe').src = 'about:blank';
};

/** What the LMS keeps for the next launch: the cmi of its last stored commit. */
window.savedCmi = () => window.lms.commits.at(-1)?.cmi;
