import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { assistantNode, conversationOf, userNode } from '../conversation/testing/builders.ts';
import type { Conversation } from '../conversation/types.ts';
import { readAttachment } from '../storage/attachment-store.ts';
import { chatsStore, getConversation } from '../storage/chats-repo.ts';
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

  it('a page reloaded right after sending an image, before the first save lands, keeps the image', async () => {
    const channel = { post: () => {} };
    const old = new SessionPersistence({
      tabId: 'image-tab',
      channel,
      clock: new FakeClock(),
      put: () => new Promise<Conversation>(() => {}),
    });
    await old.ready;
    const conv = conversationOf([
      userNode('u', {
        content: 'What is this?',
        attachments: [{ id: 'img1', kind: 'image', mime: 'image/png', width: 1, height: 1, bytes: 3 }],
      }),
    ]);
    const sent = { ...conv, id: 'with-image' };
    old.queueImages(sent.id, [{ convId: sent.id, id: 'img1', blob: new Blob([new Uint8Array([1, 2, 3])]) }]);
    old.queue(sent);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const next = new SessionPersistence({ tabId: 'next-tab', channel, clock: new FakeClock() });
    await next.ready;
    expect((await getConversation('with-image'))?.nodes['u']?.attachments?.[0]?.id).toBe('img1');
    const blob = await readAttachment('with-image', 'img1', chatsStore);
    expect(blob && [...new Uint8Array(await blob.arrayBuffer())]).toEqual([1, 2, 3]);
  });

  it('a stream’s first frame, come while its turn’s save is still writing, is journalled at once', async () => {
    const channel = { post: () => {} };
    const clock = new FakeClock();
    const old = new SessionPersistence({
      tabId: 'turn-tab',
      channel,
      clock,
      put: () => new Promise<Conversation>(() => {}), // the turn's read-merge-write has not finished
    });
    await old.ready;
    const turn = { ...streamed(''), id: 'first-frame' };
    void old.save(turn); // Send: the request no longer waits for this save
    old.queue({ ...turn, nodes: { ...turn.nodes, a: { ...turn.nodes['a']!, content: 'the first frame' } } });
    // no timer runs (a busy page runs none in a burst), no flush, no pagehide: the next page starts
    await new Promise((resolve) => setTimeout(resolve, 50));
    const next = new SessionPersistence({ tabId: 'after-turn-tab', channel, clock: new FakeClock() });
    await next.ready;
    expect((await getConversation('first-frame'))?.nodes['a']?.content).toBe('the first frame');
  });
});
