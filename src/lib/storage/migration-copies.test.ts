// Deleted means deleted: a record's migration copies go with it; the copies that remain are counted.
import 'fake-indexeddb/auto';
import { createStore, get, keys, set } from 'idb-keyval';
import { describe, expect, it } from 'vitest';
import { storedV0Chat } from '../conversation/testing/builders.ts';
import { deleteConversation, getConversation, putConversation } from './chats-repo.ts';
import { deleteConnection, listConnections, putConnection } from './connections-repo.ts';
import { backupKey } from './update-with-backup.ts';
import { countMigrationCopies } from './migration-copies.ts';

let n = 0;
const fresh = (kind: string) => createStore(`test-copies-${kind}-${++n}`, kind);
const backupKeys = async (store: ReturnType<typeof fresh>) =>
  (await keys(store)).map(String).filter((k) => k.startsWith('backup:'));

const oldConnection = (id: string) => ({
  id,
  label: 'Box',
  type: 'openai-compatible',
  baseUrl: 'http://localhost:8080/v1',
  apiKey: `sk-secret-${id}`,
  isEnabled: true,
  created_at: 5,
  updated_at: 6,
});

const oldChat = (id: string, text: string) =>
  storedV0Chat({
    id,
    title: 'Old',
    created_at: 1,
    updated_at: 2,
    messages: [{ role: 'user', content: text, created_at: 1 }],
  });

describe('deleting a record deletes its migration copies', () => {
  it('a connection: its old record with the API key is gone, another connection’s copy stays', async () => {
    const store = fresh('connections');
    await set('connection:k1', oldConnection('k1'), store);
    await set('connection:k10', oldConnection('k10'), store);
    for (const c of await listConnections(store)) await putConnection({ ...c, name: 'renamed' }, store);
    expect(await get(backupKey(0, 'connection:k1'), store)).toMatchObject({ apiKey: 'sk-secret-k1' });

    await deleteConnection('k1', store);
    expect(await backupKeys(store)).toEqual([backupKey(0, 'connection:k10')]);
    expect(await keys(store)).not.toContain('connection:k1');
  });

  it('a chat: its old text is gone, another chat’s copy stays', async () => {
    const store = fresh('conversations');
    await set('chat:a', oldChat('a', 'secret text'), store);
    await set('chat:ab', oldChat('ab', 'other text'), store);
    for (const id of ['a', 'ab']) await putConversation((await getConversation(id, store))!, store);
    expect(await backupKeys(store)).toHaveLength(2);

    await deleteConversation('a', store);
    expect(await backupKeys(store)).toEqual([backupKey(0, 'chat:ab')]);
    expect((await keys(store)).map(String)).not.toContain('chat:a');
  });
});

describe('countMigrationCopies', () => {
  it('counts the copies and their size, and nothing else', async () => {
    const store = fresh('conversations');
    expect(await countMigrationCopies([store])).toEqual({ count: 0, bytes: 0 });
    await set('chat:a', oldChat('a', 'hello'), store);
    await putConversation((await getConversation('a', store))!, store);
    const other = fresh('connections');
    await set('connection:k1', oldConnection('k1'), other);
    await putConnection({ ...(await listConnections(other))[0]!, name: 'x' }, other);
    const { count, bytes } = await countMigrationCopies([store, other]);
    expect(count).toBe(2);
    expect(bytes).toBe(
      JSON.stringify(await get(backupKey(0, 'chat:a'), store)).length +
        JSON.stringify(await get(backupKey(0, 'connection:k1'), other)).length,
    );
  });
});
