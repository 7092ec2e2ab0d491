// A connection that drops right after its last bytes arrive must not lose those bytes.
import { describe, expect, it } from 'vitest';
import { collect } from '../protocol/testing/chunks.ts';
import { streamChat } from './index.ts';
import { fakeFetch } from './testing/fake-fetch.ts';
import type { ChatEvent } from './types.ts';

const encoder = new TextEncoder();

/** Serves the chunks as fast as they are read, then fails the next read, as when a socket is reset. */
function queuedThenFailed(chunks: string[]): ReadableStream<Uint8Array> {
  const queue = chunks.map((c) => encoder.encode(c));
  return new ReadableStream({
    pull(controller) {
      const next = queue.shift();
      if (next) controller.enqueue(next);
      else controller.error(new TypeError('network error'));
    },
  });
}

const sseChunk = (text: string) =>
  `data: {"choices":[{"index":0,"delta":{"content":${JSON.stringify(text)}},"finish_reason":null}]}\n\n`;

describe('read errors after queued bytes', () => {
  it.each(['openai_compatible', 'ollama'] as const)(
    'streamChat (%s) keeps the text, then ends with a network error',
    async (mode) => {
      const chunks =
        mode === 'ollama'
          ? ['{"response":"Hello","done":false}\n{"response":" from","done":false}\n']
          : [sseChunk('Hello') + sseChunk(' from')];
      const fetch = fakeFetch(
        () =>
          new Response(queuedThenFailed(chunks), {
            headers: { 'content-type': mode === 'ollama' ? 'application/x-ndjson' : 'text/event-stream' },
          }),
      );
      const events: ChatEvent[] = await collect(
        streamChat(
          { mode, base_url: 'http://h:1' },
          { model: 'm', messages: [{ role: 'user', content: 'hi' }] },
          { fetch },
        ),
      );
      const text = events.flatMap((e) => (e.type === 'text-delta' ? [e.text] : [])).join('');
      expect(text).toBe('Hello from');
      const error = events.find((e) => e.type === 'error');
      expect(error?.type === 'error' && error.error).toMatchObject({ kind: 'network', phase: 'stream' });
      expect(events.at(-1)).toMatchObject({ type: 'finish', reason: { unified: 'error' } });
    },
  );
});
