import { describe, expect, it } from 'vitest';
import { CONNECTIONS_CHANNEL_NAME, createConnectionsChannel } from './connections-channel.ts';
import { nextMessage } from './testing/next-message.ts';

describe('createConnectionsChannel', () => {
  it('keeps the name and shape older builds in other tabs use, and ignores anything else', async () => {
    expect(CONNECTIONS_CHANNEL_NAME).toBe('switchboard-connections');
    const name = `connections-test-${Math.random()}`;
    const raw = new BroadcastChannel(name);
    const tab = createConnectionsChannel(BroadcastChannel, name);
    const posted = new Promise((resolve) => (raw.onmessage = (event) => resolve(event.data)));
    tab.post({ type: 'connections-changed' });
    expect(await posted).toEqual({ type: 'connections-changed' });
    const received = nextMessage(tab);
    raw.postMessage({ type: 'changed', id: 'x' });
    raw.postMessage(null);
    raw.postMessage({ type: 'connections-changed', api_key: 'sk' });
    expect(await received).toEqual({ type: 'connections-changed' });
    raw.close();
    tab.close();
  });
});
