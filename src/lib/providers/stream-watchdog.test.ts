import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startWatchdog } from './stream-watchdog.ts';

beforeEach(() => void vi.useFakeTimers());
afterEach(() => void vi.useRealTimers());

describe('startWatchdog', () => {
  const now = () => Date.now();

  it('allows the long first-token silence, then the shorter idle one once text flows', () => {
    let fired = 0;
    const dog = startWatchdog({ firstTokenMs: 1000, idleMs: 100 }, () => fired++, now);
    vi.advanceTimersByTime(900);
    expect(fired).toBe(0);
    dog.textStarted();
    vi.advanceTimersByTime(99);
    expect(fired).toBe(0);
    vi.advanceTimersByTime(1);
    expect(fired).toBe(1);
    expect([dog.firedAfterMs, dog.firedDuringText]).toEqual([100, true]);
  });

  it('every sign of life restarts the silence; stop() disarms it', () => {
    let fired = 0;
    const dog = startWatchdog({ firstTokenMs: 100, idleMs: 100 }, () => fired++, now);
    for (let i = 0; i < 10; i++) {
      vi.advanceTimersByTime(60);
      dog.alive();
    }
    expect(fired).toBe(0);
    vi.advanceTimersByTime(100);
    expect([fired, dog.firedAfterMs, dog.firedDuringText]).toEqual([1, 100, false]);
    const quiet = startWatchdog({ firstTokenMs: 100, idleMs: 100 }, () => fired++, now);
    quiet.stop();
    vi.advanceTimersByTime(1000);
    expect(fired).toBe(1);
  });

  it('0 means no limit', () => {
    let fired = 0;
    startWatchdog({ firstTokenMs: 0, idleMs: 0 }, () => fired++, now);
    vi.advanceTimersByTime(10_000_000);
    expect(fired).toBe(0);
  });
});
