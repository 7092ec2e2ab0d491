// Continue after Stop or a length cut, through the session on the app's real stores (fake-indexeddb).
import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import type { ChatEvent } from '../providers/types.ts';
import { ChatSession, type ModelChoice } from './chat-session.svelte.ts';
import { HeldStream, finish, nextTask, testConnection, text } from './testing/held-stream.ts';
import { getConversation } from '../storage/chats-repo.ts';
import { activePath } from '../conversation/branches.ts';
import type { Conversation } from '../conversation/types.ts';
import { storedTurn } from './testing/stored-turn.ts';

const choice: ModelChoice = { connection: testConnection, model_id: 'm1' };
const cut: ChatEvent = { type: 'finish', reason: { unified: 'length', raw: 'length' } };

/** A session whose every request gets the next of `servers`. */
function sessionOver(servers: HeldStream[]): ChatSession {
  let next = 0;
  return new ChatSession({
    stream: (c, r, o) => (servers[next++] as HeldStream).stream(c, r, o),
    schedule: nextTask,
  });
}

const lastOf = (conv: Conversation | null | undefined) => (conv ? activePath(conv).at(-1) : undefined);

describe('continue', () => {
  it('a cut answer carries on in the same message, the partial answer sent as the last message', async () => {
    const servers = [new HeldStream(), new HeldStream()];
    const s = sessionOver(servers);
    const id = await storedTurn(s.send('Count to five', choice));
    servers[0]?.send(text('One, two,'), cut);
    await vi.waitFor(() => expect(s.isStreaming).toBe(false));
    const answer = lastOf(s.conv);
    expect(answer).toMatchObject({ content: 'One, two,', finish_reason: { unified: 'length' } });

    await s.continueAnswer(answer?.id as string, choice);
    expect(servers[1]?.requests[0]?.messages).toEqual([
      { role: 'user', content: 'Count to five' },
      { role: 'assistant', content: 'One, two,' },
    ]);
    expect(lastOf(s.conv)).toMatchObject({ id: answer?.id, status: 'streaming', content: 'One, two,' });
    servers[1]?.send(text(' three, four, five.'), finish);
    await vi.waitFor(() => expect(s.isStreaming).toBe(false));

    const done = lastOf(s.conv);
    expect(done).toMatchObject({ id: answer?.id, content: 'One, two, three, four, five.', status: 'complete' });
    expect(done?.finish_reason?.unified).toBe('stop');
    expect(activePath(s.conv as Conversation)).toHaveLength(2);
    await s.flush();
    expect(lastOf(await getConversation(id))?.content).toBe('One, two, three, four, five.');
  });

  it('a stopped answer carries on too', async () => {
    const servers = [new HeldStream(), new HeldStream()];
    const s = sessionOver(servers);
    await storedTurn(s.send('Tell a story', choice));
    servers[0]?.send(text('Once upon'));
    await vi.waitFor(() => expect(lastOf(s.conv)?.content).toBe('Once upon'));
    s.stop();
    await vi.waitFor(() => expect(lastOf(s.conv)?.status).toBe('aborted'));
    await s.continueAnswer(lastOf(s.conv)?.id as string, choice);
    servers[1]?.send(text(' a time.'), finish);
    await vi.waitFor(() => expect(lastOf(s.conv)).toMatchObject({ content: 'Once upon a time.', status: 'complete' }));
  });
});
