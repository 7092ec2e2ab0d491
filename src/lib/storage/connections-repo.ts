// Connections in IndexedDB (idb-keyval, own store), one key per connection, each record schema-versioned.
import { entries, type UseStore } from 'idb-keyval';
import { createStore } from './open-store.ts';
import type { Connection } from '../connections/types.ts';
import { CONNECTION_SCHEMA_VERSION, connectionVersionOf, migrateConnection } from '../connections/migrations.ts';
import { updateWithBackup } from './update-with-backup.ts';
import { deleteWithCopies } from './migration-copies.ts';

const KEY_PREFIX = 'connection:';
let defaultStore: UseStore | undefined;

function connectionsStore(): UseStore {
  defaultStore ??= createStore('switchboard-connections', 'connections');
  return defaultStore;
}

export async function listConnections(store: UseStore = connectionsStore()): Promise<Connection[]> {
  const rows = await entries(store);
  const out: Connection[] = [];
  for (const [key, raw] of rows) {
    if (typeof key !== 'string' || !key.startsWith(KEY_PREFIX)) continue;
    const migrated = migrateConnection(raw);
    if (!migrated) continue;
    const { schema_version: _version, ...connection } = migrated;
    out.push(connection);
  }
  return out.sort((a, b) => a.created_at - b.created_at || a.name.localeCompare(b.name));
}

export const CONNECTION_KEY_PREFIX = KEY_PREFIX;

/** Writes the connection; an older-version record it replaces is first kept as `backup:v<N>:connection:<id>`. */
export async function putConnection(connection: Connection, store: UseStore = connectionsStore()): Promise<void> {
  const record = { ...connection, schema_version: CONNECTION_SCHEMA_VERSION };
  await updateWithBackup(
    KEY_PREFIX + connection.id,
    () => record,
    { versionOf: connectionVersionOf, current: CONNECTION_SCHEMA_VERSION },
    store,
  );
}

export function defaultConnectionsStore(): UseStore {
  return connectionsStore();
}

/** Removes the connection and, in the same transaction, its migration copies (which may hold its API key). */
export async function deleteConnection(id: string, store: UseStore = connectionsStore()): Promise<void> {
  await deleteWithCopies(KEY_PREFIX + id, store);
}
