// What the chat list does with chats: import and export chat files, delete with undo, rename. Every
// write refreshes this tab's list and tells the other tabs, whose lists are cached until told.
// The file formats (transfer/) load on demand: only an export or import needs them, not the first load.
import type { QueryClient } from '@tanstack/svelte-query';
import type { UseStore } from 'idb-keyval';
import type { Conversation, MessageNode } from '../conversation/types.ts';
import type { ChatSession } from '../session/chat-session.svelte.ts';
import { activePath } from '../conversation/branches.ts';
import { createChatsChannel } from '../storage/chats-channel.ts';
import { chatsStore, getAllConversations, getConversation } from '../storage/chats-repo.ts';
import { embedImages, readAttachment, type ImageReader } from '../storage/attachment-store.ts';
import { invalidateChats } from '../queries/chats-queries.ts';

/** A file for the browser to download. */
export interface ChatsFile {
  name: string;
  text: string;
  /** the MIME type when not JSON */
  type?: string;
}

/** The chats file format, loaded on first use (one import site: each one costs first-load bytes). */
const chatsFileFormat = () => import('../transfer/chats-file.ts');

/**
 * Fetch the chats file format ahead of need: once saving fails, the downloads are the user's way out, and
 * a lazy file that cannot be fetched then (a new version deployed, no service worker) would close it.
 */
export function prepareChatsFile(): void {
  chatsFileFormat().catch(() => undefined);
}

const day = (now: number) => new Date(now).toISOString().slice(0, 10);

/**
 * The open chat as a chats file. Texts kept in pieces are read whole first (`wholeText`, the session's):
 * the file format has no pieces, and a file with only a long answer's last piece would lose its start.
 * Images' bytes come from `readImage` (the session's: it has those not written yet, while saving fails).
 */
export async function chatFile(
  conv: Conversation,
  wholeText: (nodeId: string) => Promise<string>,
  now: number = Date.now(),
  readImage: ImageReader = (convId, id) => readAttachment(convId, id, chatsStore),
): Promise<ChatsFile> {
  const texts = await wholeTexts(Object.values(conv.nodes), wholeText);
  const nodes = { ...conv.nodes };
  for (const [id, content] of texts) {
    const { pieces: _pieces, ...rest } = conv.nodes[id] as MessageNode;
    nodes[id] = { ...rest, content };
  }
  const withImages = await embedImages({ ...conv, nodes }, readImage);
  const { exportToJson } = await chatsFileFormat();
  return { name: `switchboard-chat-${conv.id}.json`, text: exportToJson([withImages], now) };
}

/**
 * The open chat's current branch as Markdown. Texts kept in pieces are read whole first (`wholeText`,
 * the session's), so the file has every word of a long answer.
 */
export async function chatMarkdownFile(
  conv: Conversation,
  wholeText: (nodeId: string) => Promise<string>,
): Promise<ChatsFile> {
  const texts = await wholeTexts(activePath(conv), wholeText);
  const { chatToMarkdown, markdownFileName } = await import('../transfer/chat-markdown.ts');
  return { name: markdownFileName(conv.title), text: chatToMarkdown(conv, texts), type: 'text/markdown' };
}

/** Node id → whole text, for those of `nodes` kept in pieces. */
async function wholeTexts(
  nodes: readonly MessageNode[],
  wholeText: (nodeId: string) => Promise<string>,
): Promise<Map<string, string>> {
  const pieced = nodes.filter((node) => node.pieces !== undefined);
  return new Map(await Promise.all(pieced.map(async (node) => [node.id, await wholeText(node.id)] as const)));
}

export async function allChatsFile(now: number = Date.now(), store: UseStore = chatsStore): Promise<ChatsFile> {
  const conversations = await getAllConversations(store);
  const { exportToJson } = await chatsFileFormat();
  return { name: `switchboard-chats-${day(now)}.json`, text: exportToJson(conversations, now) };
}

/** What a tab holds while saving fails: the only copy of some of it, images too (`readImage`: the session's). */
export async function unsavedChatsFile(
  conversations: Conversation[],
  readImage: ImageReader,
  now: number = Date.now(),
): Promise<ChatsFile> {
  const withImages = await Promise.all(conversations.map((conv) => embedImages(conv, readImage)));
  const { exportToJson } = await chatsFileFormat();
  return { name: `switchboard-unsaved-chats-${day(now)}.json`, text: exportToJson(withImages, now) };
}

export type ImportOutcome = { ok: true; message: string } | { ok: false; error: string };

/**
 * Stores the chats of an export file (never overwriting one) once the whole file is read, and announces each
 * to the other tabs. The message names what was not imported and why.
 */
export async function importChatsFile(
  client: QueryClient,
  text: string,
  store: UseStore = chatsStore,
): Promise<ImportOutcome> {
  const [{ importIntoStore }, { importSummary }] = await Promise.all([
    chatsFileFormat(),
    import('../transfer/skipped-entries.ts'),
  ]);
  const result = await importIntoStore(text, store);
  if (result.ok) announceChanged(result.conversations.map((c) => c.id));
  await invalidateChats(client);
  if (!result.ok) return result;
  const { conversations, duplicates, invalid, total } = result;
  const counts = { imported: conversations.length, total, present: duplicates.length, invalid };
  return { ok: true, message: importSummary('chats', counts) };
}

function announceChanged(ids: readonly string[]): void {
  if (ids.length === 0) return;
  const channel = createChatsChannel();
  for (const id of ids) channel.post({ type: 'changed', id });
  channel.close();
}

type SessionForList = Pick<ChatSession, 'deleteConversation' | 'restoreConversation' | 'rename' | 'setPinned' | 'conv'>;

/** Deletes a chat (the session tells the other tabs); returns the stored copy for an undo. */
export async function deleteChat(
  client: QueryClient,
  session: SessionForList,
  id: string,
  store: UseStore = chatsStore,
): Promise<Conversation | undefined> {
  const copy = await getConversation(id, store);
  await session.deleteConversation(id);
  await invalidateChats(client);
  return copy;
}

/** Undo of a delete: the copy comes back as it was (the session's save tells the other tabs). */
export async function undoDelete(client: QueryClient, session: SessionForList, copy: Conversation): Promise<void> {
  await session.restoreConversation(copy);
  await invalidateChats(client);
}

/** Renames the open chat; only the open one can be renamed, as only it has the button. */
export async function renameChat(
  client: QueryClient,
  session: SessionForList,
  id: string,
  title: string,
): Promise<void> {
  if (id === session.conv?.id) await session.rename(title);
  await invalidateChats(client);
}

/** Pins (or unpins) any chat of the list; pinned chats are listed first. */
export async function pinChat(
  client: QueryClient,
  session: SessionForList,
  id: string,
  pinned: boolean,
): Promise<void> {
  await session.setPinned(id, pinned);
  await invalidateChats(client);
}
