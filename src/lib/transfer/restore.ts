// Writes a validated full backup into IndexedDB, all or nothing: the comparisons in one transaction
// (restore-comparisons.ts), every conversation in one, then every connection in one; if a later one fails,
// the earlier ones are undone.
// A restore only adds to the chats here (restore-chat.ts: stored messages, titles and settings win, and
// remote images never come from a file). Connections replace the stored one with the same id, keeping its
// stored API key when the file carries none, but only while the connection stays on the key's origin: a key
// is bound to the origin it was entered for, so a file that moves a connection elsewhere leaves it keyless.
import type { UseStore } from 'idb-keyval';
import type { Conversation } from '../conversation/types.ts';
import type { Connection } from '../connections/types.ts';
import {
  CONVERSATION_SCHEMA_VERSION,
  isNewerSchema,
  migrateConversation,
  schemaVersionOf,
} from '../conversation/migrations.ts';
import { chatKey, chatsStore } from '../storage/chats-repo.ts';
import { putSummaryIn, rebuildSummaries } from '../storage/chat-summaries.ts';
import { CONNECTION_SCHEMA_VERSION, connectionVersionOf, migrateConnection } from '../connections/migrations.ts';
import { CONNECTION_KEY_PREFIX, defaultConnectionsStore } from '../storage/connections-repo.ts';
import { NEWER_VERSION_ERROR } from '../storage/storage-errors.ts';
import { putBack, updateManyWithBackup } from '../storage/update-many-with-backup.ts';
import { splitConversation, type PieceText } from '../conversation/pieces.ts';
import { putPiecesIn } from '../storage/piece-store.ts';
import { blobsFromData, putAttachmentsIn, type AttachmentBlob } from '../storage/attachment-store.ts';
import type { FullBackup } from './full-backup.ts';
import { noChatsRestored, restoreChat, type ChatsRestoreCount } from './restore-chat.ts';
import { restoreComparisons, type ComparisonsRestoreCount } from './restore-comparisons.ts';

export interface RestoreStores {
  chats: UseStore;
  connections: UseStore;
  /** the comparisons' own database (default: the app's) */
  comparisons?: UseStore;
}

/** A stored key that was not kept: the file moved its connection to another origin. */
export interface DroppedKey {
  /** the connection's stored name (the one the user knows it by) */
  name: string;
  /** where the file points it now */
  origin: string;
}

export interface RestoreResult extends ChatsRestoreCount {
  connections: number;
  conversations: number;
  droppedKeys: DroppedKey[];
  comparisons: ComparisonsRestoreCount;
}

function newerRecord(key: string): Error {
  return Object.assign(new Error(`${key} was saved by a newer version of Switchboard; not overwriting it.`), {
    name: NEWER_VERSION_ERROR,
  });
}

/** The origin of a stored address; the address itself when it does not parse (then only equal text matches). */
function originOf(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return url;
  }
}

function restoredConnection(incoming: Connection, old: unknown, dropped: DroppedKey[]): Record<string, unknown> {
  const stored = migrateConnection(old);
  let api_key = incoming.api_key;
  if (api_key === undefined && stored?.api_key !== undefined) {
    const origin = originOf(incoming.base_url);
    if (origin === originOf(stored.base_url)) api_key = stored.api_key;
    else dropped.push({ name: stored.name, origin });
  }
  return { ...incoming, ...(api_key !== undefined ? { api_key } : {}), schema_version: CONNECTION_SCHEMA_VERSION };
}

export async function restoreBackup(
  backup: FullBackup,
  stores: RestoreStores = { chats: chatsStore, connections: defaultConnectionsStore() },
): Promise<RestoreResult> {
  const comparisons = await restoreComparisons(backup.comparisons, stores.comparisons);
  try {
    return { ...(await restoreChatsAndConnections(backup, stores)), comparisons: comparisons.count };
  } catch (error) {
    await comparisons.undo();
    throw error;
  }
}

async function restoreChatsAndConnections(
  backup: FullBackup,
  stores: RestoreStores,
): Promise<Omit<RestoreResult, 'comparisons'>> {
  // a file carries image bytes inline: they are stored beside the record, in the same transaction
  const images = new Map<string, AttachmentBlob[]>();
  const bare = backup.conversations.map((c) => {
    const { conv, blobs } = blobsFromData(c);
    images.set(conv.id, blobs);
    return conv;
  });
  const chats = new Map<string, Conversation>(bare.map((c) => [chatKey(c.id), c]));
  // counted inside the transaction's updater, which runs once per key
  const count = noChatsRestored();
  // a file holds long texts whole: they are stored in pieces (conversation/pieces.ts), in the same transaction
  const pieces = new Map<string, PieceText[]>();
  const previousChats = await updateManyWithBackup(
    [...chats.keys()],
    (key, old) => {
      if (isNewerSchema(old)) throw newerRecord(key);
      const split = splitConversation(restoreChat(migrateConversation(old), chats.get(key) as Conversation, count));
      pieces.set(split.conv.id, split.pieces);
      return split.conv;
    },
    { versionOf: schemaVersionOf, current: CONVERSATION_SCHEMA_VERSION },
    stores.chats,
    (s, next) => {
      putPiecesIn(s, pieces.get((next as Conversation).id) ?? []);
      putAttachmentsIn(s, images.get((next as Conversation).id) ?? []);
      putSummaryIn(s, next as Conversation);
    },
  );
  const connections = new Map<string, Connection>(backup.connections.map((c) => [CONNECTION_KEY_PREFIX + c.id, c]));
  const droppedKeys: DroppedKey[] = [];
  try {
    await updateManyWithBackup(
      [...connections.keys()],
      (key, old) => {
        if (connectionVersionOf(old) > CONNECTION_SCHEMA_VERSION) throw newerRecord(key);
        return restoredConnection(connections.get(key) as Connection, old, droppedKeys);
      },
      { versionOf: connectionVersionOf, current: CONNECTION_SCHEMA_VERSION },
      stores.connections,
    );
  } catch (error) {
    await putBack(previousChats, stores.chats);
    await rebuildSummaries(
      [...chats.values()].map((c) => c.id),
      stores.chats,
    );
    throw error;
  }
  return { connections: connections.size, conversations: chats.size, droppedKeys, ...count };
}
