import { describe, expect, it, vi } from 'vitest';
import { watchServiceWorker, type WorkerContainer } from './service-worker-updates.ts';

class FakeWorker extends EventTarget {
  state = 'installing';
  readonly postMessage = vi.fn();
  become(state: string): void {
    this.state = state;
    this.dispatchEvent(new Event('statechange'));
  }
}

class FakeRegistration extends EventTarget {
  installing: FakeWorker | null = null;
  waiting: FakeWorker | null = null;
  readonly update = vi.fn(async () => undefined);
  found(worker: FakeWorker): void {
    this.installing = worker;
    this.dispatchEvent(new Event('updatefound'));
  }
}

class FakeContainer extends EventTarget implements WorkerContainer {
  controller: unknown = null;
  readonly registration = new FakeRegistration();
  readonly register = vi.fn(async () => this.registration as unknown as ServiceWorkerRegistration);
}

async function setup(controlled: boolean) {
  const container = new FakeContainer();
  container.controller = controlled ? {} : null;
  const reload = vi.fn();
  const onWaiting = vi.fn();
  const updates = watchServiceWorker(onWaiting, { container, reload, checkEvery: 1e9 });
  await vi.waitFor(() => expect(container.register).toHaveBeenCalled());
  await Promise.resolve();
  return { container, reg: container.registration, reload, onWaiting, updates };
}

describe('watchServiceWorker', () => {
  it('registers ./sw.js for the folder the page is in', async () => {
    const { container, updates } = await setup(false);
    expect(container.register).toHaveBeenCalledWith('./sw.js', { scope: './' });
    updates.stop();
  });

  it('does not call the first install an update', async () => {
    const { reg, onWaiting, updates } = await setup(false);
    const worker = new FakeWorker();
    reg.found(worker);
    worker.become('installed');
    expect(onWaiting).not.toHaveBeenCalled();
    updates.stop();
  });

  it('reports every new version that installs while a worker controls the page', async () => {
    const { reg, onWaiting, updates } = await setup(true);
    for (const _ of [1, 2]) {
      const worker = new FakeWorker();
      reg.found(worker);
      worker.become('installed');
    }
    expect(onWaiting).toHaveBeenCalledTimes(2);
    updates.stop();
  });

  it('apply asks the waiting worker to take over and reloads when it controls the page', async () => {
    const { container, reg, reload, updates } = await setup(true);
    const worker = new FakeWorker();
    reg.waiting = worker;
    updates.apply();
    expect(worker.postMessage).toHaveBeenCalledWith({ type: 'SKIP_WAITING' });
    expect(reload).not.toHaveBeenCalled();
    container.dispatchEvent(new Event('controllerchange'));
    expect(reload).toHaveBeenCalledOnce();
    updates.stop();
  });

  it('a version activated by another tab shows the notice here instead of reloading', async () => {
    const { container, reload, onWaiting, updates } = await setup(true);
    container.dispatchEvent(new Event('controllerchange'));
    expect(reload).not.toHaveBeenCalled();
    expect(onWaiting).toHaveBeenCalledOnce();
    updates.apply(); // nothing waits any more: a plain reload
    expect(reload).toHaveBeenCalledOnce();
    updates.stop();
  });

  it('without service workers, apply is a reload and nothing is registered', () => {
    const reload = vi.fn();
    const updates = watchServiceWorker(vi.fn(), { container: undefined, reload, checkEvery: 1 });
    updates.apply();
    expect(reload).toHaveBeenCalledOnce();
  });
});
