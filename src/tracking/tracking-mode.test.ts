import { describe, expect, it, vi } from 'vitest';
import { cmi5LaunchOf, findScormApi, findXapiConfig } from './tracking-mode';

const launch = '?endpoint=https%3A%2F%2Flrs.example%2Fxapi%2F&fetch=https%3A%2F%2Flms.example%2Ftoken&actor=%7B%7D&registration=r-1&activityId=https%3A%2F%2Fcourse.example%2Fau';

describe('cmi5LaunchOf', () => {
  it('reads the five launch parameters a cmi5 LMS adds', () => {
    expect(cmi5LaunchOf(launch)).toEqual({
      endpoint: 'https://lrs.example/xapi/',
      fetch: 'https://lms.example/token',
      actor: '{}',
      registration: 'r-1',
      activityId: 'https://course.example/au',
    });
  });

  it('is not a cmi5 launch when any of them is missing or empty', () => {
    expect(cmi5LaunchOf(launch.replace('&registration=r-1', ''))).toBeUndefined();
    expect(cmi5LaunchOf(launch.replace('registration=r-1', 'registration='))).toBeUndefined();
    expect(cmi5LaunchOf('')).toBeUndefined();
  });
});

/** A chain of fake windows, the first one innermost; `apis` puts objects on them by index. */
function frames(depth: number, apis: Record<number, Record<string, object>> = {}, opener?: Window): Window {
  const chain: Array<Record<string, unknown>> = Array.from({ length: depth }, (_, i) => ({ ...apis[i] }));
  chain.forEach((win, i) => {
    win.parent = chain[i + 1] ?? win;
  });
  if (opener) chain[0]!.opener = opener;
  return chain[0] as unknown as Window;
}

describe('findScormApi', () => {
  it('finds a SCORM 2004 API in a parent frame', () => {
    const api = { Initialize: () => 'true' };
    expect(findScormApi(frames(3, { 2: { API_1484_11: api } }))).toEqual({ mode: 'scorm2004', api });
  });

  it('finds a SCORM 1.2 API when there is no 2004 one', () => {
    const api = { LMSInitialize: () => 'true' };
    expect(findScormApi(frames(2, { 1: { API: api } }))).toEqual({ mode: 'scorm12', api });
  });

  it('looks in the opener and its parents after the frames', () => {
    const api = { Initialize: () => 'true' };
    const opener = frames(2, { 1: { API_1484_11: api } });
    expect(findScormApi(frames(2, {}, opener))).toEqual({ mode: 'scorm2004', api });
  });

  it('skips a parent from another origin whose properties throw', () => {
    const crossOrigin = new Proxy({}, { get: () => { throw new DOMException('Blocked', 'SecurityError'); } });
    const inner = { parent: crossOrigin } as unknown as Window;
    expect(findScormApi(inner)).toBeUndefined();
  });

  it('finds nothing outside an LMS', () => {
    expect(findScormApi(frames(1))).toBeUndefined();
  });
});

describe('findXapiConfig', () => {
  const memory = (initial: string | null = null) => {
    let saved = initial;
    return { get: () => saved, set: vi.fn((text: string | null) => { saved = text; }), saved: () => saved };
  };
  const respond = (status: number, body: string) => vi.spyOn(globalThis, 'fetch').mockResolvedValue(new Response(body, { status }));

  it('reads the config next to index.html and remembers it for an offline launch', async () => {
    respond(200, '{"endpoint":"https://lrs.example/xapi/"}');
    const remembered = memory();
    expect(await findXapiConfig('https://course.example/app/index.html#/lessons', remembered)).toEqual({
      config: { endpoint: 'https://lrs.example/xapi/' },
      configUrl: 'https://course.example/app/xapi.json',
    });
    expect(remembered.saved()).toBe('{"endpoint":"https://lrs.example/xapi/"}');
  });

  it('runs standalone with the file the build ships, and forgets an older config', async () => {
    respond(200, '{ "enabled": false }');
    const remembered = memory('{"endpoint":"https://old.example/"}');
    expect(await findXapiConfig('https://course.example/', remembered)).toBeUndefined();
    expect(remembered.saved()).toBeNull();
  });

  it('runs standalone without the file, or when the host answers with its index page', async () => {
    respond(404, 'Not found');
    expect(await findXapiConfig('https://course.example/', memory())).toBeUndefined();
    respond(200, '<!doctype html><html></html>');
    expect(await findXapiConfig('https://course.example/', memory())).toBeUndefined();
  });

  it('uses the remembered config when the file cannot be fetched', async () => {
    vi.spyOn(globalThis, 'fetch').mockRejectedValue(new TypeError('Failed to fetch'));
    expect(await findXapiConfig('https://course.example/', memory('{"endpoint":"https://lrs.example/"}'))).toEqual({
      config: { endpoint: 'https://lrs.example/' },
      configUrl: 'https://course.example/xapi.json',
    });
  });

  it('passes a file that is not JSON on as text, for the adapter to report', async () => {
    respond(200, '{ endpoint: oops');
    expect(await findXapiConfig('https://course.example/', memory())).toMatchObject({ config: '{ endpoint: oops' });
  });
});
