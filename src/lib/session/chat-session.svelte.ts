// The open conversation as reactive state, and every user action on it (send, stop, regenerate, edit,
// delete, switch branch, settings). One session serves the whole app, so streams outlive page changes.
// Streams write into IndexedDB at a bounded rate and on finish; other tabs' changes are merged in.
import type { Connection } from '../connections/types.ts';
import { newId } from '../util/new-id.ts';
import { streamChat, type StreamChatOptions } from '../providers/index.ts';
import type { ChatEvent, ChatRequest } from '../providers/types.ts';
import { createChatsChannel, type ChatsChannel } from '../storage/chats-channel.ts';
import { mergeConversations, withMetaOf } from '../conversation/merge.ts';
import { deleteConversation, getConversation, putConversation } from '../storage/chats-repo.ts';
import { classifyStorageError, type StorageProblem } from '../storage/storage-errors.ts';
import { replayJournal, writeJournal } from '../storage/unload-journal.ts';
import { applyEvents } from '../conversation/apply-event.ts';
import { FrameBatcher, coalesceDeltas, createTimeSlicer, type Schedule } from './frame-batcher.ts';
import { STREAM_LEASE_MS, recoverConversation, refreshLease } from '../conversation/recover.ts';
import { createThrottledSaver, type ThrottledSaver } from './save-throttle.ts';
import { expireDeadOwners } from '../conversation/stream-owners.ts';
import { holdTabLock, liveTabIds, type LockManagerLike } from './tab-liveness.ts';
import {
  appendUserMessage,
  createConversation,
  deleteMessage as deleteNode,
  editUserMessage,
  regenerate as regenerateNode,
  renameConversation,
  setConversationSettings,
  startAssistantMessage,
  updateNode,
} from '../conversation/tree.ts';
import { switchBranch as switchTo, toChatMessages } from '../conversation/branches.ts';
import type { ChatSettingsPatch, Conversation } from '../conversation/types.ts';

export interface ModelChoice {
  connection: Connection;
  model_id: string;
}

export interface ChatSessionDeps {
  stream: (c: Connection, r: ChatRequest, o: StreamChatOptions) => AsyncIterable<ChatEvent>;
  streamOptions?: (c: Connection) => Partial<StreamChatOptions>;
  locks?: LockManagerLike;
  /** called after every write of this tab (BroadcastChannel does not echo to the sender) */
  onSaved?: (id: string) => void;
  /** when streamed events are applied (default: once per animation frame) */
  schedule?: Schedule;
}

const SAVE_INTERVAL_MS = 250;
/** Longest run of buffered stream events handled in one task before the page gets a turn. */
const STREAM_SLICE_MS = 8;
/** Keeps leases fresh while a server is silent (long prompt processing), well inside STREAM_LEASE_MS. */
const HEARTBEAT_MS = 5000;
/** After a failed save, how often to try again on its own (storage may have room again). */
export const SAVE_RETRY_MS = 2000;

/** A user action changes conversation-level fields: version them so streaming writes cannot undo it. */
function bumpMeta(conv: Conversation): Conversation {
  return { ...conv, meta_rev: (conv.meta_rev ?? 0) + 1 };
}

export class ChatSession {
  conv = $state.raw<Conversation | null>(null);
  /** node ids of answers this tab is streaming right now */
  streaming = $state.raw<ReadonlySet<string>>(new Set());
  missing = $state(false);
  /** the last failed write, classified: what happened and what the user can do (null while saves work) */
  saveProblem = $state.raw<StorageProblem | null>(null);

  readonly tabId = newId();
  /** per conversation: the last snapshot handed to the saver, and the last one written */
  private readonly scheduled = new Map<string, Conversation>();
  private readonly written = new Map<string, Conversation>();
  private saveTick = $state(0);
  /** conversations with a stream running in this tab: the freshest copy, ahead of IndexedDB */
  private readonly live = new Map<string, Conversation>();
  private readonly controllers = new Map<string, { convId: string; controller: AbortController }>();
  private readonly deleted = new Set<string>();
  private readonly saver: ThrottledSaver<Conversation>;
  private readonly channel: ChatsChannel = createChatsChannel();
  private readonly locksSupported: boolean;
  private openId: string | undefined;
  private recoveryTimer: ReturnType<typeof setTimeout> | undefined;
  private heartbeat: ReturnType<typeof setInterval> | undefined;
  private retryTimer: ReturnType<typeof setInterval> | undefined;
  private readonly deps: ChatSessionDeps;
  /** closed tabs' last snapshots, merged in before this tab reads anything */
  private readonly ready: Promise<unknown>;

  constructor(deps: Partial<ChatSessionDeps> = {}) {
    this.deps = { stream: streamChat, ...deps };
    this.locksSupported = holdTabLock(this.tabId, this.deps.locks);
    this.ready = replayJournal().then(
      (ids) => ids.forEach((id) => this.announce(id)),
      () => undefined, // storage unusable: the first save will say so
    );
    this.saver = createThrottledSaver((c) => this.write(c), {
      intervalMs: SAVE_INTERVAL_MS,
      onError: (error) => this.saveFailed(error),
    });
    this.channel.subscribe((change) => {
      if (change.type === 'deleted') return this.forget(change.id);
      this.deleted.delete(change.id); // written again elsewhere (an undo or an import): it exists
      if (change.id === this.openId) void this.reload(change.id);
    });
  }

  /** Whether everything shown for the open conversation is in IndexedDB. */
  get isSaved(): boolean {
    void this.saveTick;
    const id = this.conv?.id;
    const last = id ? this.scheduled.get(id) : undefined;
    return !last || this.written.get(last.id) === last;
  }

  get isStreaming(): boolean {
    return this.conv !== null && [...this.streaming].some((id) => this.conv?.nodes[id]);
  }

  /** Shows conversation `id` (or an empty new chat when undefined). */
  async open(id: string | undefined): Promise<void> {
    this.openId = id;
    this.missing = false;
    clearTimeout(this.recoveryTimer);
    if (id !== undefined) this.deleted.delete(id); // opened again, e.g. after an import: it exists
    if (id === undefined) {
      this.conv = null;
      return;
    }
    const liveCopy = this.live.get(id);
    if (liveCopy) {
      this.conv = liveCopy;
      return;
    }
    if (this.conv?.id !== id) this.conv = null;
    await this.reload(id);
  }

  /** Re-reads `id` from IndexedDB and merges it with what this tab holds (never dropping local nodes). */
  private async reload(id: string): Promise<void> {
    let stored: Conversation | undefined;
    try {
      await this.ready;
      stored = await getConversation(id);
    } catch (error) {
      this.saveFailed(error); // storage unreadable: keep whatever this tab shows
      return;
    }
    const liveTabs = stored && this.locksSupported ? await liveTabIds(this.deps.locks) : undefined;
    if (this.openId !== id || this.deleted.has(id)) return;
    // everything below is synchronous, so no local change can slip in between the merge and the commit
    const streamingHere = this.live.get(id);
    if (streamingHere) {
      // this tab's copy is ahead on the nodes it streams; only another tab's newer rename or settings count
      if (stored && (stored.meta_rev ?? 0) > (streamingHere.meta_rev ?? 0))
        this.commit(withMetaOf(streamingHere, stored));
      return;
    }
    const local = this.conv?.id === id ? this.conv : null;
    if (!stored) {
      if (local) return; // not written yet
      this.conv = null;
      this.missing = true;
      return;
    }
    const merged = local ? mergeConversations(stored, local) : stored;
    const withOwners = liveTabs ? expireDeadOwners(merged, liveTabs) : merged;
    const recovered = recoverConversation(withOwners, Date.now());
    this.commit(recovered);
    this.scheduleRecovery(recovered);
    if (recovered !== withOwners) await this.persist(recovered);
  }

  /** Without Web Locks, another tab's dead stream is only known dead when its lease runs out. */
  private scheduleRecovery(conv: Conversation): void {
    clearTimeout(this.recoveryTimer);
    const leases = Object.values(conv.nodes)
      .filter((n) => n.status === 'streaming' && !this.controllers.has(n.id) && n.lease_until !== undefined)
      .map((n) => n.lease_until as number);
    if (leases.length === 0) return;
    const wait = Math.max(0, Math.min(...leases) - Date.now()) + 100;
    this.recoveryTimer = setTimeout(() => void this.reload(conv.id), wait);
  }

  /** Sends a user message (starting a new conversation when none is open). Returns the conversation id. */
  async send(text: string, choice: ModelChoice, init: ChatSettingsPatch = {}): Promise<string> {
    const now = Date.now();
    let conv = this.conv ?? createConversation(now, newId(), init);
    conv = setConversationSettings(
      conv,
      { model: { connection_id: choice.connection.id, model_id: choice.model_id } },
      now,
    );
    conv = appendUserMessage(conv, text, { id: newId(), now });
    const userId = conv.current_leaf_id as string;
    const answerId = newId();
    conv = bumpMeta(startAssistantMessage(conv, userId, this.assistantAt(answerId, choice)));
    this.openId = conv.id;
    await this.start(conv, answerId, choice);
    return conv.id;
  }

  async regenerate(assistantId: string, choice: ModelChoice): Promise<void> {
    if (!this.conv) return;
    const answerId = newId();
    await this.start(
      bumpMeta(regenerateNode(this.conv, assistantId, this.assistantAt(answerId, choice))),
      answerId,
      choice,
    );
  }

  async editAndResend(userId: string, text: string, choice: ModelChoice): Promise<void> {
    if (!this.conv) return;
    const now = Date.now();
    let next = editUserMessage(this.conv, userId, text, { id: newId(), now });
    const answerId = newId();
    next = bumpMeta(startAssistantMessage(next, next.current_leaf_id as string, this.assistantAt(answerId, choice)));
    await this.start(next, answerId, choice);
  }

  /** Stops every stream of the open conversation; the partial answers are kept. */
  stop(): void {
    for (const { convId, controller } of this.controllers.values()) if (convId === this.conv?.id) controller.abort();
  }

  async deleteMessage(id: string): Promise<void> {
    const conv = this.conv;
    if (!conv) return;
    const next = bumpMeta(deleteNode(conv, id, Date.now()));
    for (const nodeId of Object.keys(conv.nodes))
      if (!next.nodes[nodeId]) this.controllers.get(nodeId)?.controller.abort();
    await this.act(next);
  }

  async switchBranch(nodeId: string, to: 'prev' | 'next'): Promise<void> {
    if (this.conv) await this.act(bumpMeta(switchTo(this.conv, nodeId, to)));
  }

  async rename(title: string): Promise<void> {
    if (this.conv) await this.act(bumpMeta(renameConversation(this.conv, title, Date.now())));
  }

  async updateSettings(patch: ChatSettingsPatch): Promise<void> {
    if (this.conv) await this.act(bumpMeta(setConversationSettings(this.conv, patch, Date.now())));
  }

  async deleteConversation(id: string): Promise<void> {
    this.forget(id);
    await deleteConversation(id);
    this.channel.post({ type: 'deleted', id });
    this.deps.onSaved?.(id);
  }

  /** Undo of a delete: the conversation comes back as it was. */
  async restoreConversation(conv: Conversation): Promise<void> {
    this.deleted.delete(conv.id);
    await this.persist(conv);
  }

  /**
   * For `pagehide`: puts what is not saved yet where a closing page's write lands (unload-journal.ts).
   * Call synchronously from the event, then flush().
   */
  journalUnsaved(): void {
    const unsaved = new Map<string, Conversation>();
    for (const [id, conv] of this.scheduled) if (this.written.get(id) !== conv) unsaved.set(id, conv);
    for (const [id, conv] of this.live) unsaved.set(id, conv);
    for (const id of this.deleted) unsaved.delete(id);
    void writeJournal([...unsaved.values()], this.tabId).catch(() => undefined);
  }

  /** Saves whatever is pending now (used when the page is hidden or unloads). */
  flush(): Promise<void> {
    return this.saver.flush().catch((error: unknown) => this.saveFailed(error));
  }

  /**
   * Everything this tab holds that may not be in IndexedDB (the open chat first, then unsaved or
   * streaming ones), for a download when storage fails.
   */
  inMemoryConversations(): Conversation[] {
    const byId = new Map<string, Conversation>();
    for (const [id, conv] of this.scheduled)
      if (this.written.get(id) !== conv && !this.deleted.has(id)) byId.set(id, conv);
    for (const [id, conv] of this.live) byId.set(id, conv);
    const open = this.conv;
    if (open) byId.delete(open.id);
    return open ? [open, ...byId.values()] : [...byId.values()];
  }

  /** Shows what went wrong and keeps trying on its own until a write succeeds. */
  private saveFailed(error: unknown): void {
    this.saveProblem = classifyStorageError(error);
    this.retryTimer ??= setInterval(() => {
      if (!this.saver.busy()) return this.saveRecovered();
      void this.flush();
    }, SAVE_RETRY_MS);
  }

  private saveRecovered(): void {
    this.saveProblem = null;
    clearInterval(this.retryTimer);
    this.retryTimer = undefined;
  }

  /** A deleted conversation: stop its streams and never write it again (unless restored). */
  private forget(id: string): void {
    this.deleted.add(id);
    this.saver.cancel(id);
    for (const { convId, controller } of this.controllers.values()) if (convId === id) controller.abort();
    this.live.delete(id);
    if (this.openId === id) {
      this.conv = null;
      this.missing = true;
    }
  }

  private announce(id: string): void {
    this.channel.post({ type: 'changed', id });
    this.deps.onSaved?.(id);
  }

  private assistantAt(id: string, choice: ModelChoice) {
    return {
      id,
      now: Date.now(),
      model_id: choice.model_id,
      connection_id: choice.connection.id,
      connection_name: choice.connection.name,
      lease_until: Date.now() + STREAM_LEASE_MS,
    };
  }

  private commit(conv: Conversation): void {
    if (this.live.has(conv.id)) this.live.set(conv.id, conv);
    if (this.openId === conv.id) this.conv = conv;
  }

  /** Shows and stores the result of a user action at once. */
  private async act(conv: Conversation): Promise<void> {
    this.commit(conv);
    await this.persist(conv);
  }

  /** Stores `conv` through the saver, so writes for one conversation never overlap or reorder. */
  private async persist(conv: Conversation): Promise<void> {
    this.schedule(conv);
    await this.flush();
  }

  private schedule(conv: Conversation): void {
    this.scheduled.set(conv.id, conv);
    this.saveTick++;
    this.saver.schedule(conv);
  }

  private async write(conv: Conversation): Promise<void> {
    if (this.deleted.has(conv.id)) return;
    const merged = await putConversation(conv);
    this.written.set(conv.id, conv);
    this.saveTick++;
    this.saveRecovered();
    this.announce(conv.id);
    // another tab's newer rename or settings won the merge: show them here too
    if ((merged.meta_rev ?? 0) > (conv.meta_rev ?? 0)) {
      const current = this.live.get(conv.id) ?? (this.conv?.id === conv.id ? this.conv : null);
      if (current) this.commit(withMetaOf(current, merged));
    }
  }

  /** Owns the new streaming node, stores the turn, then streams into it. */
  private async start(conv: Conversation, nodeId: string, choice: ModelChoice): Promise<void> {
    const owned = updateNode(conv, nodeId, (n) => ({ ...n, lease_owner: this.tabId }));
    this.live.set(owned.id, owned);
    this.commit(owned);
    const controller = new AbortController();
    this.controllers.set(nodeId, { convId: owned.id, controller });
    this.streaming = new Set([...this.streaming, nodeId]);
    this.heartbeat ??= setInterval(() => this.refreshLeases(), HEARTBEAT_MS);
    await this.persist(owned);
    void this.run(owned, nodeId, choice, controller);
  }

  /** Tells other tabs that this tab's streams are alive even when no token arrived for a while. */
  private refreshLeases(): void {
    for (const [nodeId, { convId }] of this.controllers) {
      const current = this.live.get(convId);
      if (!current) continue;
      const next = refreshLease(current, nodeId, Date.now());
      if (next === current) continue;
      this.live.set(convId, next);
      this.commit(next);
      this.schedule(next);
    }
  }

  private applyStreamed(convId: string, nodeId: string, events: ChatEvent[]): void {
    const current = this.live.get(convId);
    if (!current?.nodes[nodeId]) return;
    let next = updateNode(current, nodeId, (n) => applyEvents(n, coalesceDeltas(events)), Date.now());
    next = refreshLease(next, nodeId, Date.now());
    this.live.set(convId, next);
    this.commit(next);
    this.schedule(next);
  }

  private async run(
    start: Conversation,
    nodeId: string,
    choice: ModelChoice,
    controller: AbortController,
  ): Promise<void> {
    const convId = start.id;
    const request: ChatRequest = {
      model: choice.model_id,
      messages: toChatMessages(start),
      ...(start.params ? { params: start.params } : {}),
    };
    const options: StreamChatOptions = { signal: controller.signal, ...this.deps.streamOptions?.(choice.connection) };
    // one state update per frame however fast tokens come: copying the conversation per token is O(n²)
    const batch = new FrameBatcher<ChatEvent>(
      (events) => this.applyStreamed(convId, nodeId, events),
      this.deps.schedule,
    );
    const slicer = createTimeSlicer(STREAM_SLICE_MS);
    try {
      for await (const event of this.deps.stream(choice.connection, request, options)) {
        if (!this.live.get(convId)?.nodes[nodeId]) break; // the answer or its conversation was deleted meanwhile
        batch.push(event);
        if (slicer.due()) await slicer.yield();
      }
    } finally {
      batch.flush();
      this.controllers.delete(nodeId);
      if (this.controllers.size === 0) {
        clearInterval(this.heartbeat);
        this.heartbeat = undefined;
      }
      const streaming = new Set(this.streaming);
      streaming.delete(nodeId);
      this.streaming = streaming;
      const final = this.live.get(convId);
      const stillLive = [...this.controllers.values()].some((c) => c.convId === convId);
      if (!stillLive) this.live.delete(convId);
      if (final && !this.deleted.has(convId)) {
        this.commit(final);
        await this.persist(final);
      }
    }
  }
}
