import { describe, expect, it } from 'vitest';
import { CHATS_CHANNEL_NAME, createChatsChannel, type ChatsChange } from './chats-channel.ts';
import { nextMessage as nextChange } from './testing/next-message.ts';

describe('createChatsChannel', () => {
  it('keeps the name and shape older builds in other tabs use', async () => {
    expect(CHATS_CHANNEL_NAME).toBe('switchboard-chats');
    const name = `chats-test-${Math.random()}`;
    const raw = new BroadcastChannel(name);
    const tab = createChatsChannel(BroadcastChannel, name);
    const posted = new Promise((resolve) => (raw.onmessage = (event) => resolve(event.data)));
    tab.post({ type: 'deleted', id: 'c2', extra: 1 } as ChatsChange);
    expect(await posted).toEqual({ type: 'deleted', id: 'c2' });
    const received = nextChange(tab);
    raw.postMessage({ type: 'changed', id: 'c1' });
    expect(await received).toEqual({ type: 'changed', id: 'c1' });
    raw.close();
    tab.close();
  });

  it('ignores malformed messages and strips extra fields', async () => {
    const name = `chats-test-${Math.random()}`;
    const raw = new BroadcastChannel(name);
    const tab = createChatsChannel(BroadcastChannel, name);
    const received = nextChange(tab);
    raw.postMessage({ type: 'exploded', id: 'x' });
    raw.postMessage({ type: 'changed' });
    raw.postMessage({ type: 'changed', id: '' });
    raw.postMessage('changed');
    raw.postMessage({ type: 'changed', id: 'ok', html: '<img>' });
    expect(await received).toEqual({ type: 'changed', id: 'ok' });
    raw.close();
    tab.close();
  });
});
