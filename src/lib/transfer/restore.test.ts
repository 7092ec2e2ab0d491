import 'fake-indexeddb/auto';
import { createStore, entries, get, set, type UseStore } from 'idb-keyval';
import { describe, expect, it } from 'vitest';
import { assistantNode, linearConversation, withNode } from '../conversation/testing/builders.ts';
import type { Conversation } from '../conversation/types.ts';
import type { Connection } from '../connections/types.ts';
import { getAllConversations, putConversation } from '../storage/chats-repo.ts';
import { listConnections, putConnection } from '../storage/connections-repo.ts';
import { buildBackup, type FullBackup } from './full-backup.ts';
import { restoreBackup } from './restore.ts';

let n = 0;
const stores = () => ({
  chats: createStore(`restore-chats-${++n}`, 'conversations'),
  connections: createStore(`restore-connections-${n}`, 'connections'),
});

const connection = (id: string, extra: Partial<Connection> = {}): Connection => ({
  id,
  name: `C ${id}`,
  mode: 'ollama',
  base_url: 'http://localhost:11434',
  enabled: true,
  created_at: 1,
  updated_at: 1,
  ...extra,
});

/** A chat of one user message, `<id>-0`, titled with its text. */
const chat = (id: string, text: string): Conversation =>
  linearConversation(id, [text], { title: text, created_at: 1, updated_at: 1 });

const backupOf = (connections: Connection[], conversations: Conversation[], keys = true): FullBackup =>
  buildBackup(connections, conversations, 5, keys);

describe('restoreBackup', () => {
  it('brings back every connection and conversation into empty stores', async () => {
    const s = stores();
    const result = await restoreBackup(
      backupOf([connection('a', { api_key: 'k' }), connection('b')], [chat('x', 'one'), chat('y', 'two')]),
      s,
    );
    expect(result).toEqual({ connections: 2, conversations: 2 });
    expect((await listConnections(s.connections)).map((c) => [c.id, c.api_key])).toEqual([
      ['a', 'k'],
      ['b', undefined],
    ]);
    expect((await getAllConversations(s.chats)).map((c) => c.title).sort()).toEqual(['one', 'two']);
  });

  it('merges with stored conversations by message, and keeps a stored key the file leaves out', async () => {
    const s = stores();
    const stored = chat('x', 'one');
    const later = withNode(stored, assistantNode('extra', { parent_id: 'x-0', content: 'newer', created_at: 2 }));
    await putConversation(later, s.chats);
    await putConnection(connection('a', { api_key: 'stored-key' }), s.connections);
    await restoreBackup(backupOf([connection('a', { name: 'Renamed' })], [stored], false), s);
    const [conv] = await getAllConversations(s.chats);
    expect(Object.keys(conv?.nodes ?? {}).sort()).toEqual(['extra', 'x-0']);
    expect(await listConnections(s.connections)).toEqual([connection('a', { name: 'Renamed', api_key: 'stored-key' })]);
  });

  it('undoes the conversations when the connections cannot be written (never a partial import)', async () => {
    const s = stores();
    await putConversation(chat('x', 'before'), s.chats);
    const chatsBefore = await entries(s.chats);
    const full: UseStore = () => Promise.reject(new DOMException('no room', 'QuotaExceededError'));
    await expect(
      restoreBackup(backupOf([connection('a')], [chat('x', 'after'), chat('y', 'new')]), {
        chats: s.chats,
        connections: full,
      }),
    ).rejects.toMatchObject({
      name: 'QuotaExceededError',
    });
    expect(await entries(s.chats)).toEqual(chatsBefore);
  });

  it('writes nothing when one record in the middle cannot be replaced (a newer stored connection)', async () => {
    const s = stores();
    await putConnection(connection('a'), s.connections);
    await set('connection:b', { ...connection('b'), schema_version: 99 }, s.connections);
    const connectionsBefore = await entries(s.connections);
    await expect(
      restoreBackup(
        backupOf([connection('a', { name: 'Changed' }), connection('b'), connection('c')], [chat('x', 'new')]),
        s,
      ),
    ).rejects.toThrow(/newer version/);
    expect(await entries(s.connections)).toEqual(connectionsBefore);
    expect(await entries(s.chats)).toEqual([]);
  });

  it('backs up an old-version record it replaces', async () => {
    const s = stores();
    const v0 = { id: 'a', label: 'Old', type: 'ollama', baseUrl: 'http://localhost:11434' };
    await set('connection:a', v0, s.connections);
    await restoreBackup(backupOf([connection('a')], []), s);
    expect(await get('backup:v0:connection:a', s.connections)).toStrictEqual(v0);
  });
});
