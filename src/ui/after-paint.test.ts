import { afterPaint } from './after-paint';

describe('afterPaint', () => {
  it('calls back once, later than now: after a frame and an idle moment', async () => {
    const calls: string[] = [];
    afterPaint(() => calls.push('called'));
    calls.push('now');
    await vi.waitFor(() => expect(calls).toEqual(['now', 'called']));
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    expect(calls).toEqual(['now', 'called']);
  });

  it('calls back after its timeout where no frame ever comes (a tab in the background)', async () => {
    vi.spyOn(window, 'requestAnimationFrame').mockImplementation(() => 0);
    const callback = vi.fn();
    afterPaint(callback, 50);
    await vi.waitFor(() => expect(callback).toHaveBeenCalledTimes(1));
    vi.restoreAllMocks();
  });

  it('never calls back once cancelled', async () => {
    const callback = vi.fn();
    const cancel = afterPaint(callback, 50);
    cancel();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(callback).not.toHaveBeenCalled();
  });
});
