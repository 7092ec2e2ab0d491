// Stops a chat turn whose server goes quiet. Two allowances: a long one until the first text (a local
// model may load from disk and process a long prompt before it says anything) and a shorter one between
// pieces of data once text is flowing. Any bytes from the server count as a sign of life.

/** Silence allowed before the first text or reasoning arrives (includes waiting for the response headers). */
export const DEFAULT_FIRST_TOKEN_TIMEOUT_MS = 300_000;
/** Silence allowed between pieces of data once text is flowing. */
export const DEFAULT_IDLE_TIMEOUT_MS = 120_000;

export interface Watchdog {
  /** bytes (or headers) arrived */
  alive(): void;
  /** the first text or reasoning arrived: from now on the idle allowance applies */
  textStarted(): void;
  stop(): void;
  /** the allowance that ran out, once it has */
  readonly firedAfterMs: number | undefined;
  /** whether text had started when it fired */
  readonly firedDuringText: boolean;
}

/**
 * Calls `onFire` once when the current allowance passes without a sign of life. An allowance of 0 or
 * less (or not finite) means no limit. One timer re-arms itself lazily, so a fast stream costs no timer churn.
 */
export function startWatchdog(
  limits: { firstTokenMs: number; idleMs: number },
  onFire: () => void,
  now: () => number = () => performance.now(),
): Watchdog {
  let last = now();
  let text = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let firedAfterMs: number | undefined;
  let firedDuringText = false;
  let stopped = false;
  const allowance = () => (text ? limits.idleMs : limits.firstTokenMs);
  const limited = (ms: number) => Number.isFinite(ms) && ms > 0;

  const arm = (wait: number) => {
    timer = setTimeout(check, Math.max(0, wait));
  };
  const check = () => {
    timer = undefined;
    if (stopped) return;
    const ms = allowance();
    if (!limited(ms)) return;
    const silent = now() - last;
    if (silent < ms) return arm(ms - silent);
    firedAfterMs = ms;
    firedDuringText = text;
    stopped = true;
    onFire();
  };
  const rearm = () => {
    if (stopped) return;
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    if (limited(allowance())) arm(allowance());
  };
  rearm();

  return {
    alive() {
      last = now();
    },
    textStarted() {
      if (text) return;
      text = true;
      last = now();
      rearm();
    },
    stop() {
      stopped = true;
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
    },
    get firedAfterMs() {
      return firedAfterMs;
    },
    get firedDuringText() {
      return firedDuringText;
    },
  };
}
