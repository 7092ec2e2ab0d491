import 'fake-indexeddb/auto';
import type { QueryClient } from '@tanstack/svelte-query';
import { createStore, type UseStore } from 'idb-keyval';
import { describe, expect, it, vi } from 'vitest';
import type { Conversation } from '../conversation/types.ts';
import { assistantNode, conversationOf, userNode } from '../conversation/testing/builders.ts';
import { createChatsChannel, type ChatsChange } from '../storage/chats-channel.ts';
import { deleteConversation, getConversation, putConversation } from '../storage/chats-repo.ts';
import { exportToJson } from '../transfer/chats-file.ts';
import {
  allChatsFile,
  chatFile,
  chatMarkdownFile,
  deleteChat,
  importChatsFile,
  pinChat,
  renameChat,
  undoDelete,
  unsavedChatsFile,
} from './chat-actions.ts';

const NOW = Date.UTC(2025, 2, 4, 12);
let dbCount = 0;
const freshStore = (): UseStore => createStore(`chat-actions-${++dbCount}-${Math.random()}`, 'conversations');

function conv(id: string, title = `Chat ${id}`): Conversation {
  return {
    schema_version: 1,
    id,
    title,
    created_at: 1,
    updated_at: 2,
    nodes: {
      [`${id}-u`]: {
        id: `${id}-u`,
        children: [],
        role: 'user',
        content: `Hello ${id}`,
        status: 'complete',
        created_at: 1,
      },
    },
    root_ids: [`${id}-u`],
    current_leaf_id: `${id}-u`,
  };
}

function fakeClient() {
  const invalidateQueries = vi.fn(async () => {});
  return { client: { invalidateQueries } as unknown as QueryClient, invalidateQueries };
}

/** What another tab hears on the chats channel, once `count` notices have come. */
function otherTab(count: number): Promise<ChatsChange[]> {
  const channel = createChatsChannel();
  const heard: ChatsChange[] = [];
  return new Promise((resolve) => {
    channel.subscribe((change) => {
      heard.push(change);
      if (heard.length === count) {
        channel.close();
        resolve(heard);
      }
    });
  });
}

describe('importChatsFile', () => {
  it('stores the chats, tells the other tabs about each, and refreshes this tab’s list', async () => {
    const store = freshStore();
    const { client, invalidateQueries } = fakeClient();
    const heard = otherTab(2);
    const outcome = await importChatsFile(client, exportToJson([conv('a'), conv('b')], NOW), store);
    expect(outcome).toEqual({ ok: true, message: 'Imported 2 chats.' });
    expect(await getConversation('a', store)).toMatchObject({ title: 'Chat a' });
    expect(await heard).toEqual([
      { type: 'changed', id: 'a' },
      { type: 'changed', id: 'b' },
    ]);
    expect(invalidateQueries).toHaveBeenCalledWith({ queryKey: ['chats'] });
  });

  it('announces a clashing chat under the new id it was stored as', async () => {
    const store = freshStore();
    await putConversation(conv('a', 'Already here'), store);
    const heard = otherTab(1);
    const outcome = await importChatsFile(fakeClient().client, exportToJson([conv('a', 'From the file')], NOW), store);
    expect(outcome).toEqual({ ok: true, message: 'Imported 1 chat.' });
    const [change] = await heard;
    expect(change?.id).not.toBe('a');
    expect(await getConversation(change?.id ?? '', store)).toMatchObject({ title: 'From the file' });
  });

  it('names the entries it could not read, and why', async () => {
    const store = freshStore();
    const text = exportToJson([conv('a')], NOW).replace(/\]\s*\}\s*$/, ',"junk",{"id":"b"}]}');
    const outcome = await importChatsFile(fakeClient().client, text, store);
    expect(outcome).toEqual({
      ok: true,
      message: 'Imported 1 of 3 chats: 2 were not valid (entry 2 is not an object; entry 3.title must be text).',
    });
  });

  it('says why a file is refused', async () => {
    const outcome = await importChatsFile(fakeClient().client, '{"format":"something else"}', freshStore());
    expect(outcome).toEqual({ ok: false, error: expect.stringContaining('not a Switchboard chat export') });
  });
});

describe('files to download', () => {
  it('names each file and leaves out credentials', async () => {
    const store = freshStore();
    await putConversation(conv('a'), store);
    const one = await chatFile(conv('a'), async () => '', NOW);
    expect(one.name).toBe('switchboard-chat-a.json');
    expect(JSON.parse(one.text)).toMatchObject({ format: 'switchboard-chats', includes_api_keys: false });
    const all = await allChatsFile(NOW, store);
    expect(all.name).toBe('switchboard-chats-2025-03-04.json');
    expect(JSON.parse(all.text).conversations.map((c: Conversation) => c.id)).toEqual(['a']);
    const unsaved = await unsavedChatsFile([conv('x'), conv('y')], async () => undefined, NOW);
    expect(unsaved.name).toBe('switchboard-unsaved-chats-2025-03-04.json');
    expect(JSON.parse(unsaved.text).conversations).toHaveLength(2);
  });
});

describe('chatMarkdownFile', () => {
  it('names the file for the title and reads texts kept in pieces whole', async () => {
    const c = conversationOf(
      [
        userNode('u1', { content: 'Long one?' }),
        assistantNode('a1', { parent_id: 'u1', content: 'end', pieces: { count: 2, size: 4, chars: 8 } }),
      ],
      { title: 'Big: answer' },
    );
    const asked: string[] = [];
    const file = await chatMarkdownFile(c, async (id) => {
      asked.push(id);
      return 'start-middle-end';
    });
    expect(asked).toEqual(['a1']);
    expect(file).toMatchObject({ name: 'Big answer.md', type: 'text/markdown' });
    expect(file.text).toBe('# Big: answer\n\n## User\n\nLong one?\n\n## Assistant\n\nstart-middle-end\n');
  });
});

describe('delete, undo and rename', () => {
  function fakeSession(store: UseStore, open?: Conversation) {
    return {
      conv: open ?? null,
      deleteConversation: vi.fn((id: string) => deleteConversation(id, store)),
      restoreConversation: vi.fn(async (c: Conversation) => void (await putConversation(c, store))),
      rename: vi.fn(async () => {}),
      setPinned: vi.fn(async () => {}),
    };
  }

  it('delete returns the stored copy, and undo brings it back as it was', async () => {
    const store = freshStore();
    await putConversation(conv('a'), store);
    const session = fakeSession(store);
    const { client, invalidateQueries } = fakeClient();
    const copy = await deleteChat(client, session, 'a', store);
    expect(session.deleteConversation).toHaveBeenCalledWith('a');
    expect(await getConversation('a', store)).toBeUndefined();
    expect(copy).toMatchObject({ id: 'a', title: 'Chat a' });
    await undoDelete(client, session, copy as Conversation);
    expect(await getConversation('a', store)).toMatchObject({ id: 'a', title: 'Chat a' });
    expect(invalidateQueries).toHaveBeenCalledTimes(2);
  });

  it('pins any chat of the list and refreshes the list', async () => {
    const session = fakeSession(freshStore(), conv('open'));
    const { client, invalidateQueries } = fakeClient();
    await pinChat(client, session, 'other', true);
    expect(session.setPinned).toHaveBeenCalledWith('other', true);
    expect(invalidateQueries).toHaveBeenCalledTimes(1);
  });

  it('renames only the open chat', async () => {
    const session = fakeSession(freshStore(), conv('open'));
    const { client } = fakeClient();
    await renameChat(client, session, 'other', 'New title');
    expect(session.rename).not.toHaveBeenCalled();
    await renameChat(client, session, 'open', 'New title');
    expect(session.rename).toHaveBeenCalledWith('New title');
  });
});

describe('exporting the open chat', () => {
  it('writes an answer kept in pieces whole, as a plain message (the file format has no pieces)', async () => {
    const open = conv('p');
    const node = open.nodes['p-u'] as Conversation['nodes'][string];
    open.nodes['p-u'] = { ...node, content: 'tail', pieces: { count: 2, size: 4, chars: 12 } };
    const file = await chatFile(open, async (nodeId) => (nodeId === 'p-u' ? 'one-two-tail' : ''), NOW);
    const stored = JSON.parse(file.text).conversations[0].nodes['p-u'];
    expect(stored.content).toBe('one-two-tail');
    expect(stored.pieces).toBeUndefined();
  });

  it('a chat saving failed for carries the images never written, from what the tab holds', async () => {
    const image = { id: 'img', kind: 'image' as const, mime: 'image/png', width: 1, height: 1, bytes: 3 };
    const chat = conversationOf([userNode('u', { content: 'Look', attachments: [image] })], { id: 'unsaved' });
    const held = async (convId: string, id: string) =>
      convId === 'unsaved' && id === 'img' ? new Blob([new Uint8Array([1, 2, 3])]) : undefined;
    const dataIn = (text: string) => JSON.parse(text).conversations[0].nodes.u.attachments[0].data;
    expect(dataIn((await chatFile(chat, async () => '', NOW, held)).text)).toBe('AQID');
    expect(dataIn((await unsavedChatsFile([chat], held, NOW)).text)).toBe('AQID');
  });
});
