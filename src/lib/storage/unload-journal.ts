// The last save of a closing tab. A normal save is a read-modify-write (merge with other tabs), which
// needs a round trip to IndexedDB that a closing page often does not get: Chromium drops it about one
// time in three. A blind put issued during `pagehide` does land, but written over `chat:<id>` it could
// erase another tab's messages. So the closing tab puts its unsaved conversations under keys of its
// own (`journal:<tab>:<id>`), and the next start merges them into their conversations and removes them.
import { delMany, entries, setMany, type UseStore } from 'idb-keyval';
import type { Conversation } from '../chat/types.ts';
import { migrateConversation } from './chats-migrations.ts';
import { chatsStore, putConversation } from './chats-repo.ts';

export const JOURNAL_PREFIX = 'journal:';

export function journalKey(tabId: string, convId: string): string {
  return `${JOURNAL_PREFIX}${tabId}:${convId}`;
}

/**
 * Issues the puts at once (call it synchronously from `pagehide`); the promise settles later, if the
 * page lives that long. `convs` must be structured-cloneable.
 */
export function writeJournal(convs: readonly Conversation[], tabId: string, store: UseStore = chatsStore): Promise<void> {
  if (convs.length === 0) return Promise.resolve();
  return setMany(convs.map((c) => [journalKey(tabId, c.id), c]), store);
}

/** Merges every journalled conversation into its record, then removes the journal entries. Returns the ids. */
export async function replayJournal(store: UseStore = chatsStore): Promise<string[]> {
  const all = await entries<IDBValidKey, unknown>(store);
  const replayed: string[] = [];
  const done: IDBValidKey[] = [];
  for (const [key, value] of all) {
    if (typeof key !== 'string' || !key.startsWith(JOURNAL_PREFIX)) continue;
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
