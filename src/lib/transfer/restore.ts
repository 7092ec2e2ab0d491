// Writes a validated full backup into IndexedDB, all or nothing: every conversation in one
// transaction, then every connection in one transaction; if the second fails, the first is undone.
// Conversations merge node by node with what is stored (nothing stored is lost); connections replace
// the stored one with the same id, keeping its stored API key when the file carries none.
import type { UseStore } from 'idb-keyval';
import type { Conversation } from '../conversation/types.ts';
import type { Connection } from '../connections/types.ts';
import { mergeConversations } from '../conversation/merge.ts';
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
import { putBack, updateManyWithBackup } from '../storage/update-with-backup.ts';
import type { FullBackup } from './full-backup.ts';

export interface RestoreStores {
  chats: UseStore;
  connections: UseStore;
}

export interface RestoreResult {
  connections: number;
  conversations: number;
}

function newerRecord(key: string): Error {
  return Object.assign(new Error(`${key} was saved by a newer version of Switchboard; not overwriting it.`), {
    name: NEWER_VERSION_ERROR,
  });
}

function restoredConnection(incoming: Connection, old: unknown): Record<string, unknown> {
  const storedKey = migrateConnection(old)?.api_key;
  const api_key = incoming.api_key ?? storedKey;
  return { ...incoming, ...(api_key !== undefined ? { api_key } : {}), schema_version: CONNECTION_SCHEMA_VERSION };
}

export async function restoreBackup(
  backup: FullBackup,
  stores: RestoreStores = { chats: chatsStore, connections: defaultConnectionsStore() },
): Promise<RestoreResult> {
  const chats = new Map<string, Conversation>(backup.conversations.map((c) => [chatKey(c.id), c]));
  const previousChats = await updateManyWithBackup(
    [...chats.keys()],
    (key, old) => {
      if (isNewerSchema(old)) throw newerRecord(key);
      return mergeConversations(migrateConversation(old), chats.get(key) as Conversation);
    },
    { versionOf: schemaVersionOf, current: CONVERSATION_SCHEMA_VERSION },
    stores.chats,
    (s, next) => putSummaryIn(s, next as Conversation),
  );
  const connections = new Map<string, Connection>(backup.connections.map((c) => [CONNECTION_KEY_PREFIX + c.id, c]));
  try {
    await updateManyWithBackup(
      [...connections.keys()],
      (key, old) => {
        if (connectionVersionOf(old) > CONNECTION_SCHEMA_VERSION) throw newerRecord(key);
        return restoredConnection(connections.get(key) as Connection, old);
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
  return { connections: connections.size, conversations: chats.size };
}
