import { describe, expect, it } from 'vitest';
import { createChatsChannel, type ChatsChange } from './chats-channel.ts';

function nextChange(channel: ReturnType<typeof createChatsChannel>): Promise<ChatsChange> {
  return new Promise((resolve) => {
    const off = channel.subscribe((change) => {
      off();
      resolve(change);
    });
  });
}

describe('createChatsChannel', () => {
  it('delivers changes to other channel instances (other tabs) and not to itself', async () => {
    const name = `chats-test-${Math.random()}`;
    const tabA = createChatsChannel(BroadcastChannel, name);
    const tabB = createChatsChannel(BroadcastChannel, name);
    const ownEcho: ChatsChange[] = [];
    tabA.subscribe((c) => ownEcho.push(c));
    const received = nextChange(tabB);
    tabA.post({ type: 'changed', id: 'c1' });
    expect(await received).toEqual({ type: 'changed', id: 'c1' });
    const deleted = nextChange(tabA);
    tabB.post({ type: 'deleted', id: 'c2' });
    expect(await deleted).toEqual({ type: 'deleted', id: 'c2' });
    expect(ownEcho).toEqual([{ type: 'deleted', id: 'c2' }]);
    tabA.close();
    tabB.close();
  });

  it('ignores malformed messages and strips extra fields', async () => {
    const name = `chats-test-${Math.random()}`;
    const raw = new BroadcastChannel(name);
    const tab = createChatsChannel(BroadcastChannel, name);
    const received = nextChange(tab);
    raw.postMessage({ type: 'exploded', id: 'x' });
    raw.postMessage({ type: 'changed' });
    raw.postMessage('changed');
    raw.postMessage({ type: 'changed', id: 'ok', html: '<img>' });
    expect(await received).toEqual({ type: 'changed', id: 'ok' });
    raw.close();
    tab.close();
  });

  it('is inert without BroadcastChannel', () => {
    const channel = createChatsChannel(undefined);
    const off = channel.subscribe(() => {
      throw new Error('never');
    });
    expect(() => channel.post({ type: 'changed', id: 'x' })).not.toThrow();
    off();
    channel.close();
  });

  it('stops delivering after close', async () => {
    const name = `chats-test-${Math.random()}`;
    const sender = createChatsChannel(BroadcastChannel, name);
    const receiver = createChatsChannel(BroadcastChannel, name);
    const got: ChatsChange[] = [];
    receiver.subscribe((c) => got.push(c));
    receiver.close();
    sender.post({ type: 'changed', id: 'late' });
    await new Promise((r) => setTimeout(r, 20));
    expect(got).toEqual([]);
    sender.close();
  });
});
