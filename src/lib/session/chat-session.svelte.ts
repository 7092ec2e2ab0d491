// The open conversation as reactive state, and every user action on it (send, stop, regenerate, edit,
// continue, delete, switch branch, settings). One session serves the whole app, so streams outlive page changes.
// Composes the parts: stream-runner.ts runs turns, persistence.ts saves, cross-tab-sync.ts reads and
// merges what is stored (by other tabs too), user-turns.ts builds the turns; this class holds the state.
import { deleteMessage as deleteNode, renameConversation, setConversationSettings } from '../conversation/tree.ts';
import { switchBranch as switchTo } from '../conversation/branches.ts';
import { setPinned } from '../conversation/pin.ts';
import { setFolder } from '../conversation/folder.ts';
import { deletedBetween, restoreMessages, type DeletedMessages } from '../conversation/restore-messages.ts';
import { copiesForUndo, dropDeleted, dropDeletedPieces } from './deleted-pieces.ts';
import type { ChatSettingsPatch, Conversation } from '../conversation/types.ts';
import { streamChatBatches } from '../providers/index.ts';
import { createChatsChannel } from '../storage/chats-channel.ts';
import type { StorageProblem } from '../storage/storage-errors.ts';
import { chatsStore, getConversation } from '../storage/chats-repo.ts';
import { sweepOrphanPieces } from '../storage/piece-store.ts';
import { newId } from '../util/new-id.ts';
import { nameChat } from './auto-title.ts';
import { CrossTabSync } from './cross-tab-sync.ts';
import { LiveStreams } from './live-streams.ts';
import { SessionPersistence } from './persistence.ts';
import { StoredContent } from './stored-content.ts';
import { StreamRunner, type StreamDeps } from './stream-runner.ts';
import { holdTabLock, type LockManagerLike } from './tab-liveness.ts';
import { toolReplyTurn } from './tool-turns.ts';
import { bumpMeta, continueTurn, editTurn, regenerateTurn, sendTurn } from './user-turns.ts';
import type { ModelChoice, NewImage } from './user-turns.ts';

export type { ModelChoice, NewImage } from './user-turns.ts';

export interface ChatSessionDeps extends StreamDeps {
  locks?: LockManagerLike;
  /** whether to name a chat with the model after its first exchange (auto-title.ts; default off) */
  autoTitle?: () => boolean;
  /** called after every write of this tab (BroadcastChannel does not echo to the sender) */
  onSaved?: (id: string) => void;
}

export class ChatSession {
  conv = $state.raw<Conversation | null>(null);
  /** node ids of answers this tab is streaming right now */
  streaming = $state.raw<ReadonlySet<string>>(new Set());
  missing = $state(false);
  /** the last failed write, classified: what happened and what the user can do (null while saves work) */
  saveProblem = $state.raw<StorageProblem | null>(null);
  /** the last message delete, for its Undo (cleared when another chat opens) */
  deletedMessages = $state.raw<DeletedMessages | null>(null);

  readonly tabId = newId();
  private saveTick = $state(0);
  private readonly streams = new LiveStreams();
  private readonly persistence: SessionPersistence;
  /** long answers' pieces and images' bytes, for the view */
  readonly stored: StoredContent;
  private readonly runner: StreamRunner;
  private readonly sync: CrossTabSync;
  private openId: string | undefined;

  constructor(deps: Partial<ChatSessionDeps> = {}) {
    const { locks, onSaved, autoTitle, ...streamDeps } = deps;
    const channel = createChatsChannel();
    holdTabLock(this.tabId, locks);
    const persistence = (this.persistence = new SessionPersistence({
      tabId: this.tabId,
      channel,
      onSaved,
      onSavedChange: () => this.saveTick++,
      onProblem: (problem) => (this.saveProblem = problem),
      onNewerMeta: (stored) => this.sync.showNewerMeta(stored),
    }));
    this.stored = new StoredContent(persistence);
    // deleted chats leave their pieces for an undo; once closed tabs' journals are in, sweep them
    void persistence.ready.then(() => sweepOrphanPieces(chatsStore)).catch(() => undefined);
    const { streams, tabId } = this;
    this.runner = new StreamRunner({
      stream: streamChatBatches,
      readImage: (convId, id) => this.stored.imageBlob(convId, id),
      ...streamDeps,
      tabId,
      streams,
      persistence,
      show: (conv) => this.show(conv),
      onStreamingChange: (nodeIds) => (this.streaming = nodeIds),
      onAnswered: (conv, nodeId, choice) =>
        void nameChat(conv, nodeId, choice, {
          stream: streamChatBatches,
          ...streamDeps,
          enabled: autoTitle ?? (() => false),
          pieceText: (c, n, i) => this.stored.pieceText(c, n, i),
          setTitle: (id, title) => this.setModelTitle(id, title),
        }),
    });
    this.sync = new CrossTabSync({
      channel,
      streams,
      persistence,
      locks,
      openId: () => this.openId,
      shown: () => this.conv,
      show: (conv) => this.show(conv),
      showMissing: () => this.showMissing(),
      forget: (id) => this.forget(id),
    });
  }

  /** Whether everything shown for the open conversation is in IndexedDB. */
  get isSaved(): boolean {
    void this.saveTick;
    return this.persistence.isSaved(this.conv?.id);
  }

  get isStreaming(): boolean {
    return this.conv !== null && [...this.streaming].some((id) => this.conv?.nodes[id]);
  }

  /** Shows conversation `id` (or an empty new chat when undefined). */
  async open(id: string | undefined): Promise<void> {
    if (id !== this.openId) this.offerUndo(null);
    this.openId = id;
    this.missing = false;
    this.sync.cancelRecovery();
    if (id === undefined) return void (this.conv = null);
    this.persistence.revive(id); // opened again, e.g. after an import: it exists
    const liveCopy = this.streams.copy(id);
    if (liveCopy) return void (this.conv = liveCopy);
    if (this.conv?.id !== id) this.conv = null;
    await this.sync.reload(id);
  }

  /** Sends a user message (a new conversation when none is open): its conversation's id, and when the turn is stored. */
  send(
    text: string,
    choice: ModelChoice,
    init: ChatSettingsPatch = {},
    images: NewImage[] = [],
  ): { id: string; stored: Promise<void> } {
    const attachments = images.map((i) => i.attachment);
    const turn = sendTurn(this.conv, text, choice, $state.snapshot(init), undefined, attachments);
    const blobs = images.map(({ attachment, blob }) => ({ convId: turn.conv.id, id: attachment.id, blob }));
    this.persistence.queueImages(turn.conv.id, blobs);
    this.openId = turn.conv.id;
    return { id: turn.conv.id, stored: this.runner.start(turn, choice) };
  }

  async regenerate(assistantId: string, choice: ModelChoice): Promise<void> {
    if (this.conv) await this.runner.start(regenerateTurn(this.conv, assistantId, choice), choice);
  }

  async editAndResend(userId: string, text: string, choice: ModelChoice): Promise<void> {
    if (this.conv) await this.runner.start(editTurn(this.conv, userId, text, choice), choice);
  }

  /** Continue after Stop or a length cut: the model carries on answer `assistantId`, appending to it. */
  async continueAnswer(assistantId: string, choice: ModelChoice): Promise<void> {
    if (this.conv) await this.runner.start(continueTurn(this.conv, assistantId), choice);
  }

  /** A reply typed to tool call `callId` of answer `assistantId`; the answer streams once every call has one. */
  async replyToTool(assistantId: string, callId: string, text: string, choice: ModelChoice): Promise<void> {
    if (!this.conv) return;
    const turn = toolReplyTurn(this.conv, assistantId, callId, text, choice);
    if (turn.answerId === undefined) await this.showAndSave(turn.conv);
    else await this.runner.start(turn, choice);
  }

  /** Stops every stream of the open conversation; the partial answers are kept. */
  stop(): void {
    this.streams.abort(this.conv?.id);
  }

  async deleteMessage(id: string): Promise<void> {
    const conv = this.conv;
    if (!conv) return;
    const next = bumpMeta(deleteNode(conv, id, Date.now()));
    for (const nodeId of Object.keys(conv.nodes)) if (!next.nodes[nodeId]) this.streams.abortAnswer(nodeId);
    this.offerUndo(deletedBetween(conv, next, id));
    await this.showAndSave(next);
  }

  /** Undo of the last message delete: the messages come back (as new copies, with their pieces) where they were. */
  async undoDeleteMessage(): Promise<void> {
    const deleted = this.deletedMessages;
    this.deletedMessages = null;
    if (!deleted || this.conv?.id !== deleted.conversationId) return dropDeleted(deleted, chatsStore);
    const { copyOf, pieces } = await copiesForUndo(deleted, (c, n, i) => this.stored.pieceText(c, n, i));
    if (this.conv?.id === deleted.conversationId) {
      this.persistence.queuePieces(deleted.conversationId, pieces); // written with the record that counts them
      await this.showAndSave(bumpMeta(restoreMessages(this.conv, deleted, copyOf, Date.now())));
    }
    await dropDeletedPieces(deleted, chatsStore);
  }

  /** Offers the undo of `deleted` (or none); the pieces of what the previous offer held go for good. */
  private offerUndo(deleted: DeletedMessages | null): void {
    const previous = this.deletedMessages;
    this.deletedMessages = deleted;
    if (previous && previous !== deleted) void dropDeleted(previous, chatsStore).catch(() => undefined);
  }

  async switchBranch(nodeId: string, to: 'prev' | 'next'): Promise<void> {
    if (this.conv) await this.showAndSave(bumpMeta(switchTo(this.conv, nodeId, to)));
  }

  async rename(title: string): Promise<void> {
    if (this.conv) await this.showAndSave(bumpMeta(renameConversation(this.conv, title, Date.now())));
  }

  /** Pins or unpins a chat from the list: the open one, one streaming in this tab, or a stored one. */
  setPinned(id: string, pinned: boolean): Promise<void> {
    return this.updateChat(id, (conv) => setPinned(conv, pinned));
  }

  /** Moves a chat of the list into folder `folder` (undefined: out of any). */
  setFolder(id: string, folder: string | undefined): Promise<void> {
    return this.updateChat(id, (conv) => setFolder(conv, folder));
  }

  /** A user's change to any chat's conversation-level fields: the open one, one streaming here, or a stored one. */
  private async updateChat(id: string, change: (conv: Conversation) => Conversation): Promise<void> {
    if (this.conv?.id === id) return this.showAndSave(bumpMeta(change(this.conv)));
    const current = this.streams.copy(id) ?? (await getConversation(id));
    if (current) await this.persistence.save(bumpMeta(change(current)));
  }

  /** The model's title for chat `id`, on its newest copy, unless the user named the chat meanwhile. Not a user
   * action: no meta_rev bump, so a rename in another tab meanwhile wins the merge. */
  private async setModelTitle(id: string, title: string): Promise<void> {
    const live = this.conv?.id === id ? this.conv : this.streams.copy(id);
    const current = live ?? (await getConversation(id));
    if (!current || current.title_is_custom || this.persistence.isDeleted(id)) return;
    const next: Conversation = { ...current, title, title_is_custom: true }; // no meta_rev bump: see above
    if (live) this.show(next);
    await this.persistence.save(next);
  }

  async updateSettings(patch: ChatSettingsPatch): Promise<void> {
    const plain = $state.snapshot(patch);
    if (this.conv) await this.showAndSave(bumpMeta(setConversationSettings(this.conv, plain, Date.now())));
  }

  async deleteConversation(id: string): Promise<void> {
    this.forget(id);
    await this.persistence.remove(id);
  }

  /** Undo of a delete: the conversation comes back as it was. */
  async restoreConversation(conv: Conversation): Promise<void> {
    this.persistence.revive(conv.id);
    await this.persistence.save($state.snapshot(conv) as Conversation); // a copy the UI held may be reactive
  }

  /** For `pagehide`: journals what is not saved yet (unload-journal.ts). Call it synchronously, then flush(). */
  journalUnsaved(): void {
    this.persistence.journal(this.streams.conversations());
  }

  /** The page is hidden or going away (call it synchronously from the event): journal, then save. */
  pageHidden(): Promise<void> {
    this.journalUnsaved();
    return this.flush();
  }

  /** Saves whatever is pending now (used when the page is hidden or unloads). */
  flush(): Promise<void> {
    return this.persistence.flush();
  }

  /** What this tab holds that may not be in IndexedDB (the open chat first), for a download if storage fails. */
  inMemoryConversations(): Conversation[] {
    return this.persistence.notInStorage(this.streams.conversations(), this.conv);
  }

  /** A deleted conversation: stop its streams and never write it again (unless restored). */
  private forget(id: string): void {
    this.persistence.forget(id);
    this.streams.drop(id);
    if (this.openId === id) this.showMissing();
  }

  private showMissing(): void {
    this.conv = null;
    this.missing = true;
  }

  /** Puts a newer copy of a conversation where it belongs: the live stream's copy, and the screen if open. */
  private show(conv: Conversation): void {
    this.streams.update(conv);
    if (this.openId !== conv.id) return;
    this.conv = conv;
    this.missing = false; // deleted, then restored (an undo, here or in another tab)
  }

  /** The result of a user action: shown and saved at once. */
  private async showAndSave(conv: Conversation): Promise<void> {
    this.show(conv);
    await this.persistence.save(conv);
  }
}
