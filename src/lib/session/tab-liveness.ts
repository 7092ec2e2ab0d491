// Which tabs are alive, via the Web Locks API: each tab holds a lock named after its id for as long
// as it lives, so a reloaded or closed tab's streams can be told apart from a live tab's at once
// (the lease alone would keep a dead stream "live" for STREAM_LEASE_MS after a reload). Another tab can
// wait for that lock: it is granted the moment the tab is gone.

const PREFIX = 'switchboard-tab:';

export interface LockManagerLike {
  request(name: string, options: { signal?: AbortSignal }, callback: () => Promise<void>): Promise<unknown>;
  query(): Promise<{ held?: { name?: string }[] }>;
}

/** Holds this tab's lock until the page goes away. Returns false when Web Locks are unavailable. */
export function holdTabLock(tabId: string, locks: LockManagerLike | undefined): boolean {
  if (!locks) return false;
  void locks.request(PREFIX + tabId, {}, () => new Promise<void>(() => {}));
  return true;
}

/**
 * Resolves true once tab `tabId` is gone (its lock is granted to us, and let go at once), false when
 * `signal` aborts first or the request fails.
 */
export function whenTabGone(tabId: string, locks: LockManagerLike, signal: AbortSignal): Promise<boolean> {
  return locks
    .request(PREFIX + tabId, { signal }, async () => {})
    .then(
      () => !signal.aborted,
      () => false,
    );
}

/**
 * Calls `onGone(convId)` the moment any of the tabs streaming into conversation `convId` goes away (a
 * reload, a close, a crash), so their answers are known interrupted then, not when their lease runs out.
 * One conversation is watched at a time: watch() again or cancel() drops the last watch.
 */
export class GoneTabWatch {
  private controller: AbortController | undefined;
  /** what the running watch waits for: a change notice from the same stream keeps it, not restart it */
  private watching = '';

  constructor(
    private readonly locks: LockManagerLike | undefined,
    private readonly onGone: (convId: string) => void,
  ) {}

  watch(convId: string, owners: Iterable<string>): void {
    const tabs = [...new Set(owners)].sort();
    const key = JSON.stringify([convId, tabs]);
    if (this.controller && key === this.watching) return;
    this.cancel();
    if (!this.locks || tabs.length === 0) return;
    const controller = (this.controller = new AbortController());
    this.watching = key;
    for (const tab of tabs)
      void whenTabGone(tab, this.locks, controller.signal).then((gone) => {
        if (!gone || controller.signal.aborted) return;
        this.cancel();
        this.onGone(convId);
      });
  }

  cancel(): void {
    this.controller?.abort();
    this.controller = undefined;
    this.watching = '';
  }
}

/** Ids of tabs that currently hold their lock, or undefined when that cannot be known. */
export async function liveTabIds(locks: LockManagerLike | undefined): Promise<Set<string> | undefined> {
  if (!locks) return undefined;
  try {
    const state = await locks.query();
    const ids = (state.held ?? [])
      .map((l) => l.name ?? '')
      .filter((n) => n.startsWith(PREFIX))
      .map((n) => n.slice(PREFIX.length));
    return new Set(ids);
  } catch {
    return undefined;
  }
}
