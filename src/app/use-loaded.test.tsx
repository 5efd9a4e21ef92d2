import { act, renderHook, waitFor } from '@testing-library/react';
import { useLoaded } from './use-loaded';

test('data a page loads: loading, then ready, and at once for the next page that asks', async () => {
  const load = vi.fn(() => Promise.resolve(['intro']));
  const { result } = renderHook(() => useLoaded('test/ready', load));
  expect(result.current.status).toBe('loading');
  await waitFor(() => expect(result.current).toEqual({ status: 'ready', value: ['intro'] }));

  const again = renderHook(() => useLoaded('test/ready', load));
  expect(again.result.current).toEqual({ status: 'ready', value: ['intro'] });
  expect(load).toHaveBeenCalledOnce();
});

test('a failed load (offline, say) offers to try again, which loads the page afresh: the browser would fail the same file at once', async () => {
  const reload = vi.fn();
  vi.stubGlobal('location', { href: window.location.href, reload });
  const load = vi.fn<() => Promise<string>>().mockRejectedValueOnce(new Error('offline'));
  const { result } = renderHook(() => useLoaded('test/retry', load));
  await waitFor(() => expect(result.current.status).toBe('error'));
  act(() => {
    if (result.current.status === 'error') result.current.retry();
  });
  expect(reload).toHaveBeenCalledOnce();
  vi.unstubAllGlobals();
});

test('a failure is not kept: the next page that asks loads again', async () => {
  const load = vi.fn<() => Promise<string>>().mockRejectedValueOnce(new Error('offline')).mockResolvedValueOnce('intro');
  const first = renderHook(() => useLoaded('test/again', load));
  await waitFor(() => expect(first.result.current.status).toBe('error'));
  first.unmount();
  const next = renderHook(() => useLoaded('test/again', load));
  await waitFor(() => expect(next.result.current).toEqual({ status: 'ready', value: 'intro' }));
  expect(load).toHaveBeenCalledTimes(2);
});
