import 'fake-indexeddb/auto';
import { createStore, get } from 'idb-keyval';
import { describe, expect, it, vi } from 'vitest';
import { ChatSession, type ModelChoice } from './chat-session.svelte.ts';
import { HeldStream, finish, nextTask, testConnection, text } from './testing/held-stream.ts';
import { getConversation, putConversation, CHATS_DB_NAME, CHATS_STORE_NAME } from '../storage/chats-repo.ts';
import { journalKey } from '../storage/unload-journal.ts';
import { activePath } from '../conversation/branches.ts';
import type { Conversation } from '../conversation/types.ts';
import { conversationOf, userNode } from '../conversation/testing/builders.ts';
import { storedTurn } from './testing/stored-turn.ts';

// These run on the app's real stores (fake-indexeddb); every test uses its own conversation ids.
const choice: ModelChoice = { connection: testConnection, model_id: 'm1' };

function session(server: HeldStream, onSaved?: (id: string) => void): ChatSession {
  return new ChatSession({ stream: server.stream, schedule: nextTask, ...(onSaved ? { onSaved } : {}) });
}

const answerOf = (conv: Conversation | null) => (conv ? activePath(conv).at(-1) : undefined);

async function streamingEnded(s: ChatSession): Promise<void> {
  await vi.waitFor(() => expect(s.isStreaming).toBe(false));
}

describe('ChatSession', () => {
  it('streams a turn into its answer and saves it when the turn ends', async () => {
    const server = new HeldStream();
    const saved: string[] = [];
    const s = session(server, (id) => saved.push(id));
    const id = await storedTurn(s.send('Hi there', choice));
    expect(s.isStreaming).toBe(true);
    expect(server.requests[0]?.messages).toEqual([{ role: 'user', content: 'Hi there' }]);
    // the turn is stored before any token arrives, owned by this tab
    const first = await getConversation(id);
    expect(answerOf(first ?? null)).toMatchObject({ status: 'streaming', lease_owner: s.tabId });

    server.send(text('Hel'), text('lo'));
    await vi.waitFor(() => expect(answerOf(s.conv)?.content).toBe('Hello'));
    server.send(finish);
    server.end();
    await streamingEnded(s);

    expect(answerOf(s.conv)).toMatchObject({ content: 'Hello', status: 'complete', model_id: 'm1' });
    await vi.waitFor(() => expect(s.isSaved).toBe(true));
    const stored = await getConversation(id);
    expect(answerOf(stored ?? null)).toMatchObject({ content: 'Hello', status: 'complete' });
    expect(stored?.title).toBe('Hi there');
    expect(saved).toContain(id);
  });

  it('keeps the partial answer when stopped', async () => {
    const server = new HeldStream();
    const s = session(server);
    const id = await storedTurn(s.send('Tell me a story', choice));
    server.send(text('Once upon'));
    await vi.waitFor(() => expect(answerOf(s.conv)?.content).toBe('Once upon'));
    s.stop();
    await streamingEnded(s);
    expect(answerOf(s.conv)).toMatchObject({ content: 'Once upon', status: 'aborted' });
    await vi.waitFor(async () =>
      expect(answerOf((await getConversation(id)) ?? null)).toMatchObject({ content: 'Once upon', status: 'aborted' }),
    );
  });

  it('never writes a deleted conversation again, even while its stream still yields', async () => {
    const server = new HeldStream();
    const s = session(server);
    const id = await storedTurn(s.send('Short-lived', choice));
    await s.deleteConversation(id);
    expect(s.conv).toBeNull();
    expect(s.missing).toBe(true);
    server.send(text('too late'), finish);
    server.end();
    await streamingEnded(s);
    await s.flush();
    expect(await getConversation(id)).toBeUndefined();
    expect(s.inMemoryConversations()).toEqual([]);
  });

  it('journals what is not saved yet, for a closing page', async () => {
    const server = new HeldStream();
    const s = session(server);
    const id = await storedTurn(s.send('Before closing', choice));
    server.send(text('partial'));
    await vi.waitFor(() => expect(answerOf(s.conv)?.content).toBe('partial'));
    s.journalUnsaved();
    const journal = createStore(CHATS_DB_NAME, CHATS_STORE_NAME);
    await vi.waitFor(async () => {
      const entry = await get<Conversation>(journalKey(s.tabId, id), journal);
      expect(answerOf(entry ?? null)?.content).toBe('partial');
    });
    s.stop();
    await streamingEnded(s);
  });

  it('journals the streamed text when the page is hidden', async () => {
    const server = new HeldStream();
    const s = session(server);
    const id = await storedTurn(s.send('Before hiding', choice));
    server.send(text('shown text'));
    await vi.waitFor(() => expect(answerOf(s.conv)?.content).toBe('shown text'));
    void s.pageHidden();
    const journal = createStore(CHATS_DB_NAME, CHATS_STORE_NAME);
    await vi.waitFor(async () => {
      const entry = await get<Conversation>(journalKey(s.tabId, id), journal);
      expect(answerOf(entry ?? null)?.content).toBe('shown text');
    });
    s.stop();
    await streamingEnded(s);
  });

  it('edits, regenerates, renames and switches branches, saving each action', async () => {
    const server = new HeldStream();
    const s = session(server);
    const id = await storedTurn(s.send('First question', choice));
    server.send(text('A1'), finish);
    await streamingEnded(s);
    const firstAnswer = answerOf(s.conv)?.id as string;

    await s.regenerate(firstAnswer, choice);
    server.send(text('A2'), finish);
    await streamingEnded(s);
    expect(answerOf(s.conv)?.content).toBe('A2');

    await s.switchBranch(answerOf(s.conv)?.id as string, 'prev');
    expect(answerOf(s.conv)?.content).toBe('A1');

    const userId = activePath(s.conv as Conversation)[0]?.id as string;
    await s.editAndResend(userId, 'Second question', choice);
    server.send(text('B'), finish);
    await streamingEnded(s);
    expect(activePath(s.conv as Conversation).map((n) => n.content)).toEqual(['Second question', 'B']);
    expect(server.requests.at(-1)?.messages).toEqual([{ role: 'user', content: 'Second question' }]);

    await s.rename('Named');
    await s.updateSettings({ system_prompt: 'Be brief.' });
    const stored = await getConversation(id);
    expect(stored).toMatchObject({ title: 'Named', title_is_custom: true, system_prompt: 'Be brief.' });
    expect(Object.keys(stored?.nodes ?? {})).toHaveLength(5);
    expect(s.isSaved).toBe(true);
  });

  it('pins the open chat and a chat that is only stored, leaving updated_at alone', async () => {
    const server = new HeldStream();
    const s = session(server);
    const id = await storedTurn(s.send('Pin me', choice));
    server.send(text('ok'), finish);
    await streamingEnded(s);
    const before = (await getConversation(id))?.updated_at;
    await s.setPinned(id, true);
    expect(s.conv?.pinned).toBe(true);
    expect(await getConversation(id)).toMatchObject({ pinned: true, updated_at: before });

    await putConversation(conversationOf([userNode('q')], { id: 'stored-only', meta_rev: 2 }));
    await s.setPinned('stored-only', true);
    expect(await getConversation('stored-only')).toMatchObject({ pinned: true, meta_rev: 3 });
    expect(s.conv?.id).toBe(id);
    await s.setPinned('stored-only', false);
    expect(await getConversation('stored-only')).not.toHaveProperty('pinned');
  });

  it('shows another tab’s newer rename while this tab streams, and keeps streaming', async () => {
    const server = new HeldStream();
    const s = session(server);
    const id = await storedTurn(s.send('Shared chat', choice));
    server.send(text('one '));
    await vi.waitFor(() => expect(answerOf(s.conv)?.content).toBe('one '));
    // another tab renames it (a newer meta_rev), written straight to IndexedDB
    const other = (await getConversation(id)) as Conversation;
    await putConversation({ ...other, title: 'Renamed elsewhere', title_is_custom: true, meta_rev: 99 });
    server.send(text('two'), finish);
    server.end();
    await streamingEnded(s);
    await vi.waitFor(() => expect(s.conv?.title).toBe('Renamed elsewhere'));
    expect(answerOf(s.conv)?.content).toBe('one two');
  });

  it('opens a stored conversation, and says so when it is missing', async () => {
    const server = new HeldStream();
    const writer = session(server);
    const id = await storedTurn(writer.send('Stored', choice));
    server.send(text('answer'), finish);
    await streamingEnded(writer);
    await writer.flush();

    const reader = session(new HeldStream());
    await reader.open(id);
    expect(answerOf(reader.conv)?.content).toBe('answer');
    await reader.open('no-such-chat');
    expect(reader.conv).toBeNull();
    expect(reader.missing).toBe(true);
    await reader.open(undefined);
    expect(reader.conv).toBeNull();
    expect(reader.missing).toBe(false);
  });

  it('marks another tab’s stream with a lapsed lease as interrupted when opened', async () => {
    const server = new HeldStream();
    const writer = session(server);
    const id = await storedTurn(writer.send('Abandoned', choice));
    const stored = (await getConversation(id)) as Conversation;
    const answer = answerOf(stored) as Conversation['nodes'][string];
    writer.stop();
    await streamingEnded(writer);
    await writer.flush();
    // as if the owning tab died mid-stream long ago
    await putConversation({
      ...stored,
      id: 'abandoned',
      nodes: { ...stored.nodes, [answer.id]: { ...answer, content: 'half', lease_until: 1, rev: 50 } },
    });
    const reader = session(new HeldStream());
    await reader.open('abandoned');
    expect(answerOf(reader.conv)).toMatchObject({ content: 'half', status: 'interrupted' });
    await vi.waitFor(async () =>
      expect(answerOf((await getConversation('abandoned')) ?? null)?.status).toBe('interrupted'),
    );
  });

  it('restores a deleted conversation as it was', async () => {
    const server = new HeldStream();
    const s = session(server);
    const id = await storedTurn(s.send('Undo me', choice));
    server.send(text('kept'), finish);
    await streamingEnded(s);
    const before = s.conv as Conversation;
    await s.deleteConversation(id);
    expect(await getConversation(id)).toBeUndefined();
    await s.restoreConversation(before);
    expect(answerOf((await getConversation(id)) ?? null)?.content).toBe('kept');
    await s.open(id);
    expect(s.conv?.id).toBe(id);
  });

  it('follows another tab: its rename shows here, its delete closes the chat here', async () => {
    const server = new HeldStream();
    const a = session(server);
    const id = await storedTurn(a.send('Two tabs', choice));
    server.send(text('hi'), finish);
    await streamingEnded(a);
    const b = session(new HeldStream());
    await b.open(id);
    await b.rename('From tab B');
    await vi.waitFor(() => expect(a.conv?.title).toBe('From tab B'));
    await b.deleteConversation(id);
    await vi.waitFor(() => expect(a.missing).toBe(true));
    expect(a.conv).toBeNull();
  });
});
