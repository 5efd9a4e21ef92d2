import { useEffect, useState } from 'react';
import { reloadPage, trackPageLoad } from './page-loads';

/** Data a page loads on demand: loading, failed (with a way to try again) or ready. */
export type Loaded<T> = { status: 'loading' } | { status: 'error'; retry: () => void } | { status: 'ready'; value: T };

const settled = new Map<string, unknown>();
const pending = new Map<string, Promise<unknown>>();

/**
 * Starts loading `key` once and keeps the result for the page's lifetime; a failure is forgotten,
 * so the next page that asks tries again (a file the browser gave up on fails again at once: see
 * `reloadPage`). Routes call it with the page's code, so the page has it at once.
 */
export function preload<T>(key: string, load: () => Promise<T>): Promise<T> {
  if (settled.has(key)) return Promise.resolve(settled.get(key) as T);
  let promise = pending.get(key) as Promise<T> | undefined;
  if (!promise) {
    promise = trackPageLoad(load()).then(
      (value) => {
        settled.set(key, value);
        pending.delete(key);
        return value;
      },
      (error: unknown) => {
        pending.delete(key);
        throw error;
      },
    );
    pending.set(key, promise);
  }
  return promise;
}

/** What `preload` gives for `key`, synchronously when it is already there. */
export function useLoaded<T>(key: string, load: () => Promise<T>): Loaded<T> {
  const [result, setResult] = useState<{ key: string; outcome: 'ready' | 'error'; value?: T } | undefined>();

  useEffect(() => {
    if (settled.has(key)) return;
    let live = true;
    preload(key, load).then(
      (value) => live && setResult({ key, outcome: 'ready', value }),
      () => live && setResult({ key, outcome: 'error' }),
    );
    return () => {
      live = false;
    };
    // `load` belongs to `key`: a new key is what starts a new load.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  if (settled.has(key)) return { status: 'ready', value: settled.get(key) as T };
  if (result?.key === key && result.outcome === 'error') {
    return { status: 'error', retry: reloadPage };
  }
  return { status: 'loading' };
}
