// Undo of a deleted chat or message through the session, on the app's real stores (fake-indexeddb) and
// Node's BroadcastChannel, which reaches other sessions ("tabs") in the same process.
import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { ChatSession, type ModelChoice } from './chat-session.svelte.ts';
import { HeldStream, finish, nextTask, testConnection, text } from './testing/held-stream.ts';
import { chatsStore, getConversation } from '../storage/chats-repo.ts';
import { readAttachment } from '../storage/attachment-store.ts';
import { keys } from 'idb-keyval';
import { activePath } from '../conversation/branches.ts';
import type { Conversation, MessageNode } from '../conversation/types.ts';
import { storedTurn } from './testing/stored-turn.ts';

const choice: ModelChoice = { connection: testConnection, model_id: 'm1' };
const texts = (conv: Conversation | null | undefined) => (conv ? activePath(conv).map((n) => n.content) : []);

/** Wraps every object and array of `value` in a Proxy, as Svelte's $state does. */
function deepProxy<T>(value: T): T {
  if (typeof value !== 'object' || value === null) return value;
  const copy = Array.isArray(value)
    ? value.map(deepProxy)
    : Object.fromEntries(Object.entries(value).map(([k, v]) => [k, deepProxy(v)]));
  return new Proxy(copy, {}) as T;
}

/** A session whose chat holds one finished turn: "Question" → "Answer". */
async function chatWithOneTurn(): Promise<{ s: ChatSession; id: string }> {
  const server = new HeldStream();
  const s = new ChatSession({ stream: server.stream, schedule: nextTask });
  const id = await storedTurn(s.send('Question', choice));
  server.send(text('Answer'), finish);
  server.end();
  await vi.waitFor(() => expect(s.isStreaming).toBe(false));
  await s.flush();
  return { s, id };
}

describe('undo', () => {
  it('a deleted chat handed back as reactive state is stored whole', async () => {
    const { s, id } = await chatWithOneTurn();
    const copy = (await getConversation(id)) as Conversation;
    await s.deleteConversation(id);
    expect(await getConversation(id)).toBeUndefined();
    await s.restoreConversation(deepProxy(copy));
    expect(s.saveProblem).toBeNull();
    expect(await getConversation(id)).toEqual(copy);
  });

  it('chat settings handed over as reactive state are stored with a new chat', async () => {
    const server = new HeldStream();
    const s = new ChatSession({ stream: server.stream, schedule: nextTask });
    const id = await storedTurn(
      s.send('Hi', choice, deepProxy({ params: { max_tokens: 7 }, system_prompt: 'Be brief' })),
    );
    server.send(finish);
    server.end();
    await vi.waitFor(() => expect(s.isStreaming).toBe(false));
    await s.flush();
    expect(s.saveProblem).toBeNull();
    expect(await getConversation(id)).toMatchObject({ params: { max_tokens: 7 }, system_prompt: 'Be brief' });
    await s.updateSettings(deepProxy({ params: { temperature: 1 } }));
    expect(await getConversation(id)).toMatchObject({ params: { temperature: 1 } });
  });

  it('another tab showing the deleted chat shows it again once it is restored', async () => {
    const { s, id } = await chatWithOneTurn();
    const other = new ChatSession({ stream: new HeldStream().stream, schedule: nextTask });
    await other.open(id);
    expect(texts(other.conv)).toEqual(['Question', 'Answer']);
    const copy = (await getConversation(id)) as Conversation;
    await s.deleteConversation(id);
    await vi.waitFor(() => expect(other.missing).toBe(true));
    await s.restoreConversation(copy);
    await vi.waitFor(() => expect(texts(other.conv)).toEqual(['Question', 'Answer']));
    expect(other.missing).toBe(false);
  });

  it('a deleted message comes back on undo, here, in storage and in another tab', async () => {
    const { s, id } = await chatWithOneTurn();
    const other = new ChatSession({ stream: new HeldStream().stream, schedule: nextTask });
    await other.open(id);
    const question = activePath(s.conv as Conversation)[0]?.id as string;
    await s.deleteMessage(question);
    expect(texts(s.conv)).toEqual([]);
    expect(s.deletedMessages?.nodes.map((n) => n.content)).toEqual(['Question', 'Answer']);
    await vi.waitFor(() => expect(texts(other.conv)).toEqual([]));

    await s.undoDeleteMessage();
    expect(s.deletedMessages).toBeNull();
    expect(texts(s.conv)).toEqual(['Question', 'Answer']);
    expect(texts(await getConversation(id))).toEqual(['Question', 'Answer']);
    await vi.waitFor(() => expect(texts(other.conv)).toEqual(['Question', 'Answer']));
  });

  it('the undo of a message delete is dropped when another chat opens', async () => {
    const { s, id } = await chatWithOneTurn();
    await s.deleteMessage(activePath(s.conv as Conversation)[1]?.id as string);
    expect(s.deletedMessages).not.toBeNull();
    await s.open(id);
    expect(s.deletedMessages).not.toBeNull();
    await s.open(undefined);
    expect(s.deletedMessages).toBeNull();
  });

  it('a deleted long answer comes back whole on undo, and its pieces go once the undo is no longer offered', async () => {
    const long = 'a line of a very long answer\n'.repeat(25_000);
    const server = new HeldStream();
    const s = new ChatSession({ stream: server.stream, schedule: nextTask });
    const id = await storedTurn(s.send('Question', choice));
    server.send(text(long), finish);
    server.end();
    await vi.waitFor(() => expect(s.isStreaming).toBe(false));
    await s.flush();
    const storedPieces = async () =>
      (await keys(chatsStore)).filter((key) => Array.isArray(key) && key[0] === 'piece' && key[1] === id);
    const answer = activePath(s.conv as Conversation)[1] as MessageNode;
    const count = answer.pieces?.count ?? 0;
    expect(count).toBeGreaterThan(0);
    expect(await storedPieces()).toHaveLength(count);

    await s.deleteMessage(answer.id);
    await s.undoDeleteMessage();
    const back = activePath(s.conv as Conversation)[1] as MessageNode;
    expect(back.id).not.toBe(answer.id);
    expect(await s.stored.wholeText(s.conv, back.id)).toBe(long);
    // the copy's pieces, and none of the deleted original's
    expect((await storedPieces()).map((key) => (key as unknown[])[2])).toEqual(Array(count).fill(back.id));

    await s.deleteMessage(back.id);
    expect(await storedPieces()).toHaveLength(count); // kept for the undo
    await s.open(undefined);
    await vi.waitFor(async () => expect(await storedPieces()).toEqual([]));
  });

  it('a deleted message keeps its images while the undo is offered (the copies list the same ones), then they go', async () => {
    const server = new HeldStream();
    const s = new ChatSession({ stream: server.stream, schedule: nextTask });
    const attachment = { id: 'img-1', kind: 'image' as const, mime: 'image/png', width: 1, height: 1, bytes: 3 };
    const id = await storedTurn(
      s.send('Look', choice, {}, [{ attachment, blob: new Blob([new Uint8Array([1, 2, 3])]) }]),
    );
    server.send(text('A picture'), finish);
    server.end();
    await vi.waitFor(() => expect(s.isStreaming).toBe(false));
    await s.flush();
    const storedImage = () => readAttachment(id, 'img-1', chatsStore);
    expect(await storedImage()).toBeInstanceOf(Blob);

    await s.deleteMessage(activePath(s.conv as Conversation)[0]?.id as string);
    await s.undoDeleteMessage();
    expect(activePath(s.conv as Conversation)[0]?.attachments?.[0]?.id).toBe('img-1');
    expect(await s.stored.imageBlob(id, 'img-1')).toBeInstanceOf(Blob);

    await s.deleteMessage(activePath(s.conv as Conversation)[0]?.id as string);
    expect(await storedImage()).toBeInstanceOf(Blob); // kept for the undo
    await s.open(undefined);
    await vi.waitFor(async () => expect(await storedImage()).toBeUndefined());
  });
});
