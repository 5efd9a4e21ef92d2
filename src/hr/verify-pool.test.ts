import { createVerifyPool } from './verify-pool';
import type { FromVerifyWorker, ToVerifyWorker, VerifyItem } from './worker-protocol';

/** Stands in for a verify worker: keeps what it was sent, answers when the test says. */
class FakeWorker {
  static all: FakeWorker[] = [];
  received: Array<Extract<ToVerifyWorker, { type: 'verify' }>> = [];
  private listeners: Record<string, Array<(event: unknown) => void>> = {};
  constructor() {
    FakeWorker.all.push(this);
  }
  addEventListener(type: string, listener: (event: unknown) => void) {
    (this.listeners[type] ??= []).push(listener);
  }
  postMessage(message: ToVerifyWorker) {
    this.received.push(message);
  }
  /** Answers the oldest batch it has not answered yet: every file fine, no records. */
  answer() {
    const message = this.received.shift()!;
    const reply: FromVerifyWorker = { type: 'verified', batch: message.batch, results: [], labels: [], lessonTitles: [] };
    for (const listener of this.listeners.message ?? []) listener({ data: reply });
  }
  fail() {
    for (const listener of this.listeners.error ?? []) listener({});
  }
}

const COURSE = { id: 'customer-focus', version: '1.0.0' };
const batch = (seq: number): VerifyItem[] => [{ seq, name: `${seq}.json`, bytes: new Uint8Array(10) }];
const sent = () => FakeWorker.all.reduce((sum, worker) => sum + worker.received.length, 0);

beforeEach(() => {
  FakeWorker.all = [];
  vi.stubGlobal('Worker', FakeWorker);
  vi.stubGlobal('navigator', { hardwareConcurrency: 2 });
});
afterEach(() => vi.unstubAllGlobals());

describe('the verify pool', () => {
  it('hands each worker a few batches at a time and the next one as each comes back', async () => {
    const pool = createVerifyPool();
    expect(FakeWorker.all).toHaveLength(2);
    const done = Array.from({ length: 10 }, (_, i) => pool.verify(batch(i), COURSE, 1));
    expect(sent()).toBe(6);
    FakeWorker.all[0]!.answer();
    await done[0];
    expect(sent()).toBe(6);
    expect(FakeWorker.all[0]!.received).toHaveLength(3);
  });

  it('drops the batches of a stopped import that no worker has yet, and keeps the others', async () => {
    const pool = createVerifyPool();
    const stopped = Array.from({ length: 10 }, (_, i) => pool.verify(batch(i), COURSE, 1));
    const next = pool.verify(batch(99), COURSE, 2);
    pool.drop(1);
    // The four waiting batches of import 1 come back empty at once.
    expect(await Promise.all(stopped.slice(6))).toEqual(Array(4).fill({ results: [], labels: [], lessonTitles: [] }));
    // The batches workers have finish; then import 2's batch goes straight to a worker.
    for (const worker of FakeWorker.all) worker.answer();
    await Promise.all([stopped[0], stopped[1]]);
    const posted = FakeWorker.all.flatMap((worker) => worker.received.map((message) => message.items[0]!.seq));
    expect(posted).toContain(99);
    for (const worker of FakeWorker.all) while (worker.received.length) worker.answer();
    await expect(next).resolves.toMatchObject({ results: [] });
  });

  it('checks batches over the ports to the verify workers the page started, starting none itself', async () => {
    const ports = [new FakeWorker(), new FakeWorker()];
    FakeWorker.all = [];
    const pool = createVerifyPool(ports.map((port) => Object.assign(port, { start: () => {} })) as unknown as MessagePort[]);
    expect(FakeWorker.all).toHaveLength(0);
    const done = Array.from({ length: 4 }, (_, i) => pool.verify(batch(i), COURSE));
    expect(ports.map((port) => port.received.length)).toEqual([2, 2]);
    // The page saw the first port's worker fail: its files come back unreadable, the rest go on.
    pool.failed(0);
    await expect(done[0]).resolves.toMatchObject({ results: [{ seq: 0, problem: { code: 'unreadable' } }] });
    ports[1]!.answer();
    await expect(done[1]).resolves.toEqual({ results: [], labels: [], lessonTitles: [] });
  });

  it('reports the files of a worker that fails as unreadable, and carries on with the others', async () => {
    const pool = createVerifyPool();
    const done = Array.from({ length: 8 }, (_, i) => pool.verify(batch(i), COURSE));
    FakeWorker.all[0]!.fail();
    const failed = await done[0];
    expect(failed?.results).toEqual([{ seq: 0, problem: { file: '0.json', code: 'unreadable' } }]);
    // The batches still waiting go to the worker that is left.
    for (let round = 0; round < 4; round++) while (FakeWorker.all[1]!.received.length) FakeWorker.all[1]!.answer();
    await expect(Promise.all(done.slice(6))).resolves.toHaveLength(2);
  });

  it('moves a batch to its worker with each buffer its files are views of, once', () => {
    const post = vi.spyOn(FakeWorker.prototype, 'postMessage');
    const pool = createVerifyPool();
    const shared = new Uint8Array(30);
    const own = new Uint8Array(5);
    void pool.verify(
      [
        { seq: 1, name: '1.json', bytes: shared.subarray(0, 10) },
        { seq: 2, name: '2.json', bytes: shared.subarray(10) },
        { seq: 3, name: '3.json', bytes: own },
      ],
      COURSE,
    );
    expect(post).toHaveBeenCalledWith(expect.objectContaining({ type: 'verify' }), [shared.buffer, own.buffer]);
  });
});
