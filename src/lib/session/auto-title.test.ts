import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { ChatSession, type ModelChoice } from './chat-session.svelte.ts';
import { autoTitlesOn, setAutoTitles } from './auto-title.ts';
import { nextTask, testConnection } from './testing/held-stream.ts';
import { getConversation } from '../storage/chats-repo.ts';
import { TITLE_INSTRUCTION } from '../conversation/title-request.ts';
import type { ChatEvent, ChatRequest } from '../providers/types.ts';
import { storedTurn } from './testing/stored-turn.ts';

const choice: ModelChoice = { connection: testConnection, model_id: 'm1' };

const isTitleRequest = (request: ChatRequest) =>
  typeof request.messages[0]?.content === 'string' && request.messages[0].content.startsWith(TITLE_INSTRUCTION);

/** A server that answers chats with "Use sorted()." and title requests with `titleEvents` (once `release` resolves). */
function server(titleEvents: ChatEvent[], release: Promise<void> = Promise.resolve()) {
  const requests: ChatRequest[] = [];
  async function* answer(request: ChatRequest): AsyncGenerator<ChatEvent> {
    if (isTitleRequest(request)) {
      await release;
      yield* titleEvents;
      return;
    }
    yield { type: 'text-delta', text: 'Use sorted().' };
    yield { type: 'finish', reason: { unified: 'stop' } };
  }
  return { requests, stream: (_c: unknown, request: ChatRequest) => (requests.push(request), answer(request)) };
}

const titled = (title: string): ChatEvent[] => [
  { type: 'text-delta', text: title },
  { type: 'finish', reason: { unified: 'stop' } },
];

function session(fake: ReturnType<typeof server>, on: boolean): ChatSession {
  return new ChatSession({ stream: fake.stream, schedule: nextTask, autoTitle: () => on });
}

describe('automatic titles', () => {
  it('names the chat with the model that answered, after the first exchange, and stores it', async () => {
    const fake = server(titled('"Sorting lists in Python"'));
    const s = session(fake, true);
    const id = await storedTurn(s.send('How do I sort a list?', choice));
    await vi.waitFor(() => expect(s.conv?.title).toBe('Sorting lists in Python'));
    expect(fake.requests.filter(isTitleRequest)).toHaveLength(1);
    expect(fake.requests.at(-1)).toMatchObject({ model: 'm1', params: { max_tokens: 24 } });
    await vi.waitFor(async () => expect((await getConversation(id))?.title).toBe('Sorting lists in Python'));
    // the title request is not part of the chat, and a second exchange keeps the title and asks nothing
    expect(Object.keys(s.conv?.nodes ?? {})).toHaveLength(2);
    await storedTurn(s.send('And in reverse?', choice));
    await vi.waitFor(() =>
      expect(Object.values(s.conv?.nodes ?? {}).filter((n) => n.status === 'complete')).toHaveLength(4),
    );
    expect(s.conv?.title).toBe('Sorting lists in Python');
    expect(fake.requests.filter(isTitleRequest)).toHaveLength(1);
  });

  it('asks nothing when turned off', async () => {
    const fake = server(titled('Sorting'));
    const s = session(fake, false);
    await storedTurn(s.send('How do I sort a list?', choice));
    await vi.waitFor(() => expect(s.isStreaming).toBe(false));
    await vi.waitFor(() => expect(s.isSaved).toBe(true));
    expect(fake.requests).toHaveLength(1);
    expect(s.conv?.title).toBe('How do I sort a list?');
  });

  it('never overwrites a name the user gave meanwhile', async () => {
    let release = () => {};
    const fake = server(titled('Sorting'), new Promise<void>((resolve) => (release = resolve)));
    const s = session(fake, true);
    const id = await storedTurn(s.send('How do I sort a list?', choice));
    await vi.waitFor(() => expect(fake.requests.filter(isTitleRequest)).toHaveLength(1));
    await s.rename('My own name');
    release();
    await vi.waitFor(async () => expect((await getConversation(id))?.title).toBe('My own name'));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(s.conv?.title).toBe('My own name');
    expect((await getConversation(id))?.title).toBe('My own name');
  });

  it('keeps the first message as the title when the request fails or gives nothing', async () => {
    for (const events of [
      [
        {
          type: 'error',
          error: { name: 'ProviderError', kind: 'network', message: 'down', phase: 'request', retryable: true },
        },
        { type: 'finish', reason: { unified: 'error' } },
      ],
      titled('  ""  '),
      [
        { type: 'text-delta', text: 'Sorting' },
        { type: 'finish', reason: { unified: 'aborted' } },
      ],
    ] as ChatEvent[][]) {
      const fake = server(events);
      const s = session(fake, true);
      await storedTurn(s.send('How do I sort a list?', choice));
      await vi.waitFor(() => expect(fake.requests.filter(isTitleRequest)).toHaveLength(1));
      await vi.waitFor(() => expect(s.isSaved).toBe(true));
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(s.conv?.title).toBe('How do I sort a list?');
    }
  });
});

describe('the preference', () => {
  it('is on unless turned off', () => {
    const map = new Map<string, string>();
    const storage = () => ({
      getItem: (k: string) => map.get(k) ?? null,
      setItem: (k: string, v: string) => void map.set(k, v),
    });
    expect(autoTitlesOn(storage)).toBe(true);
    setAutoTitles(false, storage);
    expect(autoTitlesOn(storage)).toBe(false);
    setAutoTitles(true, storage);
    expect(autoTitlesOn(storage)).toBe(true);
  });
});
