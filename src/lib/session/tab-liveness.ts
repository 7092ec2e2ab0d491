// Which tabs are alive, via the Web Locks API: each tab holds a lock named after its id for as long
// as it lives, so a reloaded or closed tab's streams can be told apart from a live tab's at once
// (the lease alone would keep a dead stream "live" for STREAM_LEASE_MS after a reload).

const PREFIX = 'switchboard-tab:';

export interface LockManagerLike {
  request(name: string, callback: () => Promise<void>): Promise<unknown>;
  query(): Promise<{ held?: { name?: string }[] }>;
}

/** Holds this tab's lock until the page goes away. Returns false when Web Locks are unavailable. */
export function holdTabLock(tabId: string, locks: LockManagerLike | undefined): boolean {
  if (!locks) return false;
  void locks.request(PREFIX + tabId, () => new Promise<void>(() => {}));
  return true;
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
