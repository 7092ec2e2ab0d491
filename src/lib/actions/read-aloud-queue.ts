// The read-aloud queue: chunks are prepared (e.g. fetched as audio) one after another, in order, and
// played in order; while one plays, at most `ahead` more are prepared, so playback starts after the
// first chunk and a long answer never runs far ahead of the listener. A pause holds the next chunk back.

export interface QueueDeps<T> {
  prepare(text: string, signal: AbortSignal): Promise<T>;
  play(item: T, signal: AbortSignal): Promise<void>;
  /** chunks prepared beyond the one playing (default 2) */
  ahead?: number;
  /** resolves when playing may go on (a pause between chunks); default: at once */
  whenResumed?: () => Promise<void>;
  onPlaying?: (index: number) => void;
}

/** Plays every chunk; resolves when done or when `signal` aborts; rejects with the first failure (and stops the rest). */
export async function playQueue<T>(chunks: readonly string[], deps: QueueDeps<T>, signal: AbortSignal): Promise<void> {
  const ahead = deps.ahead ?? 2;
  const inner = new AbortController();
  const onAbort = (): void => inner.abort(signal.reason);
  signal.addEventListener('abort', onAbort, { once: true });
  const items: Array<Promise<T>> = [];
  let chain: Promise<unknown> = Promise.resolve();
  const fill = (upTo: number): void => {
    while (items.length <= upTo && items.length < chunks.length) {
      const text = chunks[items.length] ?? '';
      const item = chain.then(() => {
        if (inner.signal.aborted) throw inner.signal.reason;
        return deps.prepare(text, inner.signal);
      });
      item.catch(() => undefined); // awaited in turn below
      chain = item.catch(() => undefined);
      items.push(item);
    }
  };
  try {
    fill(0);
    for (let i = 0; i < chunks.length; i++) {
      let item: T;
      try {
        item = await items[i]!;
      } catch (error) {
        if (signal.aborted) return;
        throw error;
      }
      fill(i + ahead);
      await deps.whenResumed?.();
      if (signal.aborted) return;
      deps.onPlaying?.(i);
      await deps.play(item, inner.signal);
      if (signal.aborted) return;
    }
  } finally {
    inner.abort();
    signal.removeEventListener('abort', onAbort);
  }
}
