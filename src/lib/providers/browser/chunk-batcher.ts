// Posts the engine's chunks in batches: the first at once (the first token shows without delay), then at most
// one batch per interval, so a fast model never floods the page with one message per token.

export interface ChunkBatcher<T> {
  push(item: T): void;
  /** posts what is waiting now (the answer ended) */
  flush(): void;
}

export interface BatcherClock {
  now(): number;
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const realClock: BatcherClock = {
  now: () => performance.now(),
  setTimeout: (run, ms) => setTimeout(run, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** About one frame. */
export const BATCH_INTERVAL_MS = 16;

export function createChunkBatcher<T>(
  post: (items: T[]) => void,
  interval = BATCH_INTERVAL_MS,
  clock: BatcherClock = realClock,
): ChunkBatcher<T> {
  let waiting: T[] = [];
  let lastPost = -Infinity;
  let timer: unknown;

  function flush(): void {
    if (timer !== undefined) clock.clearTimeout(timer);
    timer = undefined;
    if (waiting.length === 0) return;
    const items = waiting;
    waiting = [];
    lastPost = clock.now();
    post(items);
  }

  return {
    push(item: T): void {
      waiting.push(item);
      if (timer !== undefined) return;
      const wait = lastPost + interval - clock.now();
      if (wait <= 0) flush();
      else timer = clock.setTimeout(flush, wait);
    },
    flush,
  };
}
