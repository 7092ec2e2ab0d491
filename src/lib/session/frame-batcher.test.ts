import { describe, expect, it, vi } from 'vitest';
import type { ChatEvent } from '../providers/types.ts';
import { FrameBatcher, coalesceDeltas, createTimeSlicer, nextFrame, type Schedule } from './frame-batcher.ts';

const REQUEST = { method: 'POST', url: 'http://127.0.0.1:1/v1/chat/completions', headers: {} };

/** A scheduler the test advances by hand. */
function manualFrames(): { schedule: Schedule; tick: () => void; pending: () => number } {
  let queued: Array<() => void> = [];
  return {
    schedule: (run) => {
      queued.push(run);
      return () => (queued = queued.filter((r) => r !== run));
    },
    tick: () => {
      const runs = queued;
      queued = [];
      for (const run of runs) run();
    },
    pending: () => queued.length,
  };
}

describe('coalesceDeltas', () => {
  it('merges runs of text and of reasoning deltas, keeping order and other events', () => {
    const events: ChatEvent[] = [
      { type: 'start', request: REQUEST, warnings: [] },
      { type: 'reasoning-delta', text: 'th' },
      { type: 'reasoning-delta', text: 'ink' },
      { type: 'text-delta', text: 'Hel' },
      { type: 'text-delta', text: 'lo' },
      { type: 'reasoning-delta', text: '!' },
      { type: 'text-delta', text: ' world' },
      { type: 'finish', reason: { unified: 'stop' } },
    ];
    expect(coalesceDeltas(events)).toEqual([
      { type: 'start', request: REQUEST, warnings: [] },
      { type: 'reasoning-delta', text: 'think' },
      { type: 'text-delta', text: 'Hello' },
      { type: 'reasoning-delta', text: '!' },
      { type: 'text-delta', text: ' world' },
      { type: 'finish', reason: { unified: 'stop' } },
    ]);
  });

  it('does not change the events it was given', () => {
    const events: ChatEvent[] = [
      { type: 'text-delta', text: 'a' },
      { type: 'text-delta', text: 'b' },
    ];
    coalesceDeltas(events);
    expect(events).toEqual([
      { type: 'text-delta', text: 'a' },
      { type: 'text-delta', text: 'b' },
    ]);
  });
});

describe('FrameBatcher', () => {
  it('applies everything pushed before a tick once, in order', () => {
    const frames = manualFrames();
    const applied: number[][] = [];
    const batcher = new FrameBatcher<number>((items) => applied.push(items), frames.schedule);
    for (let i = 0; i < 100; i++) batcher.push(i);
    expect(applied).toEqual([]);
    expect(frames.pending()).toBe(1);
    frames.tick();
    expect(applied).toEqual([Array.from({ length: 100 }, (_, i) => i)]);
    batcher.push(100);
    frames.tick();
    expect(applied).toEqual([Array.from({ length: 100 }, (_, i) => i), [100]]);
  });

  it('does nothing on a tick with nothing queued', () => {
    const frames = manualFrames();
    const apply = vi.fn();
    new FrameBatcher<number>(apply, frames.schedule);
    frames.tick();
    expect(apply).not.toHaveBeenCalled();
  });

  it('flush hands over at once and cancels the scheduled tick', () => {
    const frames = manualFrames();
    const applied: string[][] = [];
    const batcher = new FrameBatcher<string>((items) => applied.push(items), frames.schedule);
    batcher.push('a');
    batcher.push('b');
    batcher.flush();
    expect(applied).toEqual([['a', 'b']]);
    expect(frames.pending()).toBe(0);
    batcher.flush();
    expect(applied).toEqual([['a', 'b']]);
  });
});

describe('nextFrame', () => {
  it('falls back to a timer where there are no animation frames, and can be cancelled', () => {
    vi.useFakeTimers();
    try {
      const run = vi.fn();
      nextFrame(run);
      const cancelled = vi.fn();
      nextFrame(cancelled)();
      vi.advanceTimersByTime(200);
      expect(run).toHaveBeenCalledTimes(1);
      expect(cancelled).not.toHaveBeenCalled();
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('createTimeSlicer', () => {
  it('asks for a yield once the budget is spent, and starts a new slice after it', async () => {
    let clock = 0;
    const yields: number[] = [];
    const slicer = createTimeSlicer(
      8,
      () => clock,
      async () => void yields.push(clock),
    );
    clock = 7;
    expect(slicer.due()).toBe(false);
    clock = 8;
    expect(slicer.due()).toBe(true);
    await slicer.yield();
    expect(yields).toEqual([8]);
    expect(slicer.due()).toBe(false);
    clock = 15;
    expect(slicer.due()).toBe(false);
    clock = 16;
    expect(slicer.due()).toBe(true);
  });
});
