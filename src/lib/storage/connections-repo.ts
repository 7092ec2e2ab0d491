// Connections in IndexedDB (idb-keyval, own store), one key per connection, each record schema-versioned.
import { createStore, del, entries, set, type UseStore } from 'idb-keyval';
import type { Connection } from '../connections/types.ts';
import { CONNECTION_SCHEMA_VERSION, migrateConnection } from './connection-migrations.ts';

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

export async function putConnection(connection: Connection, store: UseStore = connectionsStore()): Promise<void> {
  await set(KEY_PREFIX + connection.id, { ...connection, schema_version: CONNECTION_SCHEMA_VERSION }, store);
}

export async function deleteConnection(id: string, store: UseStore = connectionsStore()): Promise<void> {
  await del(KEY_PREFIX + id, store);
}
