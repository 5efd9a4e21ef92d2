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

test('a failed load (offline, say) can be tried again, and then loads', async () => {
  const load = vi.fn<() => Promise<string>>().mockRejectedValueOnce(new Error('offline')).mockResolvedValueOnce('intro');
  const { result } = renderHook(() => useLoaded('test/retry', load));
  await waitFor(() => expect(result.current.status).toBe('error'));
  act(() => {
    if (result.current.status === 'error') result.current.retry();
  });
  await waitFor(() => expect(result.current).toEqual({ status: 'ready', value: 'intro' }));
  expect(load).toHaveBeenCalledTimes(2);
});
