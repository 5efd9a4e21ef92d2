import { describe, expect, it } from 'vitest';
import { everythingDone, realContext } from '../../../tests/support/real-course-progress';
import { emptyProfile, type ProfileState } from '../../records/profile-schema';
import type { TrackingContext } from '../tracking-adapter';
import { trackingSnapshot } from '../tracking-events';
import type { TrackingReport } from '../tracking-status';
import { memoryQueueStore } from './statement-queue';
import { createXapiAdapter, type ProfileSource } from './xapi-adapter';
import type { Statement } from './xapi-statement';

const config = {
  endpoint: 'https://lrs.example.com/xapi',
  auth: { username: 'key', password: 'secret' },
  activityId: 'https://learning.example.com/courses/customer-focus',
  accountHomePage: 'https://example.com/employees',
};

function profileSource(initial: ProfileState) {
  let state = initial;
  const listeners = new Set<() => void>();
  const source: ProfileSource = {
    getState: () => state,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return {
    source,
    set: (next: ProfileState) => {
      state = next;
      listeners.forEach((l) => {
        l();
      });
    },
  };
}

function setup(raw: unknown = config, profile: ProfileState = emptyProfile()) {
  const reports: TrackingReport[] = [];
  const context: TrackingContext = { ...realContext(), report: (r) => reports.push(r) };
  const received: Statement[] = [];
  const headers: Headers[] = [];
  const fetch = (url: string | URL | Request, init?: RequestInit) => {
    expect(url).toBe('https://lrs.example.com/xapi/statements');
    headers.push(new Headers(init?.headers));
    const batch = JSON.parse(init?.body as string) as Statement[];
    received.push(...batch);
    return Promise.resolve(new Response('[]', { status: 200 }));
  };
  const profiles = profileSource(profile);
  const adapter = createXapiAdapter(raw, 'https://course.example/xapi.json', context, {
    profile: profiles.source,
    store: () => Promise.resolve(memoryQueueStore()),
    queue: { fetch: fetch, events: { addEventListener: () => undefined, removeEventListener: () => undefined } },
  });
  return { adapter, reports, received, headers, profiles, context };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 30));

describe('the xAPI adapter', () => {
  it('names the bad field of a wrong config and sends nothing', async () => {
    const { adapter, reports } = setup({ ...config, endpoint: 'lrs.example.com', accountHomePage: 42 });
    await adapter.start();
    expect(reports).toEqual([{ phase: 'error', pending: 0, code: 'rejected', detail: expect.stringContaining('"endpoint"') as unknown }]);
    const detail = reports[0]?.phase === 'error' ? reports[0].detail : '';
    expect(detail).toContain('"accountHomePage"');
    expect(detail).not.toContain('"activityId"');
  });

  it('says the course’s security policy does not allow the LRS, and sends nothing', async () => {
    const policy = document.createElement('meta');
    policy.httpEquiv = 'Content-Security-Policy';
    policy.content = "default-src 'none'; connect-src 'self' https://other-lrs.example.com";
    document.head.append(policy);
    const { adapter, reports, received } = setup(config, { name: 'Ana Ruiz', employeeId: 'E-1', email: '' });
    await adapter.start();
    adapter.update(trackingSnapshot(everythingDone(), realContext().course));
    await settle();
    expect(reports).toEqual([{ phase: 'error', pending: 0, code: 'blocked', detail: 'https://lrs.example.com' }]);
    expect(received).toEqual([]);
  });

  it('waits for the learner\'s employee id, then sends everything so far with Basic auth', async () => {
    const { adapter, reports, received, headers, profiles, context } = setup();
    await adapter.start();
    const snapshot = trackingSnapshot(everythingDone(), context.course);
    adapter.update(snapshot);
    await settle();
    expect(received).toEqual([]);
    expect(reports.at(-1)).toEqual({ phase: 'pending', pending: snapshot.events.length, waiting: 'learner-details' });

    profiles.set({ name: 'Ana Ruiz', employeeId: 'E-1234', email: '' });
    await settle();
    expect(received.length).toBe(snapshot.events.length + 2);
    expect(received[0]?.actor).toEqual({ objectType: 'Agent', name: 'Ana Ruiz', account: { homePage: config.accountHomePage, name: 'E-1234' } });
    expect(headers[0]?.get('Authorization')).toBe(`Basic ${btoa('key:secret')}`);
    expect(headers[0]?.get('X-Experience-API-Version')).toBe('1.0.3');
    expect(reports.at(-1)?.phase).toBe('saved');

    adapter.update(snapshot);
    await settle();
    expect(received.length).toBe(snapshot.events.length + 2);
  });
});
