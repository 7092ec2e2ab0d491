import { describe, expect, it } from 'vitest';
import { isRecord } from '../util/is-record.ts';
import { createChangeChannel } from './change-channel.ts';
import { nextMessage as next } from './testing/next-message.ts';

type Note = { n: number };
const readNote = (data: unknown): Note | undefined =>
  isRecord(data) && typeof data.n === 'number' ? { n: data.n } : undefined;
const channelName = () => `change-test-${Math.random()}`;

describe('createChangeChannel', () => {
  it('delivers to other instances (other tabs), never back to the sender', async () => {
    const name = channelName();
    const a = createChangeChannel(name, readNote);
    const b = createChangeChannel(name, readNote);
    const echo: Note[] = [];
    a.subscribe((m) => echo.push(m));
    const got = next(b);
    a.post({ n: 1 });
    expect(await got).toEqual({ n: 1 });
    const back = next(a);
    b.post({ n: 2 });
    expect(await back).toEqual({ n: 2 });
    expect(echo).toEqual([{ n: 2 }]);
    a.close();
    b.close();
  });

  it('passes on only what its reader accepts, as the reader returns it', async () => {
    const name = channelName();
    const raw = new BroadcastChannel(name);
    const tab = createChangeChannel(name, readNote);
    const got = next(tab);
    raw.postMessage('nonsense');
    raw.postMessage({ n: 'one' });
    raw.postMessage({ n: 3, extra: '<img>' });
    expect(await got).toEqual({ n: 3 });
    raw.close();
    tab.close();
  });

  it('is inert without BroadcastChannel', async () => {
    const name = channelName();
    const other = new BroadcastChannel(name);
    const inert = createChangeChannel(name, readNote, null);
    const heard: Note[] = [];
    const off = inert.subscribe((m) => heard.push(m));
    expect(() => inert.post({ n: 1 })).not.toThrow();
    other.postMessage({ n: 2 });
    await new Promise((r) => setTimeout(r, 20));
    expect(heard).toEqual([]);
    off();
    inert.close();
    other.close();
  });

  it('stops delivering and posting after close', async () => {
    const name = channelName();
    const sender = createChangeChannel(name, readNote);
    const receiver = createChangeChannel(name, readNote);
    const got: Note[] = [];
    receiver.subscribe((m) => got.push(m));
    receiver.close();
    sender.post({ n: 1 });
    sender.close();
    expect(() => sender.post({ n: 2 })).not.toThrow();
    await new Promise((r) => setTimeout(r, 20));
    expect(got).toEqual([]);
  });
});
