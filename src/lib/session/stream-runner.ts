// Runs turns: owns a new streaming answer, stores the turn, streams the server's events into the answer
// (batched to one update per frame, deltas merged, long bursts sliced so the page stays responsive), and
// when the stream ends however it ends, keeps the answer and saves the conversation. Stops reading as
// soon as the answer or its conversation is deleted. The session shows each newer copy; persistence saves it.
import type { Connection } from '../connections/types.ts';
import type { StreamChatOptions } from '../providers/index.ts';
import type { ChatEvent, ChatRequest } from '../providers/types.ts';
import { applyEvents } from '../conversation/apply-event.ts';
import { hasPieces, splitNodeOf } from '../conversation/pieces.ts';
import { toChatMessages } from '../conversation/branches.ts';
import { refreshLease } from '../conversation/recover.ts';
import { updateNode } from '../conversation/tree.ts';
import type { Conversation } from '../conversation/types.ts';
import { chatsStore } from '../storage/chats-repo.ts';
import { wholeConversation } from '../storage/piece-store.ts';
import { systemClock, type Clock } from './clock.ts';
import { FrameBatcher, coalesceDeltas, type Schedule } from './frame-batcher.ts';
import { FramePacer } from './frame-pacer.ts';
import { pageLeaving } from './page-leaving.ts';
import { Heartbeat, refreshLeases } from './leases.ts';
import type { LiveStreams } from './live-streams.ts';
import type { SessionPersistence } from './persistence.ts';
import type { ModelChoice, NewTurn } from './user-turns.ts';
import { imageUrlsFor, type ReadImage } from './request-images.ts';

/** A stream hands on events one at a time or (the fast path) in batches, one per network chunk. */
export type StreamItem = ChatEvent | readonly ChatEvent[];

/** The events of one stream item. */
export function eventsOf(item: StreamItem): readonly ChatEvent[] {
  return Array.isArray(item) ? (item as readonly ChatEvent[]) : [item as ChatEvent];
}

export interface StreamDeps {
  stream: (c: Connection, r: ChatRequest, o: StreamChatOptions) => AsyncIterable<StreamItem>;
  streamOptions?: (c: Connection) => Partial<StreamChatOptions>;
  /** true once the page is going away: what its streams read then is their teardown (page-leaving.ts) */
  leaving?: () => boolean;
  /** when streamed events are applied (default: once per animation frame) */
  schedule?: Schedule;
}

/** The runner's server, its share of the session around it, and its clock. */
export interface RunnerDeps extends StreamDeps {
  /** this tab, the owner of the answers it streams */
  tabId: string;
  streams: LiveStreams;
  persistence: Pick<SessionPersistence, 'queue' | 'queuePieces' | 'save' | 'isDeleted'>;
  /** `conv` with the texts kept in pieces read back whole, for the request (default: from IndexedDB) */
  whole?: (conv: Conversation) => Promise<Conversation>;
  /** an image's bytes for the request (default: none read, so images are left out) */
  readImage?: ReadImage;
  /** a newer copy of a conversation streamed here (already in `streams`): show it if it is open */
  show(conv: Conversation): void;
  /** the set of answers streaming in this tab changed */
  onStreamingChange(nodeIds: ReadonlySet<string>): void;
  /** an answer streamed here has ended and its conversation is saved (e.g. to name the chat) */
  onAnswered?(conv: Conversation, nodeId: string, choice: ModelChoice): void;
  clock?: Clock;
}

/** The request for the turn that answers the current branch of `conv` (`imageUrls`: attachment id → data: URL). */
export function requestFor(
  conv: Conversation,
  choice: ModelChoice,
  imageUrls: ReadonlyMap<string, string> = new Map(),
): ChatRequest {
  return {
    model: choice.model_id,
    messages: toChatMessages(conv, (a) => imageUrls.get(a.id)),
    ...(conv.params ? { params: conv.params } : {}),
  };
}

/** `conv` with a batch of streamed events folded into answer `nodeId`, whose lease is refreshed. */
export function withStreamed(conv: Conversation, nodeId: string, events: ChatEvent[], now: number): Conversation {
  const next = updateNode(conv, nodeId, (n) => applyEvents(n, coalesceDeltas(events)), now);
  return refreshLease(next, nodeId, now);
}

export class StreamRunner {
  private streaming: ReadonlySet<string> = new Set();
  private readonly streams: LiveStreams;
  private readonly clock: Clock;
  private readonly heartbeat: Heartbeat;

  constructor(private readonly deps: RunnerDeps) {
    this.streams = deps.streams;
    this.clock = deps.clock ?? systemClock;
    this.heartbeat = new Heartbeat(() => {
      for (const next of refreshLeases(this.streams, this.clock.now())) this.showAndQueue(next);
    }, this.clock);
  }

  /**
   * Starts a turn (user-turns.ts): this tab owns its empty streaming answer, which streams in the
   * background. Resolves once the turn is stored. The request does not wait for that store (a save is an
   * IndexedDB read-merge-write, 20–50 ms here, which Send paid before its request); the answer's first
   * text does (run()).
   */
  async start({ conv, answerId: nodeId, requestFrom }: NewTurn, choice: ModelChoice): Promise<void> {
    const owned = updateNode(conv, nodeId, (n) => ({ ...n, lease_owner: this.deps.tabId }));
    const controller = this.streams.begin(owned, nodeId);
    this.deps.show(owned);
    this.setStreaming(new Set([...this.streaming, nodeId]));
    this.heartbeat.start();
    const stored = this.deps.persistence.save(owned);
    void this.run(requestFrom ?? owned, owned.id, nodeId, choice, controller.signal, stored);
    await stored;
  }

  /**
   * Streams the answer `nodeId` of `convId`, asking with `asked` (the conversation, or a continuation's
   * copy). The first text waits for `turnStored`: its journal would queue behind the turn's write, in the
   * same store, and a reload meanwhile aborts both (the answer's first frame was lost).
   */
  private async run(
    asked: Conversation,
    convId: string,
    nodeId: string,
    choice: ModelChoice,
    signal: AbortSignal,
    turnStored: Promise<void>,
  ): Promise<void> {
    const options: StreamChatOptions = { signal, ...this.deps.streamOptions?.(choice.connection) };
    // one state update per frame however fast tokens come: copying the conversation per token is O(n²)
    const batch = new FrameBatcher<ChatEvent>(
      (events) => this.applyStreamed(convId, nodeId, events),
      this.deps.schedule,
    );
    const pacer = new FramePacer();
    const leaving = this.deps.leaving ?? pageLeaving;
    let abandoned = false;
    try {
      // the server needs every earlier answer whole, even one kept in pieces (conversation/pieces.ts)
      const whole = this.deps.whole ?? ((c) => wholeConversation(c, chatsStore));
      const history = hasPieces(asked) ? await whole(asked) : asked;
      const images = this.deps.readImage ? await imageUrlsFor(history, this.deps.readImage) : undefined;
      let first = true;
      for await (const item of this.deps.stream(choice.connection, requestFor(history, choice, images), options)) {
        if (first) {
          first = false;
          await turnStored;
        }
        if (!this.streams.hasAnswer(convId, nodeId)) break; // the answer or its conversation was deleted meanwhile
        if ((abandoned = leaving())) break; // left streaming: the next load marks it interrupted
        batch.push(...eventsOf(item));
        if (pacer.due()) await pacer.pause();
      }
    } finally {
      pacer.stop();
      if (!abandoned) {
        batch.flush();
        const final = await this.finish(convId, nodeId);
        if (final) this.deps.onAnswered?.(final, nodeId, choice);
      }
    }
  }

  private applyStreamed(convId: string, nodeId: string, events: ChatEvent[]): void {
    const current = this.streams.copy(convId);
    if (!current?.nodes[nodeId]) return;
    // a long answer's text moves into pieces as it grows, so no save or render handles all of it again
    const { conv: next, pieces } = splitNodeOf(withStreamed(current, nodeId, events, this.clock.now()), nodeId);
    this.deps.persistence.queuePieces(convId, pieces);
    this.streams.update(next);
    this.showAndQueue(next);
  }

  /** After the last batch: the answer is no longer streamed here, and its conversation is saved (and returned). */
  private async finish(convId: string, nodeId: string): Promise<Conversation | undefined> {
    const { final, idle } = this.streams.finish(nodeId, convId);
    if (idle) this.heartbeat.stop();
    const streaming = new Set(this.streaming);
    streaming.delete(nodeId);
    this.setStreaming(streaming);
    if (final && !this.deps.persistence.isDeleted(convId)) {
      this.deps.show(final);
      await this.deps.persistence.save(final);
      return final;
    }
    return undefined;
  }

  private showAndQueue(conv: Conversation): void {
    this.deps.show(conv);
    this.deps.persistence.queue(conv);
  }

  private setStreaming(nodeIds: ReadonlySet<string>): void {
    this.streaming = nodeIds;
    this.deps.onStreamingChange(nodeIds);
  }
}
