import 'fake-indexeddb/auto';
import { createStore, keys, set } from 'idb-keyval';
import { describe, expect, it } from 'vitest';
import type { Connection } from '../connections/types.ts';
import { migrateConnection } from '../connections/migrations.ts';
import { deleteConnection, listConnections, putConnection } from './connections-repo.ts';

let n = 0;
const freshStore = () => createStore(`test-connections-${++n}`, 'connections');

const conn = (id: string, created_at: number): Connection => ({
  id,
  name: `C${id}`,
  mode: 'openai_compatible',
  base_url: 'http://localhost:8080/v1',
  params: { max_tokens: 5, extra: { nested: true } },
  enabled: true,
  created_at,
  updated_at: created_at,
});

describe('connections repo', () => {
  it('stores one key per connection and lists them oldest first', async () => {
    const store = freshStore();
    await putConnection(conn('b', 2), store);
    await putConnection(conn('a', 1), store);
    expect((await keys(store)).sort()).toEqual(['connection:a', 'connection:b']);
    expect((await listConnections(store)).map((c) => c.id)).toEqual(['a', 'b']);
    expect((await listConnections(store))[0]).toEqual(conn('a', 1));
  });

  it('deletes', async () => {
    const store = freshStore();
    await putConnection(conn('a', 1), store);
    await deleteConnection('a', store);
    expect(await listConnections(store)).toEqual([]);
  });

  it('migrates a v0 record written before versioning and skips junk', async () => {
    const store = freshStore();
    await set(
      'connection:old',
      {
        id: 'old',
        label: 'Old',
        type: 'openai-compatible',
        baseUrl: 'http://x:1/v1',
        apiKey: 'k',
        isEnabled: false,
        modelFilter: 'g',
      },
      store,
    );
    await set('connection:junk', { hello: 'world' }, store);
    await set('connection:future', { ...conn('f', 1), schema_version: 99 }, store);
    const list = await listConnections(store);
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({
      id: 'old',
      name: 'Old',
      mode: 'openai_compatible',
      base_url: 'http://x:1/v1',
      api_key: 'k',
      enabled: false,
      model_filter: 'g',
    });
  });
});

describe('migrateConnection', () => {
  it('keeps a current record as it is', () => {
    expect(migrateConnection({ ...conn('a', 1), schema_version: 1 })).toEqual({ ...conn('a', 1), schema_version: 1 });
  });
  it.each([null, 'x', 42, { id: 'a' }, { ...conn('a', 1), mode: 'anthropic', schema_version: 1 }])(
    'rejects %j',
    (raw) => {
      expect(migrateConnection(raw)).toBeNull();
    },
  );
});
