import 'fake-indexeddb/auto';
import type { QueryClient } from '@tanstack/svelte-query';
import { createStore, type UseStore } from 'idb-keyval';
import { describe, expect, it, vi } from 'vitest';
import { setFolder } from '../conversation/folder.ts';
import { assistantNode, conversationOf } from '../conversation/testing/builders.ts';
import { getConversation, putConversation } from '../storage/chats-repo.ts';
import { deleteFolder, moveChatToFolder, renameFolder } from './folder-actions.ts';

let dbCount = 0;
const freshStore = (): UseStore => createStore(`folder-actions-${++dbCount}-${Math.random()}`, 'conversations');
const client = { invalidateQueries: vi.fn(async () => {}) } as unknown as QueryClient;

/** A session that writes straight to `store` (the real one also tells the other tabs). */
function sessionOver(store: UseStore) {
  return {
    setFolder: vi.fn(async (id: string, folder: string | undefined) => {
      const conv = await getConversation(id, store);
      if (conv) await putConversation(setFolder(conv, folder), store);
    }),
  };
}

async function seed(store: UseStore, folders: Record<string, string | undefined>): Promise<void> {
  for (const [id, folder] of Object.entries(folders)) {
    const conv = conversationOf([assistantNode(`${id}-a`)], { id, title: id });
    await putConversation(folder === undefined ? conv : { ...conv, folder }, store);
  }
}

const folderOf = async (id: string, store: UseStore) => (await getConversation(id, store))?.folder;

describe('folder actions', () => {
  it('moves a chat into a folder by its name as typed, and a blank name moves it out', async () => {
    const session = sessionOver(freshStore());
    await moveChatToFolder(client, session, 'a', '  New   folder ');
    expect(session.setFolder).toHaveBeenLastCalledWith('a', 'New folder');
    await moveChatToFolder(client, session, 'a', undefined);
    expect(session.setFolder).toHaveBeenLastCalledWith('a', undefined);
  });

  it('renames a folder by moving each of its chats, and leaves other chats alone', async () => {
    const store = freshStore();
    await seed(store, { a: 'Work', b: 'Work', c: 'Home', d: undefined });
    const session = sessionOver(store);
    await renameFolder(client, session, 'Work', ' Job ', store);
    expect(await Promise.all(['a', 'b', 'c', 'd'].map((id) => folderOf(id, store)))).toEqual([
      'Job',
      'Job',
      'Home',
      undefined,
    ]);
    await renameFolder(client, session, 'Job', '   ', store);
    expect(await folderOf('a', store)).toBe('Job');
  });

  it('deleting a folder keeps its chats, moved out', async () => {
    const store = freshStore();
    await seed(store, { a: 'Work', c: 'Home' });
    await deleteFolder(client, sessionOver(store), 'Work', store);
    expect(await getConversation('a', store)).toBeDefined();
    expect(await folderOf('a', store)).toBeUndefined();
    expect(await folderOf('c', store)).toBe('Home');
  });
});
