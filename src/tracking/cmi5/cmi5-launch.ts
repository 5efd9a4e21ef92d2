import { z } from 'zod/mini';
import type { Cmi5Launch } from '../tracking-mode';
import type { Agent, Context } from '../xapi/xapi-statement';

/*
 * What a cmi5 launch gives the AU (cmi5 spec, 8 and 10): the learner (`actor`), the auth token
 * from the one-time fetch URL, and the LMS.LaunchData state document.
 */

const accountActorSchema = z.object({
  objectType: z.optional(z.literal('Agent')),
  name: z.optional(z.string()),
  account: z.object({ homePage: z.string(), name: z.string() }),
});

/** The launch `actor`: an Agent with an account (cmi5 9.2), or undefined when it is not one. */
export function actorOf(launch: Cmi5Launch): Agent | undefined {
  let raw: unknown;
  try {
    raw = JSON.parse(launch.actor);
  } catch {
    return undefined;
  }
  const parsed = accountActorSchema.safeParse(raw);
  if (!parsed.success) return undefined;
  const { name, account } = parsed.data;
  return { objectType: 'Agent', ...(name === undefined ? {} : { name }), account };
}

const launchDataSchema = z.object({
  contextTemplate: z.record(z.string(), z.unknown()),
  launchMode: z.enum(['Normal', 'Browse', 'Review']),
  moveOn: z.optional(z.string()),
  masteryScore: z.optional(z.number().check(z.minimum(0), z.maximum(1))),
  returnURL: z.optional(z.string()),
});

export interface LaunchData {
  contextTemplate: Context;
  launchMode: 'Normal' | 'Browse' | 'Review';
  moveOn?: string;
  masteryScore?: number;
  returnURL?: string;
}

export type LaunchProblem = { code: 'unauthorized' | 'unreachable' | 'rejected'; detail: string };

/** Where the token of this launch is kept, so a reload in the same launch reuses it. */
const tokenKey = (launch: Cmi5Launch) => `cf-cmi5-token:${launch.fetch}`;

function sessionStore(): Storage | undefined {
  try {
    return window.sessionStorage;
  } catch {
    return undefined;
  }
}

/**
 * The auth token: POSTed for once per launch (the fetch URL answers only once, cmi5 8.2), then
 * kept in sessionStorage for a reload of the same launch.
 */
export async function authToken(
  launch: Cmi5Launch,
  fetcher: typeof fetch,
  storage: Pick<Storage, 'getItem' | 'setItem'> | undefined = sessionStore(),
): Promise<{ ok: true; token: string } | ({ ok: false } & LaunchProblem)> {
  const kept = storage?.getItem(tokenKey(launch));
  if (kept) return { ok: true, token: kept };
  let body: unknown;
  try {
    const response = await fetcher(launch.fetch, { method: 'POST' });
    if (!response.ok) return { ok: false, code: 'unauthorized', detail: `${response.status} ${response.statusText}`.trim() };
    body = await response.json();
  } catch (error) {
    return { ok: false, code: 'unreachable', detail: error instanceof Error ? error.message : String(error) };
  }
  const answer = body as { 'auth-token'?: unknown; 'error-text'?: unknown; 'error-code'?: unknown };
  if (typeof answer['auth-token'] !== 'string' || answer['auth-token'] === '') {
    const detail = typeof answer['error-text'] === 'string' ? answer['error-text'] : 'The launch gave no authorization token.';
    return { ok: false, code: 'unauthorized', detail };
  }
  try {
    storage?.setItem(tokenKey(launch), answer['auth-token']);
  } catch {
    // Storage blocked: a reload in this launch will not be able to send.
  }
  return { ok: true, token: answer['auth-token'] };
}

/** GET activities/state LMS.LaunchData for this launch's AU, learner and registration (cmi5 10). */
export async function readLaunchData(
  launch: Cmi5Launch,
  authorization: string,
  fetcher: typeof fetch,
): Promise<{ ok: true; data: LaunchData } | ({ ok: false } & LaunchProblem)> {
  const endpoint = launch.endpoint.endsWith('/') ? launch.endpoint : `${launch.endpoint}/`;
  const query = new URLSearchParams({ stateId: 'LMS.LaunchData', activityId: launch.activityId, agent: launch.actor, registration: launch.registration });
  let response: Response;
  try {
    response = await fetcher(`${endpoint}activities/state?${query.toString()}`, {
      headers: { Authorization: authorization, 'X-Experience-API-Version': '1.0.3' },
    });
  } catch (error) {
    return { ok: false, code: 'unreachable', detail: error instanceof Error ? error.message : String(error) };
  }
  if (!response.ok) {
    return { ok: false, code: response.status === 401 || response.status === 403 ? 'unauthorized' : 'rejected', detail: `LMS.LaunchData: ${response.status}` };
  }
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    return { ok: false, code: 'rejected', detail: 'LMS.LaunchData is not JSON.' };
  }
  const parsed = launchDataSchema.safeParse(body);
  if (!parsed.success) return { ok: false, code: 'rejected', detail: 'LMS.LaunchData lacks contextTemplate or launchMode.' };
  const { contextTemplate, ...rest } = parsed.data;
  return { ok: true, data: { ...rest, contextTemplate: contextTemplate } };
}
