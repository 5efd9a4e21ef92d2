/*
 * Which standard the page runs under, decided once at launch from what the page finds, in this
 * order: cmi5 launch parameters in the URL, a SCORM API in a parent frame or the opener, an xAPI
 * config file next to index.html; else standalone. Small on purpose: it runs on every first load,
 * and the adapter for the mode found is loaded only then.
 */

/** The query parameters a cmi5 LMS adds to the AU's launch URL (cmi5 spec, 8.1). */
export interface Cmi5Launch {
  endpoint: string;
  fetch: string;
  actor: string;
  registration: string;
  activityId: string;
}

/** The SCORM runtime objects, as far as the course uses them. */
export interface Scorm12Api {
  LMSInitialize: (arg: '') => string;
  LMSFinish: (arg: '') => string;
  LMSGetValue: (element: string) => string;
  LMSSetValue: (element: string, value: string) => string;
  LMSCommit: (arg: '') => string;
  LMSGetLastError: () => string | number;
  LMSGetErrorString: (code: string) => string;
  LMSGetDiagnostic: (code: string) => string;
}

export interface Scorm2004Api {
  Initialize: (arg: '') => string;
  Terminate: (arg: '') => string;
  GetValue: (element: string) => string;
  SetValue: (element: string, value: string) => string;
  Commit: (arg: '') => string;
  GetLastError: () => string | number;
  GetErrorString: (code: string) => string;
  GetDiagnostic: (code: string) => string;
}

export type DetectedMode =
  | { mode: 'standalone' }
  | { mode: 'cmi5'; launch: Cmi5Launch }
  | { mode: 'scorm2004'; api: Scorm2004Api }
  | { mode: 'scorm12'; api: Scorm12Api }
  | { mode: 'xapi'; config: unknown; configUrl: string };

/** The xAPI config a deployer puts next to index.html (docs/lms.md). */
export const XAPI_CONFIG_FILE = 'xapi.json';

const CMI5_PARAMETERS = ['endpoint', 'fetch', 'actor', 'registration', 'activityId'] as const;

export function cmi5LaunchOf(search: string): Cmi5Launch | undefined {
  const params = new URLSearchParams(search);
  const launch: Partial<Cmi5Launch> = {};
  for (const name of CMI5_PARAMETERS) {
    const value = params.get(name);
    if (value === null || value === '') return undefined;
    launch[name] = value;
  }
  return launch as Cmi5Launch;
}

/** How far up the frames to look, as the ADL's own API discovery does. */
const MAX_PARENTS = 10;

type ApiKey = 'API_1484_11' | 'API';

function readApi(win: Window, key: ApiKey): unknown {
  try {
    const api = (win as unknown as Record<string, unknown>)[key];
    return typeof api === 'object' && api !== null ? api : undefined;
  } catch {
    // A parent from another origin: its properties throw. The API cannot be there for us.
    return undefined;
  }
}

function searchUp(start: Window, key: ApiKey): unknown {
  let win: Window = start;
  for (let depth = 0; depth <= MAX_PARENTS; depth++) {
    const api = readApi(win, key);
    if (api) return api;
    let parent: Window;
    try {
      parent = win.parent;
    } catch {
      return undefined;
    }
    if (parent === win) return undefined;
    win = parent;
  }
  return undefined;
}

/** The SCORM API: this window and its parents first, then the opener and its parents (SCORM RTE 3.3). */
export function findScormApi(win: Window): { mode: 'scorm2004'; api: Scorm2004Api } | { mode: 'scorm12'; api: Scorm12Api } | undefined {
  const places: Window[] = [win];
  try {
    const opener = win.opener as Window | null;
    if (opener && opener !== win) places.push(opener);
  } catch {
    // an opener from another origin
  }
  for (const place of places) {
    const api2004 = searchUp(place, 'API_1484_11');
    if (api2004) return { mode: 'scorm2004', api: api2004 as Scorm2004Api };
    const api12 = searchUp(place, 'API');
    if (api12) return { mode: 'scorm12', api: api12 as Scorm12Api };
  }
  return undefined;
}

/**
 * The xAPI config, when a deployer filled one in: the build ships `{ "enabled": false }`, and that
 * or a missing file (404) means standalone. When the file
 * cannot be fetched (offline), the copy remembered from the last launch is used, so statements
 * made offline are still queued for the LRS.
 */
export async function findXapiConfig(
  baseUrl: string,
  remembered: { get: () => string | null; set: (text: string | null) => void },
): Promise<{ config: unknown; configUrl: string } | undefined> {
  const configUrl = new URL(XAPI_CONFIG_FILE, baseUrl).href;
  let response: Response;
  try {
    response = await fetch(configUrl, { cache: 'no-store', credentials: 'same-origin' });
  } catch {
    const text = remembered.get();
    return text === null ? undefined : { config: parseOrText(text), configUrl };
  }
  if (response.status === 404 || response.status === 410) {
    remembered.set(null);
    return undefined;
  }
  if (!response.ok) {
    const text = remembered.get();
    return text === null ? undefined : { config: parseOrText(text), configUrl };
  }
  const text = await response.text();
  const config = parseOrText(text);
  // The build ships `{ "enabled": false }`; a single-page host may answer every path with index.html.
  if (/^\s*</.test(text) || isSwitchedOff(config)) {
    remembered.set(null);
    return undefined;
  }
  remembered.set(text);
  return { config, configUrl };
}

const isSwitchedOff = (config: unknown): boolean =>
  typeof config === 'object' && config !== null && (config as { enabled?: unknown }).enabled === false;

/** The parsed JSON, or the text itself when it is not JSON, for the adapter to report plainly. */
function parseOrText(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}


/** Where the last xAPI config read is remembered, for a launch while offline. */
export const XAPI_CONFIG_MEMORY_KEY = 'cf-xapi-config';

function rememberedIn(storage: Storage | undefined) {
  return {
    get: () => {
      try {
        return storage?.getItem(XAPI_CONFIG_MEMORY_KEY) ?? null;
      } catch {
        return null;
      }
    },
    set: (text: string | null) => {
      try {
        if (text === null) storage?.removeItem(XAPI_CONFIG_MEMORY_KEY);
        else storage?.setItem(XAPI_CONFIG_MEMORY_KEY, text);
      } catch {
        // Storage full or blocked: the config is read again next launch.
      }
    },
  };
}

function localStorageOf(win: Window): Storage | undefined {
  try {
    return win.localStorage;
  } catch {
    return undefined;
  }
}

/** The mode this page runs in: cmi5 launch parameters, then a SCORM API, then an xAPI config, else standalone. */
export async function detectMode(win: Window): Promise<DetectedMode> {
  const launch = cmi5LaunchOf(win.location.search);
  if (launch) return { mode: 'cmi5', launch };
  const scorm = findScormApi(win);
  if (scorm) return scorm;
  const xapi = await findXapiConfig(win.location.href, rememberedIn(localStorageOf(win)));
  if (xapi) return { mode: 'xapi', ...xapi };
  return { mode: 'standalone' };
}
