import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createThrottledSaver } from './save-throttle.ts';

interface Snap {
  id: string;
  v: number;
}

/** A save whose writes finish only when the test says so; records every call and overlap. */
function controlledSave() {
  const calls: Snap[] = [];
  const finishers: Array<(error?: Error) => void> = [];
  let active = 0;
  let maxActive = 0;
  const save = (value: Snap) =>
    new Promise<void>((resolve, reject) => {
      calls.push(value);
      active++;
      maxActive = Math.max(maxActive, active);
      finishers.push((error) => {
        active--;
        if (error) reject(error);
        else resolve();
      });
    });
  return {
    save,
    calls,
    get maxActive() {
      return maxActive;
    },
    async finishNext(error?: Error) {
      const finish = finishers.shift();
      if (!finish) throw new Error('no write in progress');
      finish(error);
      await vi.advanceTimersByTimeAsync(0);
    },
  };
}

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(10_000);
});
afterEach(() => {
  vi.useRealTimers();
});

describe('createThrottledSaver', () => {
  it('saves the first snapshot at once, then at most once per interval, always the latest', async () => {
    const saved: Snap[] = [];
    const saver = createThrottledSaver<Snap>(async (s) => void saved.push(s), { intervalMs: 500 });
    saver.schedule({ id: 'c', v: 1 });
    await vi.advanceTimersByTimeAsync(0);
    expect(saved).toEqual([{ id: 'c', v: 1 }]);
    for (let v = 2; v <= 50; v++) {
      saver.schedule({ id: 'c', v });
      await vi.advanceTimersByTimeAsync(20); // 49 snapshots over ~1 s
    }
    await vi.advanceTimersByTimeAsync(1000);
    expect(saved.length).toBeLessThanOrEqual(4);
    expect(saved.at(-1)).toEqual({ id: 'c', v: 50 });
    const versions = saved.map((s) => s.v);
    expect([...versions].sort((a, b) => a - b)).toEqual(versions);
    expect(saver.busy()).toBe(false);
  });

  it('spaces write rounds at least intervalMs apart', async () => {
    const starts: number[] = [];
    const saver = createThrottledSaver<Snap>(async () => void starts.push(Date.now()), { intervalMs: 500 });
    for (let v = 0; v < 100; v++) {
      saver.schedule({ id: 'c', v });
      await vi.advanceTimersByTimeAsync(37);
    }
    await vi.advanceTimersByTimeAsync(1000);
    for (let i = 1; i < starts.length; i++)
      expect((starts[i] as number) - (starts[i - 1] as number)).toBeGreaterThanOrEqual(500);
    expect(starts.length).toBeGreaterThanOrEqual(7);
  });

  it('never overlaps writes, and a later snapshot always lands last', async () => {
    const io = controlledSave();
    const saver = createThrottledSaver<Snap>(io.save, { intervalMs: 100 });
    saver.schedule({ id: 'c', v: 1 });
    await vi.advanceTimersByTimeAsync(0);
    saver.schedule({ id: 'c', v: 2 });
    saver.schedule({ id: 'c', v: 3 });
    await vi.advanceTimersByTimeAsync(1000); // interval long past, but v1 is still being written
    expect(io.calls.map((c) => c.v)).toEqual([1]);
    await io.finishNext();
    // the first round took 1 s: the next starts 4 s after the first began, so writing takes at most ~1/4 of the time
    expect(io.calls.map((c) => c.v)).toEqual([1]);
    await vi.advanceTimersByTimeAsync(2990);
    expect(io.calls.map((c) => c.v)).toEqual([1]);
    await vi.advanceTimersByTimeAsync(10);
    expect(io.calls.map((c) => c.v)).toEqual([1, 3]);
    await io.finishNext();
    expect(io.maxActive).toBe(1);
    expect(saver.busy()).toBe(false);
  });

  it('keeps one latest snapshot per conversation id', async () => {
    const saved: Snap[] = [];
    const saver = createThrottledSaver<Snap>(async (s) => void saved.push(s), { intervalMs: 500 });
    saver.schedule({ id: 'a', v: 1 });
    await vi.advanceTimersByTimeAsync(0);
    saver.schedule({ id: 'a', v: 2 });
    saver.schedule({ id: 'b', v: 1 });
    saver.schedule({ id: 'a', v: 3 });
    await vi.advanceTimersByTimeAsync(600);
    expect(saved).toEqual([
      { id: 'a', v: 1 },
      { id: 'a', v: 3 },
      { id: 'b', v: 1 },
    ]);
  });

  it('flush saves the pending snapshot immediately, after the write in progress', async () => {
    const io = controlledSave();
    const saver = createThrottledSaver<Snap>(io.save, { intervalMs: 10_000 });
    saver.schedule({ id: 'c', v: 1 });
    await vi.advanceTimersByTimeAsync(0);
    saver.schedule({ id: 'c', v: 2 });
    let flushed = false;
    const flushing = saver.flush().then(() => (flushed = true));
    await vi.advanceTimersByTimeAsync(0);
    expect(io.calls.map((c) => c.v)).toEqual([1]);
    await io.finishNext();
    expect(io.calls.map((c) => c.v)).toEqual([1, 2]);
    expect(flushed).toBe(false);
    await io.finishNext();
    await flushing;
    expect(flushed).toBe(true);
    expect(io.maxActive).toBe(1);
    // the 10 s timer was cleared: nothing more happens
    await vi.advanceTimersByTimeAsync(20_000);
    expect(io.calls.length).toBe(2);
  });

  it('flush with nothing pending resolves', async () => {
    const save = vi.fn(async () => {});
    const saver = createThrottledSaver<Snap>(save);
    await saver.flush();
    expect(save).not.toHaveBeenCalled();
  });

  it('a failed write keeps its snapshot for the next try and reports it', async () => {
    const errors: unknown[] = [];
    let fail = true;
    const saved: Snap[] = [];
    const saver = createThrottledSaver<Snap>(
      async (s) => {
        if (fail) throw new Error('QuotaExceededError');
        saved.push(s);
      },
      { onError: (e) => errors.push(e) },
    );
    saver.schedule({ id: 'c', v: 1 });
    await vi.advanceTimersByTimeAsync(0);
    expect(errors).toHaveLength(1);
    expect(saver.busy()).toBe(true);
    await vi.advanceTimersByTimeAsync(5000); // no retry storm
    expect(errors).toHaveLength(1);
    await expect(saver.flush()).rejects.toThrow('QuotaExceededError');
    fail = false;
    await saver.flush();
    expect(saved).toEqual([{ id: 'c', v: 1 }]);
  });

  it('a failed write does not resurrect an older snapshot over a newer pending one', async () => {
    const io = controlledSave();
    const saver = createThrottledSaver<Snap>(io.save, { intervalMs: 100, onError: () => {} });
    saver.schedule({ id: 'c', v: 1 });
    await vi.advanceTimersByTimeAsync(0);
    saver.schedule({ id: 'c', v: 2 });
    await io.finishNext(new Error('disk'));
    const done = saver.flush();
    await vi.advanceTimersByTimeAsync(0);
    await io.finishNext();
    await done;
    expect(io.calls.map((c) => c.v)).toEqual([1, 2]);
  });

  it('cancel drops pending snapshots', async () => {
    const saved: Snap[] = [];
    const saver = createThrottledSaver<Snap>(async (s) => void saved.push(s), { intervalMs: 500 });
    saver.schedule({ id: 'a', v: 1 });
    await vi.advanceTimersByTimeAsync(0);
    saver.schedule({ id: 'a', v: 2 });
    saver.schedule({ id: 'b', v: 1 });
    saver.cancel('a');
    await vi.advanceTimersByTimeAsync(600);
    expect(saved).toEqual([
      { id: 'a', v: 1 },
      { id: 'b', v: 1 },
    ]);
  });

  it('uses an injected clock and timer', async () => {
    let clock = 0;
    const timers: Array<{ fn: () => void; at: number }> = [];
    const saved: number[] = [];
    const saver = createThrottledSaver<Snap>(async (s) => void saved.push(s.v), {
      intervalMs: 300,
      now: () => clock,
      setTimeout: (fn, ms) => timers.push({ fn, at: clock + ms }),
      clearTimeout: () => {},
    });
    saver.schedule({ id: 'c', v: 1 });
    await Promise.resolve();
    await Promise.resolve();
    saver.schedule({ id: 'c', v: 2 });
    expect(timers).toHaveLength(1);
    expect(timers[0]?.at).toBe(300);
    clock = 300;
    timers[0]?.fn();
    await Promise.resolve();
    expect(saved).toEqual([1, 2]);
  });
});
