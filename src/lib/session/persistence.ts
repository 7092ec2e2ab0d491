// Saving a live chat's conversations to IndexedDB, and what the session needs to know about it: what is
// saved, what went wrong, what was deleted, what a closing page must hand to the unload journal.
// The saving vocabulary (nothing else writes a conversation):
//   queue(conv)  remember `conv` as the latest snapshot of its conversation; it is written within
//                SAVE_INTERVAL_MS (throttled, for streamed tokens and lease refreshes).
//   save(conv)   queue it, then write everything queued now and wait (user actions, the end of a turn).
//   flush()      write everything queued now and wait (page hidden or closing, retries).
//   journal(…)   put what is not written yet under this tab's journal keys (unload-journal.ts), a blind put
//                that lands even when the page goes away at once. queue() journals by itself, at once and then
//                at most every JOURNAL_INTERVAL_MS while anything is unwritten, in the same task as the
//                snapshot (a busy page runs no timer during a burst, and a save's read-merge-write then
//                takes longer than a reload gives it). Every save(), and the first snapshot after one or
//                after all was written, journal at once; the page journals again when hidden and on pagehide.
// A write is one putConversation (a merge with what other tabs stored); writes of one conversation never
// overlap or reorder (save-throttle.ts). A conversation is *saved* when the last snapshot queued for it has
// been written. save() and flush() never reject: a failed write (or read) becomes `problem`; what is
// pending is retried every SAVE_RETRY_MS, and the problem clears once a write succeeds or nothing is left
// pending. forget(id) marks a deleted conversation: nothing of it is written again until revive(id)
// (restored, opened again, or written by another tab).
import type { PieceText } from '../conversation/pieces.ts';
import type { Conversation } from '../conversation/types.ts';
import type { AttachmentBlob } from '../storage/attachment-store.ts';
import type { ChatsChannel } from '../storage/chats-channel.ts';
import { deleteConversation, putConversation } from '../storage/chats-repo.ts';
import { classifyStorageError, type StorageProblem } from '../storage/storage-errors.ts';
import { dropJournal, replayJournal, writeJournal } from '../storage/unload-journal.ts';
import { systemClock, type Clock } from './clock.ts';
import { createThrottledSaver, type ThrottledSaver } from './save-throttle.ts';
import { PendingPieces } from './pending-pieces.ts';

export const SAVE_INTERVAL_MS = 250;
/** After a failed save, how often to try again on its own (storage may have room again). */
export const SAVE_RETRY_MS = 2000;
/** While something is unwritten, the journal is at most this far behind what was queued (shown). */
export const JOURNAL_INTERVAL_MS = 100;

export interface PersistenceDeps {
  tabId: string;
  channel: Pick<ChatsChannel, 'post'>;
  /** called after every write of this tab (BroadcastChannel does not echo to the sender) */
  onSaved?: (id: string) => void;
  /** what isSaved() answers may have changed */
  onSavedChange?: () => void;
  onProblem?: (problem: StorageProblem | null) => void;
  /** a write came back carrying another tab's newer rename or settings (`stored` is the merged record) */
  onNewerMeta?: (stored: Conversation) => void;
  put?: (conv: Conversation, pieces: readonly PieceText[], images: readonly AttachmentBlob[]) => Promise<Conversation>;
  remove?: (id: string) => Promise<void>;
  replay?: () => Promise<string[]>;
  writeJournal?: (
    convs: readonly Conversation[],
    tabId: string,
    pieces: readonly PieceText[],
    images: readonly AttachmentBlob[],
  ) => Promise<void>;
  dropJournal?: (convIds: readonly string[], tabId: string) => Promise<void>;
  clock?: Clock;
}

export class SessionPersistence {
  /** closed tabs' journalled snapshots, merged in before this tab reads anything */
  readonly ready: Promise<unknown>;
  problem: StorageProblem | null = null;
  /** per conversation: the last snapshot queued, and the last one written */
  private readonly queued = new Map<string, Conversation>();
  private readonly written = new Map<string, Conversation>();
  private readonly deleted = new Set<string>();
  /** pieces cut from long answers and not written yet: they go with the next journal or write */
  private readonly pieces = new PendingPieces();
  /** image bytes of sent messages not written yet: they go with the next write of their conversation */
  private readonly images = new Map<string, AttachmentBlob[]>();
  private readonly saver: ThrottledSaver<Conversation>;
  private readonly clock: Clock;
  private retryTimer: unknown;
  private journalTimer: unknown;
  private lastJournal = -Infinity;
  /** conversations with a journal entry of this tab that may be stale (dropped once written or deleted) */
  private readonly journalled = new Set<string>();
  /** image bytes a journal write has put in IndexedDB already (or is putting) */
  private readonly journalledImages = new WeakSet<AttachmentBlob>();

  constructor(private readonly deps: PersistenceDeps) {
    this.clock = deps.clock ?? systemClock;
    this.ready = (deps.replay ?? replayJournal)().then(
      (ids) => ids.forEach((id) => this.announce(id)),
      () => undefined, // storage unusable: the first save will say so
    );
    this.saver = createThrottledSaver((c) => this.write(c), {
      intervalMs: SAVE_INTERVAL_MS,
      onError: (error) => this.failed(error),
      setTimeout: this.clock.setTimeout,
      clearTimeout: this.clock.clearTimeout,
      now: this.clock.now,
    });
  }

  queue(conv: Conversation): void {
    // journalled before the save is scheduled: a save due at once then leaves the pieces to the journal
    this.queued.set(conv.id, conv);
    this.journalSoon();
    this.remember(conv);
  }

  /** Call before queue(conv) when `conv` counts pieces just cut from its texts (conversation/pieces.ts). */
  queuePieces(convId: string, pieces: readonly PieceText[]): void {
    this.pieces.add(convId, pieces);
  }

  /** Call before queue(conv) or save(conv) when `conv` lists images whose bytes are not stored yet. */
  queueImages(convId: string, images: readonly AttachmentBlob[]): void {
    if (images.length > 0) this.images.set(convId, [...(this.images.get(convId) ?? []), ...images]);
  }

  /** An image's bytes queued but not written yet (the screen shows it meanwhile, even if writes fail), or undefined. */
  unwrittenImage(convId: string, id: string): Blob | undefined {
    return this.images.get(convId)?.find((b) => b.id === id)?.blob;
  }

  /** A piece queued but not written yet (the screen shows it meanwhile), or undefined. */
  unwrittenPiece(convId: string, nodeId: string, index: number): string | undefined {
    return this.pieces.text(convId, nodeId, index);
  }

  async save(conv: Conversation): Promise<void> {
    this.remember(conv);
    this.journal(); // at once: a Stop or the end of a turn is often followed at once by a reload
    this.lastJournal = -Infinity; // nor does it count against the stream's interval: the next frame journals at once
    await this.flush();
  }

  private remember(conv: Conversation): void {
    this.queued.set(conv.id, conv);
    this.deps.onSavedChange?.();
    this.saver.schedule(conv);
  }

  flush(): Promise<void> {
    return this.saver.flush().catch((error: unknown) => this.failed(error));
  }

  /** Whether the last snapshot queued for `id` is written (true when none was). */
  isSaved(id: string | undefined): boolean {
    const last = id ? this.queued.get(id) : undefined;
    return !last || this.written.get(last.id) === last;
  }

  /**
   * Everything that may not be in IndexedDB, for a download when storage fails: `open` (the chat on
   * screen) first, then the copies in `live` (streams running) and the snapshots not written yet.
   */
  notInStorage(live: Iterable<Conversation>, open: Conversation | null): Conversation[] {
    const byId = this.unwritten();
    for (const conv of live) byId.set(conv.id, conv);
    if (open) byId.delete(open.id);
    return open ? [open, ...byId.values()] : [...byId.values()];
  }

  /**
   * For `pagehide` (call it synchronously from the event, then flush()): journals what is not written,
   * plus `live`, the copies of streams still running, which are ahead of anything queued.
   */
  journal(live: Iterable<Conversation> = []): void {
    this.journalNow(live, false);
  }

  /** `streaming`: a journal of the stream's pace, which leaves pieces a save is putting to that save. */
  private journalNow(live: Iterable<Conversation>, streaming: boolean): void {
    this.clock.clearTimeout(this.journalTimer);
    this.journalTimer = undefined;
    const unsaved = this.unwritten();
    for (const conv of live) if (!this.deleted.has(conv.id)) unsaved.set(conv.id, conv);
    if (unsaved.size === 0) return;
    this.lastJournal = this.clock.now();
    for (const id of unsaved.keys()) this.journalled.add(id);
    // a piece never changes: once journalled it is in IndexedDB under its own key, so it goes only once
    // (else every journal, ten a second, would copy every piece a slow save has not written yet)
    const pieces = this.pieces.forJournal(unsaved.keys(), streaming);
    const images = notYet(unsaved.keys(), this.images, this.journalledImages); // the same for image bytes
    const write = this.deps.writeJournal ?? ((c, tab, p, i) => writeJournal(c, tab, undefined, p, i));
    void write([...unsaved.values()], this.deps.tabId, pieces, images).then(
      () => this.pieces.journalDone(pieces, true),
      () => {
        this.pieces.journalDone(pieces, false); // they go with a save (one meanwhile may have left them to it)
        if (pieces.length > 0) for (const conv of unsaved.values()) this.saver.schedule(conv);
        for (const image of images) this.journalledImages.delete(image);
      },
    );
  }

  /** Journals now if the last journal write is JOURNAL_INTERVAL_MS old, else once it is (if still unwritten). */
  private journalSoon(): void {
    const wait = this.lastJournal + JOURNAL_INTERVAL_MS - this.clock.now();
    if (wait <= 0) return this.journalNow([], true); // even with a timer pending: a busy page runs no timer
    if (this.journalTimer !== undefined) return;
    this.journalTimer = this.clock.setTimeout(() => {
      this.journalTimer = undefined;
      this.journalNow([], true);
    }, wait);
  }

  /** Shows what went wrong (a failed write or read) and keeps trying on its own until a write succeeds. */
  failed(error: unknown): void {
    this.setProblem(classifyStorageError(error));
    this.retryTimer ??= this.clock.setInterval(() => {
      if (!this.saver.busy()) return this.recovered();
      void this.flush();
    }, SAVE_RETRY_MS);
  }

  forget(id: string): void {
    this.deleted.add(id);
    this.pieces.forget(id);
    this.images.delete(id);
    this.saver.cancel(id);
    this.dropJournalled(id); // or the next start would bring it back
  }

  revive(id: string): void {
    this.deleted.delete(id);
  }

  isDeleted(id: string): boolean {
    return this.deleted.has(id);
  }

  /** Deletes `id` from IndexedDB and tells other tabs (call forget(id) first). */
  async remove(id: string): Promise<void> {
    await (this.deps.remove ?? deleteConversation)(id);
    this.deps.channel.post({ type: 'deleted', id });
    this.deps.onSaved?.(id);
  }

  /** Snapshots queued but not written yet, of conversations not deleted. */
  private unwritten(): Map<string, Conversation> {
    const byId = new Map<string, Conversation>();
    for (const [id, conv] of this.queued)
      if (this.written.get(id) !== conv && !this.deleted.has(id)) byId.set(id, conv);
    return byId;
  }

  private async write(conv: Conversation): Promise<void> {
    if (this.deleted.has(conv.id)) return;
    const images = this.images.get(conv.id) ?? [];
    const put = this.deps.put ?? ((c, p, i) => putConversation(c, undefined, p, i));
    const pieces = this.pieces.forSave(conv.id); // none a journal puts (pending-pieces.ts)
    let merged: Conversation;
    try {
      merged = await put(conv, pieces, images);
    } catch (error) {
      this.pieces.saveDone(conv.id, pieces, false);
      throw error;
    }
    this.pieces.saveDone(conv.id, pieces, true);
    dropWritten(this.images, conv.id, images);
    this.written.set(conv.id, conv);
    if (this.isSaved(conv.id)) this.dropJournalled(conv.id);
    // all written: the interval limits how often a stream journals, so what comes next (a turn's first
    // frame after its save, a burst after a pause) is journalled at once
    if (this.unwritten().size === 0) this.lastJournal = -Infinity;
    this.deps.onSavedChange?.();
    this.recovered();
    this.announce(conv.id);
    if ((merged.meta_rev ?? 0) > (conv.meta_rev ?? 0)) this.deps.onNewerMeta?.(merged);
  }

  private dropJournalled(id: string): void {
    if (!this.journalled.delete(id)) return;
    void (this.deps.dropJournal ?? dropJournal)([id], this.deps.tabId).catch(() => undefined);
  }

  private recovered(): void {
    this.setProblem(null);
    this.clock.clearInterval(this.retryTimer);
    this.retryTimer = undefined;
  }

  private setProblem(problem: StorageProblem | null): void {
    this.problem = problem;
    this.deps.onProblem?.(problem);
  }

  private announce(id: string): void {
    this.deps.channel.post({ type: 'changed', id });
    this.deps.onSaved?.(id);
  }
}

/** Removes from `map[id]` what a write took along (more may have been queued meanwhile). */
function dropWritten<T>(map: Map<string, T[]>, id: string, written: readonly T[]): void {
  const left = (map.get(id) ?? []).filter((x) => !written.includes(x));
  if (left.length > 0) map.set(id, left);
  else map.delete(id);
}

/** What `byId` holds for `ids` that is not in `done` yet, now marked done. */
function notYet<T extends object>(ids: Iterable<string>, byId: Map<string, T[]>, done: WeakSet<T>): T[] {
  const fresh = [...ids].flatMap((id) => byId.get(id) ?? []).filter((x) => !done.has(x));
  for (const x of fresh) done.add(x);
  return fresh;
}
