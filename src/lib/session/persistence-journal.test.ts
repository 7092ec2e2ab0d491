import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { assistantNode, conversationOf, userNode } from '../conversation/testing/builders.ts';
import type { Conversation } from '../conversation/types.ts';
import { getConversation } from '../storage/chats-repo.ts';
import { SessionPersistence } from './persistence.ts';
import { FakeClock } from './testing/fake-clock.ts';

// On the app's real stores (fake-indexeddb): what a page journals while streaming is there at the next start.
const streamed = (content: string): Conversation =>
  conversationOf([
    userNode('u', { content: 'Reload me' }),
    assistantNode('a', { parent_id: 'u', content, status: 'streaming', created_at: 2 }),
  ]);

describe('SessionPersistence and the unload journal', () => {
  it('a page reloaded mid-stream, before any save of the text lands, finds the text at its next start', async () => {
    const channel = { post: () => {} };
    const old = new SessionPersistence({
      tabId: 'old-tab',
      channel,
      clock: new FakeClock(),
      put: () => new Promise<Conversation>(() => {}), // the page went away before a read-merge-write finished
    });
    await old.ready;
    const conv = { ...streamed('painted before the reload'), id: 'reloaded' };
    old.queue(conv);
    // no flush, no pagehide: the next page starts
    await new Promise((resolve) => setTimeout(resolve, 50));
    const next = new SessionPersistence({ tabId: 'new-tab', channel, clock: new FakeClock() });
    await next.ready;
    const stored = await getConversation('reloaded');
    expect(stored?.nodes['a']?.content).toBe('painted before the reload');
  });
});
