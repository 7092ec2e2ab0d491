import { describe, expect, it } from 'vitest';
import { iterateStream } from './iterate-stream.ts';

function source(values: number[], onCancel: () => void, fail = false): ReadableStream<number> {
  let i = 0;
  return new ReadableStream<number>({
    pull(controller) {
      const v = values[i++];
      if (v !== undefined) controller.enqueue(v);
      else if (fail) controller.error(new TypeError('network error'));
      else controller.close();
    },
    cancel: onCancel,
  });
}

describe('iterateStream', () => {
  it('yields every value and does not cancel a finished stream', async () => {
    let cancelled = false;
    const out: number[] = [];
    for await (const v of iterateStream(source([1, 2, 3], () => (cancelled = true)))) out.push(v);
    expect(out).toEqual([1, 2, 3]);
    expect(cancelled).toBe(false);
  });

  it('cancels the stream when the loop is left early', async () => {
    let cancelled = false;
    for await (const v of iterateStream(source([1, 2, 3], () => (cancelled = true)))) if (v === 1) break;
    expect(cancelled).toBe(true);
  });

  it('rethrows a read error', async () => {
    const run = async () => {
      for await (const _ of iterateStream(source([1], () => undefined, true))) {
        // drain
      }
    };
    await expect(run()).rejects.toThrow('network error');
  });
});
