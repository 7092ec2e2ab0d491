// The conversation list's index: one small `summary:<id>` record beside each `chat:<id>` record, in the
// same idb-keyval store, written and deleted in the same transaction as the chat. Listing reads only
// the summaries (a key range over the `summary:` prefix), never the chats; summaries that are missing
// or outdated (databases from builds before the index) are rebuilt from their chat, a few at a time.
// Raw IndexedDB inside idb-keyval's UseStore callback, so every step is one transaction. The rule for
// every writer of chat:<id>: put (putSummaryIn) or drop (dropSummaryIn) summary:<id> in the same
// transaction. A chat changed by a build that did not know the rule is repaired when it is opened.
// Imports: types from chat, migrations, summarise.ts (the pure summary). Every function takes the store last.
import type { UseStore } from 'idb-keyval';
import type { Conversation, ConversationSummary } from '../conversation/types.ts';
import { CONVERSATION_SCHEMA_VERSION, migrateConversation } from '../conversation/migrations.ts';
import { prefixRange } from './key-range.ts';
import { deleteCopiesIn } from './migration-copies.ts';
import {
  SUMMARY_VERSION,
  isStoredSummary,
  listOrder,
  newestFirst,
  publicSummary,
  sameSummary,
  summarise,
  summaryRecord,
  type StoredSummary,
} from '../conversation/summarise.ts';

export { SUMMARY_VERSION, listOrder, newestFirst, summarise, type StoredSummary };

export const CHAT_KEY_PREFIX = 'chat:';
export const SUMMARY_KEY_PREFIX = 'summary:';
/** How many chats one backfill transaction reads (bounds the memory a backfill holds at once). */
const BACKFILL_BATCH = 25;

export function chatKey(id: string): string {
  return CHAT_KEY_PREFIX + id;
}

export function summaryKey(id: string): string {
  return SUMMARY_KEY_PREFIX + id;
}

function done(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
  });
}

function result<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

/**
 * For any code that writes chat:<id> in its own readwrite transaction (a restore, a journal replay):
 * call this in the same transaction with the record written, so the list never shows a stale summary.
 */
export function putSummaryIn(os: IDBObjectStore, conv: Conversation): void {
  os.put(summaryRecord(conv), summaryKey(conv.id));
}

/** The alternative when the written record is not at hand: the next listing rebuilds the summary. */
export function dropSummaryIn(os: IDBObjectStore, id: string): void {
  os.delete(summaryKey(id));
}

/** Deletes chat:<id>, summary:<id> and the chat's migration copies (its old text) in one transaction. */
export function deleteChatWithSummary(id: string, store: UseStore): Promise<void> {
  return store('readwrite', (os) => {
    os.delete(chatKey(id));
    deleteCopiesIn(os, chatKey(id));
    os.delete(summaryKey(id));
    return done(os.transaction);
  });
}

/** A chat's id from its key, or undefined for keys that are not chats. */
function idOfChatKey(key: IDBValidKey): string | undefined {
  return typeof key === 'string' && key.startsWith(CHAT_KEY_PREFIX) ? key.slice(CHAT_KEY_PREFIX.length) : undefined;
}

interface IndexSnapshot {
  chatIds: string[];
  summaries: Map<string, StoredSummary>;
}

/** The ids of all chat records and all summary records, in one read-only transaction (no chat is read). */
function readIndex(store: UseStore): Promise<IndexSnapshot> {
  return store('readonly', async (os) => {
    const [keys, values] = await Promise.all([
      result(os.getAllKeys(prefixRange(CHAT_KEY_PREFIX))),
      result(os.getAll(prefixRange(SUMMARY_KEY_PREFIX))),
    ]);
    const summaries = new Map<string, StoredSummary>();
    for (const value of values) if (isStoredSummary(value)) summaries.set(value.id, value);
    return { chatIds: keys.map(idOfChatKey).filter((id): id is string => id !== undefined), summaries };
  });
}

/**
 * Rebuilds the summaries of `ids` from their chats, each batch in one readwrite transaction (so a
 * concurrent save in another tab cannot interleave). A summary written by a newer build is used but
 * not overwritten; unreadable chats get no summary. Returns the summaries of the readable chats.
 */
export async function rebuildSummaries(
  ids: readonly string[],
  store: UseStore,
  onBatch?: (built: readonly StoredSummary[]) => void,
): Promise<StoredSummary[]> {
  const out: StoredSummary[] = [];
  for (let start = 0; start < ids.length; start += BACKFILL_BATCH) {
    const batch = ids.slice(start, start + BACKFILL_BATCH);
    const built = await store('readwrite', async (os) => {
      const committed = done(os.transaction);
      const rows = await Promise.all(
        batch.map((id) => Promise.all([result(os.get(chatKey(id))), result(os.get(summaryKey(id)))])),
      );
      const fresh: StoredSummary[] = [];
      rows.forEach(([raw, old], i) => {
        const id = batch[i] as string;
        const conv = migrateConversation(raw);
        if (!conv) {
          if (raw === undefined) os.delete(summaryKey(id)); // the chat is gone: so is its summary
          return;
        }
        const summary = summaryRecord(conv);
        fresh.push(summary);
        const newer = isStoredSummary(old) && old.summary_version > SUMMARY_VERSION;
        if (!newer && !(isStoredSummary(old) && old.summary_version === SUMMARY_VERSION && sameSummary(old, summary))) {
          os.put(summary, summaryKey(id));
        }
      });
      await committed;
      return fresh;
    });
    out.push(...built);
    onBatch?.(built);
  }
  return out;
}

function isCurrent(summary: StoredSummary | undefined): summary is StoredSummary {
  return summary !== undefined && summary.summary_version === SUMMARY_VERSION;
}

function forList(summaries: readonly StoredSummary[]): ConversationSummary[] {
  return summaries
    .filter((s) => s.chat_schema_version <= CONVERSATION_SCHEMA_VERSION)
    .map(publicSummary)
    .sort(listOrder);
}

/**
 * The list, from the summaries alone. Chats without a current summary (an older build's database)
 * are summarised once, batch by batch; `onProgress` then receives the list so far after each batch,
 * so a first start after an upgrade shows rows at once. Summaries whose chat is gone are dropped.
 */
export async function listSummaries(
  store: UseStore,
  onProgress?: (partial: ConversationSummary[]) => void,
): Promise<ConversationSummary[]> {
  const { chatIds, summaries } = await readIndex(store);
  const listed: StoredSummary[] = [];
  const stale: string[] = [];
  for (const id of chatIds) {
    const summary = summaries.get(id);
    if (isCurrent(summary)) listed.push(summary);
    else stale.push(id);
  }
  if (stale.length > 0) {
    if (listed.length > 0) onProgress?.(forList(listed));
    await rebuildSummaries(stale, store, (built) => {
      listed.push(...built);
      onProgress?.(forList(listed));
    });
  }
  const present = new Set(chatIds);
  const orphans = [...summaries.keys()].filter((id) => !present.has(id));
  if (orphans.length > 0) await dropOrphanSummaries(orphans, store);
  return forList(listed);
}

/** Deletes the summaries of chats that are gone (an older build deleted the chat alone). */
function dropOrphanSummaries(ids: readonly string[], store: UseStore): Promise<void> {
  return store('readwrite', async (os) => {
    const committed = done(os.transaction);
    const present = await Promise.all(ids.map((id) => result(os.getKey(chatKey(id)))));
    ids.forEach((id, i) => {
      if (present[i] === undefined) os.delete(summaryKey(id));
    });
    await committed;
  });
}

/**
 * One chat record, and whether its summary is current, in one read-only transaction (the chat and
 * one small record). A stale summary means an older build wrote the chat: call rebuildSummaries.
 */
export function readChat(
  id: string,
  store: UseStore,
): Promise<{ raw: unknown; conv: Conversation | null; summaryCurrent: boolean }> {
  return store('readonly', async (os) => {
    const [raw, stored] = await Promise.all([result(os.get(chatKey(id))), result(os.get(summaryKey(id)))]);
    const conv = migrateConversation(raw);
    const current = isStoredSummary(stored) && stored.summary_version >= SUMMARY_VERSION;
    const summaryCurrent =
      !conv || (current && (stored.summary_version > SUMMARY_VERSION || sameSummary(stored, summarise(conv))));
    return { raw, conv, summaryCurrent };
  });
}

/** How many chat records one read of a walk holds at once. */
const WALK_BATCH = 20;

/**
 * Walks every chat record in key order, a batch at a time (never all in memory), handing each raw
 * record to `visit`. Each batch is its own read, so a walk does not hold one long transaction; a
 * chat written meanwhile is seen either before or after the write. Stops with an AbortError when
 * `signal` aborts (a search the user has already replaced).
 */
export async function forEachChatRecord(
  visit: (raw: unknown) => void,
  store: UseStore,
  signal?: AbortSignal,
): Promise<void> {
  let range = prefixRange(CHAT_KEY_PREFIX);
  const upper = range.upper as string;
  for (;;) {
    signal?.throwIfAborted();
    const [keys, values] = await store('readonly', (os) =>
      Promise.all([result(os.getAllKeys(range, WALK_BATCH)), result(os.getAll(range, WALK_BATCH))]),
    );
    signal?.throwIfAborted();
    for (const value of values) visit(value);
    const last = keys.at(-1);
    if (keys.length < WALK_BATCH || last === undefined) return;
    range = IDBKeyRange.bound(last, upper, true, true);
  }
}
