import { registerWorker } from './service-worker';

class FakeWorker extends EventTarget {
  state: ServiceWorkerState = 'installing';
  messages: unknown[] = [];
  postMessage(message: unknown) {
    this.messages.push(message);
  }
  become(state: ServiceWorkerState) {
    this.state = state;
    this.dispatchEvent(new Event('statechange'));
  }
}

class FakeRegistration extends EventTarget {
  active: FakeWorker | null = null;
  waiting: FakeWorker | null = null;
  installing: FakeWorker | null = null;
  /** A new worker starts installing. */
  found(worker: FakeWorker) {
    this.installing = worker;
    this.dispatchEvent(new Event('updatefound'));
  }
}

function setUp(registration = new FakeRegistration()) {
  const container = Object.assign(new EventTarget(), { register: vi.fn(() => Promise.resolve(registration)) });
  const events = { onReady: vi.fn(), onUpdate: vi.fn<(activate: () => void) => void>() };
  const reload = vi.fn();
  const start = () => registerWorker(container as unknown as ServiceWorkerContainer, './sw.js', events, reload);
  return { registration, container, events, reload, start };
}

test('a first visit: the worker installs and the course is ready offline, with no update to offer', async () => {
  const { registration, events, start } = setUp();
  await start();
  expect(events.onReady).not.toHaveBeenCalled();
  const worker = new FakeWorker();
  registration.found(worker);
  worker.become('installed');
  expect(events.onReady).toHaveBeenCalledOnce();
  expect(events.onUpdate).not.toHaveBeenCalled();
});

test('a later visit: the active worker means the course is ready at once', async () => {
  const registration = new FakeRegistration();
  registration.active = new FakeWorker();
  const { events, start } = setUp(registration);
  await start();
  expect(events.onReady).toHaveBeenCalledOnce();
});

test('a new version waits for the learner; taking it tells the worker to take over, then the page reloads', async () => {
  const registration = new FakeRegistration();
  registration.active = new FakeWorker();
  const { container, events, reload, start } = setUp(registration);
  await start();
  const next = new FakeWorker();
  registration.found(next);
  next.become('installed');
  expect(events.onUpdate).toHaveBeenCalledOnce();
  expect(next.messages).toEqual([]);
  expect(reload).not.toHaveBeenCalled();

  events.onUpdate.mock.calls[0]![0]();
  expect(next.messages).toEqual([{ type: 'SKIP_WAITING' }]);
  container.dispatchEvent(new Event('controllerchange'));
  expect(reload).toHaveBeenCalledOnce();
});

test('a version put off last time is offered again on the next visit', async () => {
  const registration = new FakeRegistration();
  registration.active = new FakeWorker();
  registration.waiting = new FakeWorker();
  const { events, start } = setUp(registration);
  await start();
  expect(events.onUpdate).toHaveBeenCalledOnce();
});

test('a worker that cannot register leaves the course online, saying nothing', async () => {
  const { container, events, start } = setUp();
  container.register.mockImplementation(() => Promise.reject(new Error('no sw.js')));
  await expect(start()).resolves.toBeUndefined();
  expect(events.onReady).not.toHaveBeenCalled();
  expect(events.onUpdate).not.toHaveBeenCalled();
});
