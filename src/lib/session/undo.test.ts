// Undo of a deleted chat or message through the session, on the app's real stores (fake-indexeddb) and
// Node's BroadcastChannel, which reaches other sessions ("tabs") in the same process.
import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { ChatSession, type ModelChoice } from './chat-session.svelte.ts';
import { HeldStream, finish, nextTask, testConnection, text } from './testing/held-stream.ts';
import { getConversation } from '../storage/chats-repo.ts';
import { activePath } from '../conversation/branches.ts';
import type { Conversation } from '../conversation/types.ts';

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
  const id = await s.send('Question', choice);
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
    const id = await s.send('Hi', choice, deepProxy({ params: { max_tokens: 7 }, system_prompt: 'Be brief' }));
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
});
