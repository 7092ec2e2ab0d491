// What the chat list does with folders: move a chat into one (a new one too), rename a folder, delete a
// folder (its chats stay, moved out). A folder is the name its chats carry (conversation/folder.ts), so
// renaming or deleting one changes each of its chats through the session, which tells the other tabs.
import type { QueryClient } from '@tanstack/svelte-query';
import type { UseStore } from 'idb-keyval';
import { cleanFolderName } from '../conversation/folder.ts';
import type { ChatSession } from '../session/chat-session.svelte.ts';
import { chatsStore, listConversations } from '../storage/chats-repo.ts';
import { invalidateChats } from '../queries/chats-queries.ts';

type SessionForFolders = Pick<ChatSession, 'setFolder'>;

/** Moves chat `id` into the folder named `name` as typed (blank: out of any folder). */
export async function moveChatToFolder(
  client: QueryClient,
  session: SessionForFolders,
  id: string,
  name: string | undefined,
): Promise<void> {
  await session.setFolder(id, name === undefined ? undefined : cleanFolderName(name));
  await invalidateChats(client);
}

/** The ids of the chats in folder `folder` (from the list's index, not the chats). */
async function chatsIn(folder: string, store: UseStore): Promise<string[]> {
  return (await listConversations(store)).filter((c) => c.folder === folder).map((c) => c.id);
}

/** Renames a folder (to the name of another folder: the two become one). A blank name changes nothing. */
export async function renameFolder(
  client: QueryClient,
  session: SessionForFolders,
  from: string,
  to: string,
  store: UseStore = chatsStore,
): Promise<void> {
  const name = cleanFolderName(to);
  if (name === undefined || name === from) return;
  for (const id of await chatsIn(from, store)) await session.setFolder(id, name);
  await invalidateChats(client);
}

/** Deletes a folder: its chats stay, listed with the rest. */
export async function deleteFolder(
  client: QueryClient,
  session: SessionForFolders,
  folder: string,
  store: UseStore = chatsStore,
): Promise<void> {
  for (const id of await chatsIn(folder, store)) await session.setFolder(id, undefined);
  await invalidateChats(client);
}
