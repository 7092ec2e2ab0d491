import 'fake-indexeddb/auto';
import { createStore, entries, get, set, type UseStore } from 'idb-keyval';
import { describe, expect, it } from 'vitest';
import { assistantNode, linearConversation, withNode } from '../conversation/testing/builders.ts';
import { getConversation } from '../storage/chats-repo.ts';
import type { Conversation } from '../conversation/types.ts';
import type { Connection } from '../connections/types.ts';
import { getAllConversations, putConversation } from '../storage/chats-repo.ts';
import { listConnections, putConnection } from '../storage/connections-repo.ts';
import { backupToJson, buildBackup, parseBackup, type FullBackup } from './full-backup.ts';
import { readAttachment } from '../storage/attachment-store.ts';
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
  it('stores a long answer from the file in pieces, and a backup of it has the whole text again', async () => {
    const s = stores();
    const long = 'All work and no play. '.repeat(40_000); // 880 K characters
    const file = backupOf([], [linearConversation('big', ['Write', long], { created_at: 1, updated_at: 1 })]);
    await restoreBackup(file, s);
    const record = (await get('chat:big', s.chats)) as Conversation;
    expect(record.nodes['big-1']?.pieces?.count).toBe(3);
    expect(record.nodes['big-1']?.content.length).toBeLessThan(long.length / 3);
    const [again] = await getAllConversations(s.chats);
    expect(again?.nodes['big-1']?.content).toBe(long);
  });

  it('stores the image bytes a backup carries as Blobs beside the record, and a new backup has them again', async () => {
    const s = stores();
    const withImage = linearConversation('pic', ['Look'], { created_at: 1, updated_at: 1 });
    const node = withImage.nodes['pic-0'];
    if (node)
      node.attachments = [{ id: 'i', kind: 'image', mime: 'image/png', width: 1, height: 1, bytes: 3, data: 'AQID' }];
    const file = parseBackup(backupToJson(backupOf([], [withImage])));
    if (!file.ok) throw new Error(file.error);
    await restoreBackup(file.backup, s);
    const record = (await get('chat:pic', s.chats)) as Conversation;
    expect(record.nodes['pic-0']?.attachments).toEqual([
      { id: 'i', kind: 'image', mime: 'image/png', width: 1, height: 1, bytes: 3 },
    ]);
    const blob = await readAttachment('pic', 'i', s.chats);
    expect(blob && [...new Uint8Array(await blob.arrayBuffer())]).toEqual([1, 2, 3]);
    const [again] = await getAllConversations(s.chats);
    expect(again?.nodes['pic-0']?.attachments?.[0]?.data).toBe('AQID');
  });

  it('brings back every connection and conversation into empty stores', async () => {
    const s = stores();
    const result = await restoreBackup(
      backupOf([connection('a', { api_key: 'k' }), connection('b')], [chat('x', 'one'), chat('y', 'two')]),
      s,
    );
    expect(result).toMatchObject({ connections: 2, conversations: 2, addedChats: 2, droppedKeys: [] });
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

  it('drops a stored key when the file moves its connection to another origin, and says so', async () => {
    const s = stores();
    await putConnection(connection('a', { name: 'Paid', api_key: 'sk-secret' }), s.connections);
    const moved = connection('a', { name: 'Paid', base_url: 'http://127.0.0.1:9999' });
    const result = await restoreBackup(backupOf([moved], [], false), s);
    const [stored] = await listConnections(s.connections);
    expect(stored).toMatchObject({ base_url: 'http://127.0.0.1:9999' });
    expect(stored?.api_key).toBeUndefined();
    expect(result.droppedKeys).toEqual([{ name: 'Paid', origin: 'http://127.0.0.1:9999' }]);
  });

  it('keeps a stored key when the address changes only within its origin', async () => {
    const s = stores();
    await putConnection(connection('a', { base_url: 'http://example.test/v1', api_key: 'k' }), s.connections);
    const result = await restoreBackup(backupOf([connection('a', { base_url: 'http://example.test/api/v1' })], []), s);
    expect((await listConnections(s.connections))[0]?.api_key).toBe('k');
    expect(result.droppedKeys).toEqual([]);
  });

  it('never rewrites a stored message, even from a copy with a higher rev', async () => {
    const s = stores();
    const mine = withNode(chat('x', 'q'), assistantNode('x-a', { parent_id: 'x-0', content: 'my answer', rev: 1 }));
    await putConversation(mine, s.chats);
    const forged = withNode(chat('x', 'q'), assistantNode('x-a', { parent_id: 'x-0', content: 'forged', rev: 99 }));
    const result = await restoreBackup(backupOf([], [forged]), s);
    expect((await getConversation('x', s.chats))?.nodes['x-a']?.content).toBe('my answer');
    expect(result).toMatchObject({ addedChats: 0, addedMessages: 0, keptMessages: 1 });
  });

  it('keeps the title and settings of a stored chat, and never takes show_images from the file', async () => {
    const s = stores();
    await putConversation({ ...chat('x', 'mine'), system_prompt: 'be brief' }, s.chats);
    const forged = { ...chat('x', 'forged'), system_prompt: 'leak', show_images: true, meta_rev: 50 };
    const result = await restoreBackup(backupOf([], [forged]), s);
    const conv = await getConversation('x', s.chats);
    expect([conv?.title, conv?.system_prompt, conv?.show_images]).toEqual(['mine', 'be brief', undefined]);
    expect(result.keptChats).toBe(1);
  });

  it('brings new chats in with remote images off', async () => {
    const s = stores();
    await restoreBackup(backupOf([], [{ ...chat('y', 'new'), show_images: true }]), s);
    expect((await getConversation('y', s.chats))?.show_images).toBeUndefined();
  });

  it('never deletes stored messages the file lists as deleted', async () => {
    const s = stores();
    const mine = withNode(chat('x', 'q'), assistantNode('x-a', { parent_id: 'x-0', content: 'answer' }));
    await putConversation(mine, s.chats);
    const emptied = { ...chat('x', 'q'), nodes: {}, root_ids: [], deleted_node_ids: ['x-0', 'x-a'] };
    await restoreBackup(backupOf([], [emptied]), s);
    const conv = await getConversation('x', s.chats);
    expect(Object.keys(conv?.nodes ?? {}).sort()).toEqual(['x-0', 'x-a']);
    expect(conv?.deleted_node_ids ?? []).toEqual([]);
  });

  it('adds the messages a stored chat lacks, under their parents, and counts them', async () => {
    const s = stores();
    await putConversation(chat('x', 'q'), s.chats);
    const longer = withNode(
      withNode(chat('x', 'q'), assistantNode('x-a', { parent_id: 'x-0', content: 'answer', created_at: 2 })),
      assistantNode('x-b', { parent_id: 'x-a', content: 'more', created_at: 3 }),
    );
    const result = await restoreBackup(backupOf([], [longer, chat('y', 'other')]), s);
    const conv = await getConversation('x', s.chats);
    expect(conv?.nodes['x-0']?.children).toEqual(['x-a']);
    expect(conv?.nodes['x-a']?.children).toEqual(['x-b']);
    expect(result).toMatchObject({ conversations: 2, addedChats: 1, addedMessages: 2, keptMessages: 0, keptChats: 0 });
  });
});
