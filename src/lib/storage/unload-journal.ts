// The last save of a closing tab. A normal save is a read-modify-write (merge with other tabs), which
// needs a round trip to IndexedDB that a closing page often does not get: Chromium drops it about one
// time in three. A blind put issued during `pagehide` does land, but written over `chat:<id>` it could
// erase another tab's messages. So the closing tab puts its unsaved conversations under keys of its
// own (`journal:<tab>:<id>`), and the next start merges them into their conversations and removes them.
// Only a put issued synchronously in the event lands reliably (measured in Chromium: a put one microtask
// later was lost 5 times in 6), so the journal keeps its own connection to the chats database open.
import { delMany, promisifyRequest, setMany, type UseStore } from 'idb-keyval';
import { JOURNAL_PREFIX, prefixRange } from './key-range.ts';
import type { Conversation } from '../conversation/types.ts';
import { migrateConversation } from '../conversation/migrations.ts';
import { CHATS_DB_NAME, CHATS_STORE_NAME, chatsStore, putConversation } from './chats-repo.ts';
import { createStore, type OpenStore } from './open-store.ts';
import { putPlain } from './put-plain.ts';
import { isDataCloneError, plainCopy } from '../util/plain-copy.ts';
import type { PieceText } from '../conversation/pieces.ts';
import { pieceKey } from './piece-store.ts';
import { attachmentKey, type AttachmentBlob } from './attachment-store.ts';

/** A second connection to the chats store, opened by replayJournal at start, used synchronously at close. */
let journalStore: OpenStore | undefined;
function defaultJournalStore(): OpenStore {
  journalStore ??= createStore(CHATS_DB_NAME, CHATS_STORE_NAME);
  return journalStore;
}

export { JOURNAL_PREFIX };

export function journalKey(tabId: string, convId: string): string {
  return `${JOURNAL_PREFIX}${tabId}:${convId}`;
}

/**
 * Issues the puts at once, synchronously when the store is open (call it from `pagehide`); the
 * returned promise settles later, if the page lives that long. `convs` must be structured-cloneable.
 * `pieces` (of long answers, not written yet) go straight to their own keys: a piece never changes,
 * so a blind put of one cannot undo anything. So do `images` (bytes of sent images, not written yet): an
 * image's bytes never change either, and the next start finds them beside the record the journal brings back.
 */
export function writeJournal(
  convs: readonly Conversation[],
  tabId: string,
  store: UseStore | OpenStore = defaultJournalStore(),
  pieces: readonly PieceText[] = [],
  images: readonly AttachmentBlob[] = [],
): Promise<void> {
  if (convs.length === 0) return Promise.resolve();
  const rows: [IDBValidKey, unknown][] = [
    ...images.map((b): [IDBValidKey, Blob] => [attachmentKey(b.convId, b.id), b.blob]),
    ...pieces.map((p): [IDBValidKey, string] => [pieceKey(p.convId, p.nodeId, p.index), p.text]),
    ...convs.map((c): [string, Conversation] => [journalKey(tabId, c.id), c]),
  ];
  try {
    const done =
      'now' in store
        ? store.now('readwrite', (s) => {
            for (const [key, value] of rows) putPlain(s, value, key);
            // commit now: waiting for the puts' success events takes tasks that a busy or closing page never runs
            s.transaction.commit?.();
            return new Promise<void>((resolve, reject) => {
              s.transaction.oncomplete = () => resolve();
              s.transaction.onabort = s.transaction.onerror = () => reject(s.transaction.error);
            });
          })
        : undefined;
    if (done) return done;
  } catch (error) {
    return Promise.reject(error);
  }
  // a proxied conversation: setMany refuses it whole, so try again with plain copies
  return setMany(rows, store).catch((error: unknown) => {
    if (!isDataCloneError(error)) throw error;
    return setMany(plainCopy(rows), store);
  });
}

/** Removes this tab's journal entries of `convIds` (written since, or deleted), after any put issued before. */
export function dropJournal(
  convIds: readonly string[],
  tabId: string,
  store: UseStore | OpenStore = defaultJournalStore(),
): Promise<void> {
  if (convIds.length === 0) return Promise.resolve();
  return delMany(
    convIds.map((id) => journalKey(tabId, id)),
    store,
  );
}

/**
 * Merges every journalled conversation into its record, then removes the journal entries. Returns the
 * ids. Opens the journal's own connection, so a later writeJournal can be synchronous.
 */
export async function replayJournal(
  store: UseStore = chatsStore,
  journal: UseStore = defaultJournalStore(),
): Promise<string[]> {
  // only the journal's keys: reading every chat here would undo the fast start of the summary index
  const all = await journal('readonly', async (s) => {
    const range = prefixRange(JOURNAL_PREFIX);
    const [keys, values] = await Promise.all([
      promisifyRequest(s.getAllKeys(range)),
      promisifyRequest(s.getAll(range)),
    ]);
    return keys.map((key, i): [IDBValidKey, unknown] => [key, values[i]]);
  });
  const replayed: string[] = [];
  const done: IDBValidKey[] = [];
  for (const [key, value] of all) {
    const conv = migrateConversation(value);
    if (conv) {
      await putConversation(conv, store);
      replayed.push(conv.id);
    }
    done.push(key); // unreadable entries are dropped too, or they would be retried forever
  }
  if (done.length > 0) await delMany(done, store);
  return replayed;
}
