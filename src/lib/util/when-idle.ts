// Runs work when the page is next idle, but not later than `timeoutMs`; where there is no idle callback
// (Safari), soon after.

export function whenIdle(run: () => void, timeoutMs: number): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: timeoutMs });
  else setTimeout(run, 50);
}
