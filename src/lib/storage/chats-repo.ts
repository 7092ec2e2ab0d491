// Conversations in IndexedDB: one record per conversation under `chat:<id>` in its own store, so a
// write touches only that conversation. Same-conversation writes merge by node (chats-merge.ts).
// Every function takes the store last (a fresh fake-indexeddb store in tests).
import { del, entries, get, keys, type UseStore } from 'idb-keyval';
import { createStore } from './open-store.ts';
import type { Conversation, ConversationSummary, MessageNode } from '../chat/types.ts';
import { CONVERSATION_SCHEMA_VERSION, isNewerSchema, migrateConversation, schemaVersionOf } from './chats-migrations.ts';
import { NEWER_VERSION_ERROR } from './storage-errors.ts';
import { updateWithBackup } from './update-with-backup.ts';
import { mergeConversations } from './chats-merge.ts';

export const CHATS_DB_NAME = 'switchboard-chats';
export const CHATS_STORE_NAME = 'conversations';
export const CHAT_KEY_PREFIX = 'chat:';

/** idb-keyval opens the database lazily, on the first call that uses it. */
export const chatsStore: UseStore = createStore(CHATS_DB_NAME, CHATS_STORE_NAME);

export function chatKey(id: string): string {
  return CHAT_KEY_PREFIX + id;
}

const PREVIEW_CHARS = 120;

function oneLine(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** Latest non-empty message on the current branch (walking up from the current leaf). */
function previewOf(conv: Conversation): string | undefined {
  let node: MessageNode | undefined = conv.current_leaf_id ? conv.nodes[conv.current_leaf_id] : undefined;
  for (let steps = 0; node && steps <= Object.keys(conv.nodes).length; steps++) {
    if (node.content.trim() !== '') return oneLine(node.content, PREVIEW_CHARS);
    node = node.parent_id ? conv.nodes[node.parent_id] : undefined;
  }
  return undefined;
}

export function summarise(conv: Conversation): ConversationSummary {
  const summary: ConversationSummary = {
    id: conv.id,
    title: conv.title,
    created_at: conv.created_at,
    updated_at: conv.updated_at,
    message_count: Object.keys(conv.nodes).length,
  };
  const preview = previewOf(conv);
  if (preview !== undefined) summary.preview = preview;
  return summary;
}

function newestFirst(a: ConversationSummary, b: ConversationSummary): number {
  return b.updated_at - a.updated_at || b.created_at - a.created_at || a.id.localeCompare(b.id);
}

/** The stored conversation, migrated; undefined when absent, corrupt or from a newer version. */
export async function getConversation(id: string, store: UseStore = chatsStore): Promise<Conversation | undefined> {
  const raw = await get<unknown>(chatKey(id), store);
  return migrateConversation(raw) ?? undefined;
}

/**
 * Writes one conversation, merging it node by node with whatever another tab stored meanwhile, in one
 * atomic read-modify-write. Resolves to what was stored, so the caller can adopt the other tab's
 * nodes. Rejects (and writes nothing) when the stored record comes from a newer schema version. An
 * older-version record is first copied to `backup:v<N>:chat:<id>` (update-with-backup.ts).
 * `conv` must be structured-cloneable (plain objects: pass `$state.snapshot(...)` or `$state.raw` data).
 */
export async function putConversation(conv: Conversation, store: UseStore = chatsStore): Promise<Conversation> {
  let result: Conversation = conv;
  await updateWithBackup(
    chatKey(conv.id),
    (old) => {
      if (isNewerSchema(old)) {
        const error = new Error(`Conversation ${conv.id} was saved by a newer version of Switchboard; not overwriting it.`);
        throw Object.assign(error, { name: NEWER_VERSION_ERROR });
      }
      // A corrupt record cannot be merged; the writer's copy replaces it.
      result = mergeConversations(migrateConversation(old), conv);
      return result;
    },
    { versionOf: schemaVersionOf, current: CONVERSATION_SCHEMA_VERSION },
    store,
  );
  return result;
}

/**
 * Removes the record. A tab that still holds the conversation could write it back; tabs learn of
 * the deletion via chats-channel ('deleted') and should then cancel their pending saves.
 */
export async function deleteConversation(id: string, store: UseStore = chatsStore): Promise<void> {
  await del(chatKey(id), store);
}

/** Ids of every stored record (readable or not), without loading them. */
export async function listConversationIds(store: UseStore = chatsStore): Promise<string[]> {
  const all = await keys<IDBValidKey>(store);
  return all
    .filter((key): key is string => typeof key === 'string' && key.startsWith(CHAT_KEY_PREFIX))
    .map((key) => key.slice(CHAT_KEY_PREFIX.length));
}

async function loadAll(store: UseStore): Promise<Conversation[]> {
  const all = await entries<IDBValidKey, unknown>(store);
  const out: Conversation[] = [];
  for (const [key, value] of all) {
    if (typeof key !== 'string' || !key.startsWith(CHAT_KEY_PREFIX)) continue;
    const conv = migrateConversation(value);
    if (conv) out.push(conv);
  }
  return out;
}

/** Every readable conversation, newest first (reads all records; fine up to thousands of chats). */
export async function listConversations(store: UseStore = chatsStore): Promise<ConversationSummary[]> {
  return (await loadAll(store)).map(summarise).sort(newestFirst);
}

/** Full conversations, e.g. for "export all". Newest first. */
export async function getAllConversations(store: UseStore = chatsStore): Promise<Conversation[]> {
  return (await loadAll(store)).sort((a, b) => newestFirst(summarise(a), summarise(b)));
}

const SNIPPET_RADIUS = 40;

function snippetAround(text: string, index: number, length: number): string {
  const start = Math.max(0, index - SNIPPET_RADIUS);
  const end = Math.min(text.length, index + length + SNIPPET_RADIUS);
  const body = text.slice(start, end).replace(/\s+/g, ' ').trim();
  return `${start > 0 ? '…' : ''}${body}${end < text.length ? '…' : ''}`;
}

/**
 * Case-insensitive substring search over titles and the text of every message (all branches),
 * newest first. Message matches carry a snippet. A blank query lists everything.
 */
export async function searchConversations(query: string, store: UseStore = chatsStore): Promise<ConversationSummary[]> {
  const needle = query.trim().toLocaleLowerCase();
  const all = await loadAll(store);
  if (needle === '') return all.map(summarise).sort(newestFirst);
  const hits: ConversationSummary[] = [];
  for (const conv of all) {
    const titleHit = conv.title.toLocaleLowerCase().includes(needle);
    let snippet: string | undefined;
    for (const node of Object.values(conv.nodes)) {
      const at = node.content.toLocaleLowerCase().indexOf(needle);
      if (at >= 0) {
        snippet = snippetAround(node.content, at, needle.length);
        break;
      }
    }
    if (!titleHit && snippet === undefined) continue;
    const summary = summarise(conv);
    if (snippet !== undefined) summary.snippet = snippet;
    hits.push(summary);
  }
  return hits.sort(newestFirst);
}
