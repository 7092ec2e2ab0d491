import { describe, expect, it } from 'vitest';
import { playQueue } from './read-aloud-queue.ts';

/** A prepare whose calls wait until the test settles them. */
function manual() {
  const calls: Array<{ text: string; resolve: (v: string) => void; reject: (e: unknown) => void }> = [];
  const prepare = (text: string) =>
    new Promise<string>((resolve, reject) => {
      calls.push({ text, resolve, reject });
    });
  return { calls, prepare };
}

const flush = () => new Promise((r) => setTimeout(r, 0));

describe('playQueue', () => {
  it('prepares the first chunk alone, then at most two ahead, one after another, and plays in order', async () => {
    const { calls, prepare } = manual();
    const played: string[] = [];
    let finishPlay: (() => void) | undefined;
    const play = (item: string) => {
      played.push(item);
      return new Promise<void>((r) => (finishPlay = r));
    };
    const done = playQueue(['a', 'b', 'c', 'd', 'e'], { prepare, play }, new AbortController().signal);
    await flush();
    expect(calls.map((c) => c.text)).toEqual(['a']);
    calls[0]!.resolve('A');
    await flush();
    expect(played).toEqual(['A']);
    expect(calls.map((c) => c.text)).toEqual(['a', 'b']); // sequential: c waits for b
    calls[1]!.resolve('B');
    await flush();
    expect(calls.map((c) => c.text)).toEqual(['a', 'b', 'c']); // two ahead of the one playing, no more
    calls[2]!.resolve('C');
    await flush();
    expect(calls).toHaveLength(3);
    finishPlay!();
    await flush();
    expect(played).toEqual(['A', 'B']);
    expect(calls.map((c) => c.text)).toEqual(['a', 'b', 'c', 'd']);
    calls[3]!.resolve('D');
    finishPlay!();
    await flush();
    finishPlay!();
    await flush();
    calls[4]!.resolve('E');
    await flush();
    finishPlay!();
    await flush();
    finishPlay!();
    await done;
    expect(played).toEqual(['A', 'B', 'C', 'D', 'E']);
  });

  it('stops at once when aborted: no more prepares or plays, and resolves', async () => {
    const { calls, prepare } = manual();
    const controller = new AbortController();
    const played: string[] = [];
    const done = playQueue(
      ['a', 'b', 'c'],
      { prepare, play: async (item, signal) => void played.push(item, String(signal.aborted)) },
      controller.signal,
    );
    await flush();
    controller.abort();
    calls[0]!.reject(new Error('aborted'));
    await done;
    expect(played).toEqual([]);
    expect(calls).toHaveLength(1);
  });

  it('rejects with the first failure and prepares nothing more', async () => {
    const { calls, prepare } = manual();
    const done = playQueue(['a', 'b', 'c'], { prepare, play: async () => undefined }, new AbortController().signal);
    await flush();
    calls[0]!.reject(new Error('HTTP 401'));
    await expect(done).rejects.toThrow('HTTP 401');
    await flush();
    expect(calls).toHaveLength(1);
  });

  it('holds the next chunk back while paused', async () => {
    let resume: (() => void) | undefined;
    const played: string[] = [];
    const done = playQueue(
      ['a', 'b'],
      {
        prepare: async (t) => t,
        play: async (t) => void played.push(t),
        whenResumed: () => (played.length === 1 ? new Promise<void>((r) => (resume = r)) : Promise.resolve()),
      },
      new AbortController().signal,
    );
    await flush();
    expect(played).toEqual(['a']);
    resume!();
    await done;
    expect(played).toEqual(['a', 'b']);
  });
});
