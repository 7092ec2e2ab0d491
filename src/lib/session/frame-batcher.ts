// Batches a stream's events to at most one application per animation frame, and merges runs of
// deltas into one, so a fast server costs one state update (and one render) per frame, not per token.
// Pure except for `nextFrame`, the default scheduler, which uses the browser's frame callbacks.
import type { ChatEvent } from '../providers/types.ts';

/** Runs `run` later; returns a function that cancels it. */
export type Schedule = (run: () => void) => () => void;

/**
 * Fallback when frames stop (a hidden tab gets no animation frames): the answer still moves on and is
 * still saved, at this pace.
 */
const HIDDEN_FALLBACK_MS = 100;

/** The next animation frame, or the fallback timer when no frame comes first. */
export const nextFrame: Schedule = (run) => {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    cancel();
    run();
  };
  const timer = setTimeout(once, typeof requestAnimationFrame === 'function' ? HIDDEN_FALLBACK_MS : 16);
  const frame = typeof requestAnimationFrame === 'function' ? requestAnimationFrame(once) : undefined;
  const cancel = () => {
    clearTimeout(timer);
    if (frame !== undefined) cancelAnimationFrame(frame);
  };
  return () => {
    done = true;
    cancel();
  };
};

/** `events` with each run of adjacent text deltas (and of reasoning deltas) merged into one. */
export function coalesceDeltas(events: readonly ChatEvent[]): ChatEvent[] {
  const out: ChatEvent[] = [];
  for (const event of events) {
    const last = out.at(-1);
    if ((event.type === 'text-delta' || event.type === 'reasoning-delta') && last?.type === event.type) {
      out[out.length - 1] = { type: event.type, text: last.text + event.text };
    } else out.push(event);
  }
  return out;
}

/** Collects items and hands them over in order, at most once per scheduled tick. */
export class FrameBatcher<T> {
  private queue: T[] = [];
  private cancel: (() => void) | undefined;

  constructor(
    private readonly apply: (items: T[]) => void,
    private readonly schedule: Schedule = nextFrame,
  ) {}

  push(...items: readonly T[]): void {
    for (const item of items) this.queue.push(item);
    this.cancel ??= this.schedule(() => {
      this.cancel = undefined;
      this.flush();
    });
  }

  /** Hands over everything queued now (e.g. when the stream ends). */
  flush(): void {
    this.cancel?.();
    this.cancel = undefined;
    if (this.queue.length === 0) return;
    const items = this.queue;
    this.queue = [];
    this.apply(items);
  }
}

/**
 * Resumes after the next frame has been painted (a task posted from the frame callback runs after the
 * paint), so a long run of stream processing lets a frame through instead of running ahead of rendering.
 */
export function yieldToFrame(schedule: Schedule = nextFrame): Promise<void> {
  return new Promise((resolve) => schedule(() => setTimeout(resolve, 0)));
}

/** Lets the browser run other tasks (input, frames) before continuing. */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Splits a long run of synchronous work into tasks of about `budgetMs`: call `maybeYield()` between
 * items; it resolves at once until the budget is spent, then yields to the browser once. A burst of
 * thousands of buffered tokens then never blocks input or frames for long.
 */
export function createTimeSlicer(
  budgetMs: number,
  now: () => number = () => performance.now(),
  yieldNow: () => Promise<void> = yieldToMain,
) {
  let sliceStart = now();
  return {
    /** true when the caller should `await yieldNow()` now (cheap to call per item) */
    due(): boolean {
      return now() - sliceStart >= budgetMs;
    },
    async yield(): Promise<void> {
      await yieldNow();
      sliceStart = now();
    },
  };
}
