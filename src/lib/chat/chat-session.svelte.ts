// The open conversation as reactive state, and every user action on it (send, stop, regenerate, edit,
// delete, switch branch, settings). Streams write into IndexedDB at a bounded rate, and on finish.
import type { Connection } from '../connections/types.ts';
import { newId } from '../connections/new-id.ts';
import { streamChat, type StreamChatOptions } from '../providers/index.ts';
import type { ChatEvent, ChatParams, ChatRequest } from '../providers/types.ts';
import { createChatsChannel, type ChatsChannel } from '../storage/chats-channel.ts';
import { deleteConversation, getConversation, putConversation } from '../storage/chats-repo.ts';
import { applyEvent } from './apply-event.ts';
import { recoverConversation, refreshLease } from './recover.ts';
import { createThrottledSaver, type ThrottledSaver } from './save-throttle.ts';
import { expireDeadOwners } from './stream-owners.ts';
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
  switchBranch as switchTo,
  toChatMessages,
  updateNode,
} from './tree.ts';
import type { Conversation } from './types.ts';

export interface ModelChoice {
  connection: Connection;
  model_id: string;
}

export interface ChatSessionDeps {
  stream: (c: Connection, r: ChatRequest, o: StreamChatOptions) => AsyncIterable<ChatEvent>;
  streamOptions?: (c: Connection) => Partial<StreamChatOptions>;
  locks?: LockManagerLike;
}

const SAVE_INTERVAL_MS = 500;

export class ChatSession {
  conv = $state.raw<Conversation | null>(null);
  /** node ids of answers this tab is streaming right now */
  streaming = $state.raw<ReadonlySet<string>>(new Set());
  missing = $state(false);

  readonly tabId = newId();
  private readonly live = new Map<string, Conversation>();
  private readonly controllers = new Map<string, AbortController>();
  private readonly saver: ThrottledSaver<Conversation>;
  private readonly channel: ChatsChannel = createChatsChannel();
  private readonly locksSupported: boolean;
  private openId: string | undefined;
  private readonly deps: ChatSessionDeps;

  constructor(deps: Partial<ChatSessionDeps> = {}) {
    this.deps = { stream: streamChat, ...deps };
    this.locksSupported = holdTabLock(this.tabId, this.deps.locks);
    this.saver = createThrottledSaver((c) => this.write(c), { intervalMs: SAVE_INTERVAL_MS });
    this.channel.subscribe((change) => {
      if (change.type === 'deleted') this.saver.cancel(change.id);
      if (change.id !== this.openId || this.live.has(change.id)) return;
      if (change.type === 'deleted') {
        this.conv = null;
        this.missing = true;
      } else void this.reload(change.id);
    });
  }

  get isStreaming(): boolean {
    return this.conv !== null && [...this.streaming].some((id) => this.conv?.nodes[id]);
  }

  /** Shows conversation `id` (or an empty new chat when undefined). */
  async open(id: string | undefined): Promise<void> {
    this.openId = id;
    this.missing = false;
    if (id === undefined) {
      this.conv = null;
      return;
    }
    const liveCopy = this.live.get(id);
    if (liveCopy) {
      this.conv = liveCopy;
      return;
    }
    await this.reload(id);
  }

  private async reload(id: string): Promise<void> {
    const stored = await getConversation(id);
    if (this.openId !== id) return;
    if (!stored) {
      this.conv = null;
      this.missing = true;
      return;
    }
    const liveTabs = this.locksSupported ? await liveTabIds(this.deps.locks) : undefined;
    const withOwners = liveTabs ? expireDeadOwners(stored, liveTabs) : stored;
    const recovered = recoverConversation(withOwners, Date.now());
    if (this.openId !== id) return;
    this.conv = recovered;
    if (recovered !== stored) await this.write(recovered);
  }

  /** Sends a user message (starting a new conversation when none is open). Returns the conversation id. */
  async send(text: string, choice: ModelChoice, init: { system_prompt?: string; params?: ChatParams } = {}): Promise<string> {
    const now = Date.now();
    let conv = this.conv ?? createConversation(now, newId(), init);
    conv = setConversationSettings(conv, { model: { connection_id: choice.connection.id, model_id: choice.model_id } }, now);
    conv = appendUserMessage(conv, text, { id: newId(), now });
    const userId = conv.current_leaf_id as string;
    const answerId = newId();
    conv = startAssistantMessage(conv, userId, this.assistantAt(answerId, choice));
    this.openId = conv.id;
    this.conv = conv;
    await this.write(conv);
    void this.run(conv.id, answerId, choice);
    return conv.id;
  }

  async regenerate(assistantId: string, choice: ModelChoice): Promise<void> {
    const conv = this.conv;
    if (!conv) return;
    const answerId = newId();
    this.commit(regenerateNode(conv, assistantId, this.assistantAt(answerId, choice)));
    await this.saveNow();
    void this.run(conv.id, answerId, choice);
  }

  async editAndResend(userId: string, text: string, choice: ModelChoice): Promise<void> {
    const conv = this.conv;
    if (!conv) return;
    const now = Date.now();
    let next = editUserMessage(conv, userId, text, { id: newId(), now });
    const answerId = newId();
    next = startAssistantMessage(next, next.current_leaf_id as string, this.assistantAt(answerId, choice));
    this.commit(next);
    await this.saveNow();
    void this.run(conv.id, answerId, choice);
  }

  /** Stops every stream of the open conversation; the partial answers are kept. */
  stop(): void {
    for (const [nodeId, controller] of this.controllers) if (this.conv?.nodes[nodeId]) controller.abort();
  }

  async deleteMessage(id: string): Promise<void> {
    if (!this.conv) return;
    this.controllers.get(id)?.abort();
    this.commit(deleteNode(this.conv, id, Date.now()));
    await this.saveNow();
  }

  async switchBranch(nodeId: string, to: 'prev' | 'next'): Promise<void> {
    if (!this.conv) return;
    this.commit(switchTo(this.conv, nodeId, to));
    await this.saveNow();
  }

  async rename(title: string): Promise<void> {
    if (!this.conv) return;
    this.commit(renameConversation(this.conv, title, Date.now()));
    await this.saveNow();
  }

  async updateSettings(patch: { system_prompt?: string; params?: ChatParams }): Promise<void> {
    if (!this.conv) return;
    this.commit(setConversationSettings(this.conv, patch, Date.now()));
    await this.saveNow();
  }

  async deleteConversation(id: string): Promise<void> {
    this.saver.cancel(id);
    await deleteConversation(id);
    this.channel.post({ type: 'deleted', id });
    if (this.openId === id) {
      this.conv = null;
      this.openId = undefined;
    }
  }

  /** Saves whatever is pending now (used on pagehide). */
  flush(): Promise<void> {
    return this.saver.flush();
  }

  private assistantAt(id: string, choice: ModelChoice) {
    return {
      id,
      now: Date.now(),
      model_id: choice.model_id,
      connection_id: choice.connection.id,
      connection_name: choice.connection.name,
      lease_until: Date.now() + 15_000,
    };
  }

  private commit(conv: Conversation): void {
    if (this.live.has(conv.id)) this.live.set(conv.id, conv);
    if (this.openId === conv.id) this.conv = conv;
  }

  private async saveNow(): Promise<void> {
    if (!this.conv) return;
    this.saver.schedule(this.conv);
    await this.saver.flush();
  }

  private async write(conv: Conversation): Promise<void> {
    await putConversation(conv);
    this.channel.post({ type: 'changed', id: conv.id });
  }

  private async run(convId: string, nodeId: string, choice: ModelChoice): Promise<void> {
    const start = this.live.get(convId) ?? this.conv;
    if (!start || start.id !== convId) return;
    const owned = updateNode(start, nodeId, (n) => ({ ...n, lease_owner: this.tabId }));
    this.live.set(convId, owned);
    this.commit(owned);
    const controller = new AbortController();
    this.controllers.set(nodeId, controller);
    this.streaming = new Set([...this.streaming, nodeId]);
    const messages = toChatMessages(owned);
    const request: ChatRequest = { model: choice.model_id, messages, ...(owned.params ? { params: owned.params } : {}) };
    const options: StreamChatOptions = { signal: controller.signal, ...this.deps.streamOptions?.(choice.connection) };
    try {
      for await (const event of this.deps.stream(choice.connection, request, options)) {
        const current = this.live.get(convId);
        if (!current?.nodes[nodeId]) break; // deleted while streaming
        let next = updateNode(current, nodeId, (n) => applyEvent(n, event), Date.now());
        next = refreshLease(next, nodeId, Date.now());
        this.live.set(convId, next);
        this.commit(next);
        this.saver.schedule(next);
      }
    } finally {
      this.controllers.delete(nodeId);
      const streaming = new Set(this.streaming);
      streaming.delete(nodeId);
      this.streaming = streaming;
      const final = this.live.get(convId);
      if (![...this.controllers.keys()].some((id) => final?.nodes[id])) this.live.delete(convId);
      if (final) {
        this.commit(final);
        this.saver.schedule(final);
        await this.saver.flush();
      }
    }
  }
}
