// Conversations in IndexedDB: one record per conversation under `chat:<id>` in its own store, so a
// write touches only that conversation, and beside it a small `summary:<id>` record that the list
// reads instead of the chats (chat-summaries.ts). Same-conversation writes merge by node (conversation/merge.ts).
// Every function takes the store last (a fresh fake-indexeddb store in tests).
import type { UseStore } from 'idb-keyval';
import { createStore } from './open-store.ts';
import type { Conversation, ConversationSummary } from '../conversation/types.ts';
import {
  CONVERSATION_SCHEMA_VERSION,
  isNewerSchema,
  migrateConversation,
  schemaVersionOf,
} from '../conversation/migrations.ts';
import { NEWER_VERSION_ERROR } from './storage-errors.ts';
import { updateWithBackup } from './update-with-backup.ts';
import { prefixRange } from './key-range.ts';
import { mergeConversations } from '../conversation/merge.ts';
import { SPLIT_FROM_CHARS, hasPieces, splitConversation, type PieceText } from '../conversation/pieces.ts';
import { putPiecesIn, wholeConversation } from './piece-store.ts';
import { blobsFromData, embedAttachments, putAttachmentsIn, type AttachmentBlob } from './attachment-store.ts';
import { findInPieces } from './piece-search.ts';
import {
  CHAT_KEY_PREFIX,
  chatKey,
  deleteChatWithSummary,
  forEachChatRecord,
  listOrder,
  listSummaries,
  newestFirst,
  readChat,
  rebuildSummaries,
  summarise,
  putSummaryIn,
} from './chat-summaries.ts';

export { CHAT_KEY_PREFIX, chatKey, summarise };

export const CHATS_DB_NAME = 'switchboard-chats';
export const CHATS_STORE_NAME = 'conversations';

/** idb-keyval opens the database lazily, on the first call that uses it. */
export const chatsStore: UseStore = createStore(CHATS_DB_NAME, CHATS_STORE_NAME);

/**
 * The stored conversation, migrated; undefined when absent, corrupt or from a newer version. Reads
 * that record only (and its small summary, rebuilt here when an older build changed the chat).
 */
export async function getConversation(id: string, store: UseStore = chatsStore): Promise<Conversation | undefined> {
  const { conv, summaryCurrent } = await readChat(id, store);
  // a long text stored whole (by a build before pieces) is cut into pieces once, on its first read
  if (conv && Object.values(conv.nodes).some((n) => n.content.length >= SPLIT_FROM_CHARS))
    return putConversation(conv, store);
  if (!summaryCurrent) await rebuildSummaries([id], store);
  return conv ?? undefined;
}

/**
 * Writes one conversation, merging it node by node with whatever another tab stored meanwhile, in one
 * atomic read-modify-write. Resolves to what was stored, so the caller can adopt the other tab's
 * nodes. Rejects (and writes nothing) when the stored record comes from a newer schema version. An
 * older-version record is first copied to `backup:v<N>:chat:<id>` (update-with-backup.ts).
 * `conv` must be structured-cloneable (plain objects: pass `$state.snapshot(...)` or `$state.raw` data).
 * Long texts are stored in pieces (conversation/pieces.ts): `pieces` are ones the caller cut already
 * (a streaming answer's), and any text still long after the merge is cut here; all are written in the
 * same transaction as the record that counts them. So are image bytes: `blobs`, and any carried as `data` (a file's).
 */
export async function putConversation(
  incoming: Conversation,
  store: UseStore = chatsStore,
  pieces: readonly PieceText[] = [],
  images: readonly AttachmentBlob[] = [],
): Promise<Conversation> {
  const { conv, blobs } = blobsFromData(incoming);
  let result: Conversation = conv;
  let cut: PieceText[] = [];
  await updateWithBackup(
    chatKey(conv.id),
    (old) => {
      if (isNewerSchema(old)) {
        const error = new Error(
          `Conversation ${conv.id} was saved by a newer version of Switchboard; not overwriting it.`,
        );
        throw Object.assign(error, { name: NEWER_VERSION_ERROR });
      }
      // A corrupt record cannot be merged; the writer's copy replaces it.
      ({ conv: result, pieces: cut } = splitConversation(mergeConversations(migrateConversation(old), conv)));
      return result;
    },
    { versionOf: schemaVersionOf, current: CONVERSATION_SCHEMA_VERSION },
    store,
    (os, next) => {
      putPiecesIn(os, [...pieces, ...cut]);
      putAttachmentsIn(os, [...images, ...blobs]);
      putSummaryIn(os, next); // the list's summary changes in the same transaction as the chat
    },
  );
  return result;
}

/**
 * Removes the record, its summary and its migration copies. A tab that still holds the conversation could write it back; tabs learn of
 * the deletion via chats-channel ('deleted') and should then cancel their pending saves.
 */
export async function deleteConversation(id: string, store: UseStore = chatsStore): Promise<void> {
  await deleteChatWithSummary(id, store);
}

/** Ids of every stored record (readable or not), without loading them. */
export function listConversationIds(store: UseStore = chatsStore): Promise<string[]> {
  return store('readonly', (os) => {
    const request = os.getAllKeys(prefixRange(CHAT_KEY_PREFIX));
    return new Promise<string[]>((resolve, reject) => {
      request.onerror = () => reject(request.error);
      request.onsuccess = () => resolve(request.result.map((key) => String(key).slice(CHAT_KEY_PREFIX.length)));
    });
  });
}

/**
 * Every readable conversation, newest first, from the summary index (no chat record is read). While
 * summaries of an older build's chats are built, `onProgress` gets the list so far.
 */
export function listConversations(
  store: UseStore = chatsStore,
  onProgress?: (partial: ConversationSummary[]) => void,
): Promise<ConversationSummary[]> {
  return listSummaries(store, onProgress);
}

/** Full conversations, every text whole (pieces joined) and every image's bytes in, e.g. for "export all". Newest first. */
export async function getAllConversations(store: UseStore = chatsStore): Promise<Conversation[]> {
  const all: Conversation[] = [];
  await forEachChatRecord((raw) => {
    const conv = migrateConversation(raw);
    if (conv) all.push(conv);
  }, store);
  const whole = await Promise.all(
    all.map(async (conv) => embedAttachments(await wholeConversation(conv, store), store)),
  );
  return whole.sort((a, b) => newestFirst(summarise(a), summarise(b)));
}

const SNIPPET_RADIUS = 40;

function snippetAround(text: string, index: number, length: number): string {
  const start = Math.max(0, index - SNIPPET_RADIUS);
  const end = Math.min(text.length, index + length + SNIPPET_RADIUS);
  const body = text.slice(start, end).replace(/\s+/g, ' ').trim();
  return `${start > 0 ? '…' : ''}${body}${end < text.length ? '…' : ''}`;
}

/**
 * False only when the record cannot match: a current-version record whose title and message texts
 * all lack the needle. Saves migrating (copying) every record a search walks past.
 */
function mayContain(raw: unknown, needle: string): boolean {
  if (typeof raw !== 'object' || raw === null || schemaVersionOf(raw) !== CONVERSATION_SCHEMA_VERSION) return true;
  const { title, nodes } = raw as { title?: unknown; nodes?: unknown };
  if (typeof title === 'string' && title.toLocaleLowerCase().includes(needle)) return true;
  if (typeof nodes !== 'object' || nodes === null) return true;
  for (const node of Object.values(nodes)) {
    const { content, pieces } = (node ?? {}) as { content?: unknown; pieces?: unknown };
    if (pieces !== undefined || (typeof content === 'string' && content.toLocaleLowerCase().includes(needle)))
      return true;
  }
  return false;
}

/**
 * Case-insensitive substring search over titles and the text of every message (all branches),
 * newest first, reading the chats a few at a time (only the hits are kept). Message matches carry a
 * snippet. A blank query lists everything (from the summaries). `signal` stops a superseded search.
 */
export async function searchConversations(
  query: string,
  store: UseStore = chatsStore,
  signal?: AbortSignal,
): Promise<ConversationSummary[]> {
  const needle = query.trim().toLocaleLowerCase();
  if (needle === '') return listConversations(store);
  const hits: ConversationSummary[] = [];
  const pieced: Conversation[] = []; // no match in the record, but texts in pieces to look in
  await forEachChatRecord(
    (raw) => {
      if (!mayContain(raw, needle)) return;
      const conv = migrateConversation(raw);
      if (!conv) return;
      const titleHit = conv.title.toLocaleLowerCase().includes(needle);
      let snippet: string | undefined;
      for (const node of Object.values(conv.nodes)) {
        const at = node.content.toLocaleLowerCase().indexOf(needle);
        if (at >= 0) {
          snippet = snippetAround(node.content, at, needle.length);
          break;
        }
      }
      if (!titleHit && snippet === undefined) {
        if (hasPieces(conv)) pieced.push(conv);
        return;
      }
      const summary = summarise(conv);
      if (snippet !== undefined) summary.snippet = snippet;
      hits.push(summary);
    },
    store,
    signal,
  );
  for (const conv of pieced) {
    const found = await findInPieces(conv, needle, store, signal);
    if (found) hits.push({ ...summarise(conv), snippet: snippetAround(found.text, found.at, needle.length) });
  }
  return hits.sort(listOrder);
}
