// Throttled, serialised saving of conversation snapshots while tokens stream in. Keeps only the latest
// snapshot per conversation id, starts at most one write round per interval (longer when rounds are slow,
// so a huge answer does not keep the page busy writing), never runs two writes at
// once (so an older snapshot can never land after a newer one), and flushes on demand. Clock injectable.

export interface ThrottledSaverOptions {
  intervalMs?: number;
  setTimeout?: (callback: () => void, ms: number) => unknown;
  clearTimeout?: (handle: unknown) => void;
  now?: () => number;
  /** failures of background (scheduled) writes; the failed snapshot stays pending for the next try */
  onError?: (error: unknown) => void;
}

export interface ThrottledSaver<T> {
  /** Remember `value` as the latest snapshot of its conversation and save it soon. */
  schedule(value: T): void;
  /** Wait for any write in progress, then save everything pending now. Rejects if that save fails. */
  flush(): Promise<void>;
  /** Forget pending snapshots (e.g. the conversation was deleted); a write in progress still finishes. */
  cancel(id?: string): void;
  /** true while a snapshot is pending or being written (e.g. to warn before unload) */
  busy(): boolean;
}

export function createThrottledSaver<T extends { id: string }>(
  save: (value: T) => Promise<void>,
  options: ThrottledSaverOptions = {},
): ThrottledSaver<T> {
  const intervalMs = options.intervalMs ?? 500;
  const setTimer = options.setTimeout ?? ((callback, ms) => globalThis.setTimeout(callback, ms));
  const clearTimer =
    options.clearTimeout ?? ((handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>));
  const now = options.now ?? (() => Date.now());
  const onError = options.onError ?? (() => {});

  const pending = new Map<string, T>();
  let timer: unknown;
  let hasTimer = false;
  let writing: Promise<void> | undefined;
  let lastStart = -Infinity;
  /** how long the last round took: big conversations take long to write, so rounds are spaced by it */
  let lastDuration = 0;

  function stopTimer(): void {
    if (hasTimer) clearTimer(timer);
    hasTimer = false;
  }

  /** One round: writes every pending snapshot in turn; a failed one is re-queued unless superseded. */
  function startRound(): Promise<void> {
    const batch = [...pending.values()];
    pending.clear();
    lastStart = now();
    const round = (async () => {
      const started = now();
      let firstError: unknown;
      let failed = false;
      for (const value of batch) {
        try {
          await save(value);
        } catch (error) {
          if (!pending.has(value.id)) pending.set(value.id, value);
          if (!failed) firstError = error;
          failed = true;
        }
      }
      lastDuration = now() - started;
      if (failed) throw firstError;
    })();
    writing = round.then(
      () => {
        writing = undefined;
        kick();
      },
      (error: unknown) => {
        writing = undefined;
        // No automatic retry loop: the next schedule() or flush() tries again.
        onError(error);
      },
    );
    return round;
  }

  function kick(): void {
    if (writing || hasTimer || pending.size === 0) return;
    // at most about a quarter of the time goes to writing, however large the conversation grows
    const wait = lastStart + Math.max(intervalMs, 4 * lastDuration) - now();
    if (wait <= 0) {
      void startRound().catch(() => {});
      return;
    }
    hasTimer = true;
    timer = setTimer(() => {
      hasTimer = false;
      kick();
    }, wait);
  }

  return {
    schedule(value) {
      pending.set(value.id, value);
      kick();
    },
    async flush() {
      stopTimer();
      while (writing) await writing;
      stopTimer();
      if (pending.size > 0) await startRound();
    },
    cancel(id) {
      if (id === undefined) pending.clear();
      else pending.delete(id);
      if (pending.size === 0) stopTimer();
    },
    busy() {
      return pending.size > 0 || writing !== undefined;
    },
  };
}
