// Stream leases seen from a live session: the heartbeat that keeps this tab's leases fresh while a server
// is silent, and the timer that re-reads a conversation when another tab's lease runs out (without Web
// Locks, a dead tab's stream is only known dead then). See conversation/recover.ts for the leases.
import { refreshLease } from '../conversation/recover.ts';
import type { Conversation } from '../conversation/types.ts';
import { systemClock, type Clock } from './clock.ts';
import type { LiveStreams } from './live-streams.ts';

/** Keeps leases fresh while a server is silent (long prompt processing), well inside STREAM_LEASE_MS. */
export const HEARTBEAT_MS = 5000;
/** How long after a lease runs out its conversation is re-read. */
const RECOVERY_MARGIN_MS = 100;

/**
 * Pushes the lease of every answer streaming here forward (updating `streams`); returns the changed
 * copies, in order, for the caller to show and save.
 */
export function refreshLeases(streams: LiveStreams, now: number): Conversation[] {
  const changed: Conversation[] = [];
  for (const [nodeId, convId] of streams.answers()) {
    const current = streams.copy(convId);
    if (!current) continue;
    const next = refreshLease(current, nodeId, now);
    if (next === current) continue;
    streams.update(next);
    changed.push(next);
  }
  return changed;
}

/** Runs `beat` every HEARTBEAT_MS between start() and stop(). */
export class Heartbeat {
  private timer: unknown;

  constructor(
    private readonly beat: () => void,
    private readonly clock: Clock = systemClock,
  ) {}

  start(): void {
    this.timer ??= this.clock.setInterval(this.beat, HEARTBEAT_MS);
  }

  stop(): void {
    this.clock.clearInterval(this.timer);
    this.timer = undefined;
  }
}

/**
 * How long until the first lease of another tab's stream in `conv` runs out (plus a margin), or undefined
 * when it has none. `streamedHere` tells this tab's own answers, which the heartbeat keeps alive.
 */
export function recoveryDelay(
  conv: Conversation,
  streamedHere: (nodeId: string) => boolean,
  now: number,
): number | undefined {
  const leases = Object.values(conv.nodes)
    .filter((n) => n.status === 'streaming' && !streamedHere(n.id) && n.lease_until !== undefined)
    .map((n) => n.lease_until as number);
  if (leases.length === 0) return undefined;
  return Math.max(0, Math.min(...leases) - now) + RECOVERY_MARGIN_MS;
}

/** One pending re-read at a time: scheduling another (or opening another chat) replaces it. */
export class RecoveryTimer {
  private timer: unknown;

  constructor(
    private readonly reread: (convId: string) => void,
    private readonly clock: Clock = systemClock,
  ) {}

  schedule(conv: Conversation, streamedHere: (nodeId: string) => boolean): void {
    this.cancel();
    const wait = recoveryDelay(conv, streamedHere, this.clock.now());
    if (wait === undefined) return;
    this.timer = this.clock.setTimeout(() => this.reread(conv.id), wait);
  }

  cancel(): void {
    this.clock.clearTimeout(this.timer);
    this.timer = undefined;
  }
}
