/*
 * The launch runs after every first page; the session's code (start-tracking, the merge of LMS
 * and browser progress, the adapters' loaders) loads only when an LMS or LRS is found.
 */

const startSession = vi.fn<(...args: unknown[]) => Promise<void>>(() => Promise.resolve());
let sessionLoads = 0;

/** The launch, with the session's module loading (or failing to, as when the connection drops). */
async function launch(session: 'loads' | 'fails' = 'loads') {
  vi.doMock('./tracking-session', () => {
    sessionLoads++;
    if (session === 'fails') throw new Error('Failed to fetch dynamically imported module');
    return { startSession };
  });
  const { launchTracking } = await import('./tracking-launch');
  // The status the launch reports to (fresh, as the modules are, for each test).
  const { useTrackingStatus } = await import('../tracking/tracking-status');
  return { launchTracking, status: () => useTrackingStatus.getState() };
}

const language = { locale: () => 'en' as const, loadWords: () => Promise.resolve() };
const scorm2004Api = { Initialize: () => 'true' };
/** A window with a SCORM 2004 API, as an LMS frame gives one. */
const inLms = (): Window => Object.assign(Object.create(window) as Window, { API_1484_11: scorm2004Api, parent: undefined, opener: null, location: window.location });

beforeEach(() => {
  vi.resetModules();
  sessionLoads = 0;
  startSession.mockClear();
  // No xapi.json next to index.html.
  vi.spyOn(globalThis, 'fetch').mockResolvedValue(new Response('', { status: 404 }));
});

afterEach(() => {
  vi.doUnmock('./tracking-session');
  vi.restoreAllMocks();
});

describe('launching tracking', () => {
  it('outside an LMS or LRS, looks and loads nothing more', async () => {
    const { launchTracking, status } = await launch();
    await launchTracking(language, window);
    expect(sessionLoads).toBe(0);
    expect(startSession).not.toHaveBeenCalled();
    expect(status().mode).toBe('standalone');
  });

  it('inside an LMS, loads the session and starts it for the mode found', async () => {
    const { launchTracking } = await launch();
    const win = inLms();
    await launchTracking(language, win);
    expect(sessionLoads).toBe(1);
    expect(startSession).toHaveBeenCalledWith({ mode: 'scorm2004', api: scorm2004Api }, language.locale, win);
  });

  it('says the LMS cannot be reached when the session’s code does not load, and does not throw', async () => {
    const { launchTracking, status } = await launch('fails');
    await expect(launchTracking(language, inLms())).resolves.toBeUndefined();
    expect(startSession).not.toHaveBeenCalled();
    expect(status()).toMatchObject({ mode: 'scorm2004', report: { phase: 'error', code: 'unreachable' } });
  });
});
