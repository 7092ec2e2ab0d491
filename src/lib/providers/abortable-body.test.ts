import { describe, expect, it } from 'vitest';
import { abortableBody } from './abortable-body.ts';
import { bodyStream } from './testing/fake-fetch.ts';

describe('abortableBody', () => {
  it('errors a pending read with the abort reason and cancels the source', async () => {
    const controller = new AbortController();
    let cancelled = false;
    const source = new ReadableStream<Uint8Array>({
      pull: () => new Promise<void>(() => undefined),
      cancel: () => {
        cancelled = true;
      },
    });
    const reader = abortableBody(source, controller.signal).getReader();
    const pending = reader.read();
    controller.abort(new DOMException('stop', 'AbortError'));
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
    expect(cancelled).toBe(true);
  });

  it('passes data through and closes normally without an abort', async () => {
    const text = await new Response(abortableBody(bodyStream(['a', 'b']), new AbortController().signal)).text();
    expect(text).toBe('ab');
  });

  it('forwards a source error', async () => {
    await expect(
      new Response(abortableBody(bodyStream(['a'], 'error'), new AbortController().signal)).text(),
    ).rejects.toThrow('network error');
  });
});
