import { describe, expect, it } from 'vitest';
import type { BrowserEngine, EngineChatRequest, EngineChunk } from './engine.ts';
import type { FromEngineWorker } from './engine-protocol.ts';
import { createEngineHost, slimChunk } from './engine-host.ts';

const backend = { kind: 'wasm-single-thread' as const, label: 'one thread', reason: '' };
const request = { model: 'tiny.gguf', messages: [{ role: 'user' as const, content: 'Hi' }], params: {} };
const piece = (t: string): EngineChunk => ({ choices: [{ delta: { content: t } }] });

function engineOf(run: (r: EngineChatRequest) => AsyncIterable<EngineChunk>): BrowserEngine {
  return { listModels: async () => [], backend: () => backend, chat: run };
}

/** A clock that never lets a timer fire: only the first chunk and the final flush post. */
const frozen = { now: () => 0, setTimeout: () => 1, clearTimeout: () => {} };

describe('createEngineHost', () => {
  it('posts the backend, the chunks in batches, then the end', async () => {
    const posted: FromEngineWorker[] = [];
    const engine = engineOf(async function* () {
      yield piece('a');
      yield piece('b');
      yield piece('c');
    });
    const host = createEngineHost(engine, { postMessage: (m) => posted.push(m) }, frozen);
    await host.receive({ type: 'chat', id: 7, request });
    expect(posted).toEqual([
      { type: 'backend', backend },
      { type: 'chunks', id: 7, chunks: [piece('a')] },
      { type: 'chunks', id: 7, chunks: [piece('b'), piece('c')] },
      { type: 'end', id: 7 },
    ]);
  });

  it("hands each batch's text to beforePost before the page gets it", async () => {
    const events: string[] = [];
    const engine = engineOf(async function* () {
      yield piece('Би');
      yield { choices: [{ delta: { reasoning_content: 'why ' } }] };
      yield piece('ография');
    });
    const port = { postMessage: (m: FromEngineWorker) => void events.push(`post ${m.type}`) };
    const host = createEngineHost(engine, port, frozen, (text) => events.push(`warm ${text}`));
    await host.receive({ type: 'chat', id: 2, request });
    expect(events).toEqual(['post backend', 'warm Би', 'post chunks', 'warm why ография', 'post chunks', 'post end']);
  });

  it('a failure ends the request with its name and message', async () => {
    const posted: FromEngineWorker[] = [];
    const engine = engineOf(async function* () {
      yield* [];
      throw new RangeError('Array buffer allocation failed');
    });
    const host = createEngineHost(engine, { postMessage: (m) => posted.push(m) }, frozen);
    await host.receive({ type: 'chat', id: 1, request });
    expect(posted).toEqual([
      { type: 'end', id: 1, error: { name: 'RangeError', message: 'Array buffer allocation failed' } },
    ]);
  });

  it('abort reaches the engine through its signal', async () => {
    const posted: FromEngineWorker[] = [];
    let seen: AbortSignal | undefined;
    const engine = engineOf(async function* (r) {
      seen = r.signal;
      yield piece('a');
      await new Promise<void>((resolve) => r.signal.addEventListener('abort', () => resolve()));
    });
    const host = createEngineHost(engine, { postMessage: (m) => posted.push(m) }, frozen);
    const done = host.receive({ type: 'chat', id: 3, request });
    await Promise.resolve();
    await new Promise((r) => setTimeout(r, 0));
    void host.receive({ type: 'abort', id: 3 });
    await done;
    expect(seen?.aborted).toBe(true);
    expect(posted.at(-1)).toEqual({ type: 'end', id: 3 });
  });

  it('posts only what the page reads of a chunk', () => {
    const full = {
      id: 'x',
      object: 'chat.completion.chunk',
      choices: [{ index: 0, delta: { role: 'assistant', content: 'hi' }, finish_reason: 'length' }],
      usage: { prompt_tokens: 3, completion_tokens: 1, total_tokens: 4 },
      timings: { predicted_per_second: 12, prompt_per_second: 99, predicted_n: 1, prompt_ms: 5 },
    } as unknown as EngineChunk;
    expect(slimChunk(full)).toEqual({
      choices: [{ delta: { content: 'hi' }, finish_reason: 'length' }],
      usage: { prompt_tokens: 3, completion_tokens: 1, total_tokens: 4 },
      timings: { predicted_per_second: 12 },
    });
  });
});
