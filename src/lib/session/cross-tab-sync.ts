// Keeping the open chat in step with IndexedDB and other tabs: their change notices (chats-channel.ts),
// and the re-read (on open, on a notice, when another tab's lease runs out) that merges what is stored
// with what this tab holds, never dropping this tab's nodes. A stream owned by a dead tab (gone from Web
// Locks, or its lease run out) becomes an interrupted answer, saved at once.
import { mergeConversations, withMetaOf } from '../conversation/merge.ts';
import { recoverConversation } from '../conversation/recover.ts';
import { expireDeadOwners } from '../conversation/stream-owners.ts';
import type { Conversation } from '../conversation/types.ts';
import type { ChatsChannel } from '../storage/chats-channel.ts';
import { getConversation } from '../storage/chats-repo.ts';
import { systemClock, type Clock } from './clock.ts';
import { RecoveryTimer } from './leases.ts';
import type { LiveStreams } from './live-streams.ts';
import type { SessionPersistence } from './persistence.ts';
import { GoneTabWatch, liveTabIds, type LockManagerLike } from './tab-liveness.ts';

/** What the sync needs: storage, other tabs, and from the session the open chat and how to show it. */
export interface SyncDeps {
  channel: Pick<ChatsChannel, 'subscribe'>;
  streams: LiveStreams;
  persistence: Pick<SessionPersistence, 'ready' | 'failed' | 'isDeleted' | 'revive' | 'save'>;
  locks?: LockManagerLike | undefined;
  get?: (id: string) => Promise<Conversation | undefined>;
  clock?: Clock;
  openId(): string | undefined;
  /** what this tab shows now */
  shown(): Conversation | null;
  /** puts a newer copy where it belongs (the live stream's copy, the screen if open) */
  show(conv: Conversation): void;
  /** the open chat does not exist (any more) */
  showMissing(): void;
  /** another tab deleted `id`: stop its streams, never write it again */
  forget(id: string): void;
}

export interface StoredRead {
  stored: Conversation | undefined;
  /** tabs alive now, when Web Locks can tell (only asked when there is a stored record) */
  liveTabs: ReadonlySet<string> | undefined;
}

export class CrossTabSync {
  private readonly recovery: RecoveryTimer;
  private readonly goneTabs: GoneTabWatch;

  constructor(private readonly deps: SyncDeps) {
    this.recovery = new RecoveryTimer((id) => void this.reload(id), deps.clock);
    this.goneTabs = new GoneTabWatch(deps.locks, (id) => void this.reload(id));
    deps.channel.subscribe((change) => {
      if (change.type === 'deleted') return deps.forget(change.id);
      deps.persistence.revive(change.id); // written again elsewhere (an undo or an import): it exists
      if (change.id === deps.openId()) void this.reload(change.id);
    });
  }

  /** A write came back with another tab's newer rename or settings (`stored`): show them here too. */
  showNewerMeta(stored: Conversation): void {
    const shown = this.deps.shown();
    const current = this.deps.streams.copy(stored.id) ?? (shown?.id === stored.id ? shown : null);
    if (current) this.deps.show(withMetaOf(current, stored));
  }

  /** Another chat is opened: a re-read pending for the last one is dropped. */
  cancelRecovery(): void {
    this.recovery.cancel();
    this.goneTabs.cancel();
  }

  /** Re-reads `id` from IndexedDB and merges it with what this tab holds (never dropping local nodes). */
  async reload(id: string): Promise<void> {
    const { streams, persistence } = this.deps;
    let read: StoredRead;
    try {
      await persistence.ready;
      const stored = await (this.deps.get ?? getConversation)(id);
      const liveTabs = stored && this.deps.locks ? await liveTabIds(this.deps.locks) : undefined;
      read = { stored, liveTabs };
    } catch (error) {
      persistence.failed(error); // storage unreadable: keep whatever this tab shows
      return;
    }
    if (this.deps.openId() !== id || persistence.isDeleted(id)) return;
    // everything below is synchronous, so no local change can slip in between the merge and the show
    const shown = this.deps.shown();
    const outcome = mergeStored(read, {
      streamingHere: streams.copy(id),
      shown: shown?.id === id ? shown : null,
      now: (this.deps.clock ?? systemClock).now(),
    });
    if (outcome.kind === 'meta') this.deps.show(outcome.conv);
    if (outcome.kind === 'missing') this.deps.showMissing();
    if (outcome.kind !== 'merged') return;
    this.deps.show(outcome.conv);
    this.recovery.schedule(outcome.conv, (nodeId) => streams.isStreaming(nodeId));
    this.goneTabs.watch(
      id,
      streamOwners(outcome.conv, (nodeId) => streams.isStreaming(nodeId)),
    );
    if (outcome.recovered) await persistence.save(outcome.conv);
  }
}

/** What this tab should do with a stored record it just read. */
export type MergeOutcome =
  /** nothing: this tab's copy stands */
  | { kind: 'keep' }
  /** the chat is gone (deleted elsewhere, or never existed) */
  | { kind: 'missing' }
  /** show `conv`: this tab's streaming copy with another tab's newer rename or settings */
  | { kind: 'meta'; conv: Conversation }
  /** show `conv`, the merge; `recovered`: dead streams were ended in it, so it must be saved */
  | { kind: 'merged'; conv: Conversation; recovered: boolean };

export interface LocalCopies {
  /** this tab's copy when it streams an answer of the conversation */
  streamingHere: Conversation | undefined;
  /** what this tab shows of the conversation, if anything */
  shown: Conversation | null;
  now: number;
}

/** Merges a stored record into what this tab holds. Pure. */
export function mergeStored(
  { stored, liveTabs }: StoredRead,
  { streamingHere, shown, now }: LocalCopies,
): MergeOutcome {
  if (streamingHere) {
    // this tab's copy is ahead on the nodes it streams; only another tab's newer rename or settings count
    if (stored && (stored.meta_rev ?? 0) > (streamingHere.meta_rev ?? 0))
      return { kind: 'meta', conv: withMetaOf(streamingHere, stored) };
    return { kind: 'keep' };
  }
  if (!stored) return shown ? { kind: 'keep' } : { kind: 'missing' }; // shown but not written yet: keep
  const merged = shown ? mergeConversations(stored, shown) : stored;
  const withOwners = liveTabs ? expireDeadOwners(merged, liveTabs) : merged;
  const recovered = recoverConversation(withOwners, now);
  return { kind: 'merged', conv: recovered, recovered: recovered !== withOwners };
}

/** The tabs that stream answers of `conv` (other than those streamed here). */
function streamOwners(conv: Conversation, streamedHere: (nodeId: string) => boolean): string[] {
  return Object.values(conv.nodes)
    .filter((n) => n.status === 'streaming' && n.lease_owner !== undefined && !streamedHere(n.id))
    .map((n) => n.lease_owner as string);
}
