import { describe, expect, it } from 'vitest';
import { createChunkBatcher, type BatcherClock } from './chunk-batcher.ts';

function fakeClock() {
  let now = 0;
  const timers: { at: number; run: () => void; id: number }[] = [];
  let nextId = 1;
  const clock: BatcherClock = {
    now: () => now,
    setTimeout: (run, ms) => {
      const id = nextId++;
      timers.push({ at: now + ms, run, id });
      return id;
    },
    clearTimeout: (id) => {
      const i = timers.findIndex((t) => t.id === id);
      if (i >= 0) timers.splice(i, 1);
    },
  };
  const advance = (ms: number) => {
    now += ms;
    for (const t of timers.filter((x) => x.at <= now)) {
      timers.splice(timers.indexOf(t), 1);
      t.run();
    }
  };
  return { clock, advance, pending: () => timers.length };
}

describe('createChunkBatcher', () => {
  it('posts the first item at once, then at most one batch per interval', () => {
    const { clock, advance } = fakeClock();
    const posts: number[][] = [];
    const batcher = createChunkBatcher<number>((items) => posts.push(items), 16, clock);
    batcher.push(1);
    expect(posts).toEqual([[1]]);
    for (let i = 2; i <= 6; i++) {
      advance(2);
      batcher.push(i);
    }
    expect(posts).toEqual([[1]]);
    advance(6); // 16 ms after the first post
    expect(posts).toEqual([[1], [2, 3, 4, 5, 6]]);
  });

  it('a hundred tokens within one interval reach the page as one message', () => {
    const { clock, advance } = fakeClock();
    const posts: number[][] = [];
    const batcher = createChunkBatcher<number>((items) => posts.push(items), 16, clock);
    batcher.push(0);
    for (let i = 1; i <= 100; i++) batcher.push(i);
    advance(16);
    expect(posts).toHaveLength(2);
    expect(posts[1]).toHaveLength(100);
  });

  it('flush posts what waits and cancels the timer; an empty flush posts nothing', () => {
    const { clock, advance, pending } = fakeClock();
    const posts: string[][] = [];
    const batcher = createChunkBatcher<string>((items) => posts.push(items), 16, clock);
    batcher.flush();
    expect(posts).toEqual([]);
    batcher.push('a');
    batcher.push('b');
    expect(pending()).toBe(1);
    batcher.flush();
    expect(posts).toEqual([['a'], ['b']]);
    expect(pending()).toBe(0);
    advance(100);
    expect(posts).toHaveLength(2);
  });
});
