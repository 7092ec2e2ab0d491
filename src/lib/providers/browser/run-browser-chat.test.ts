import { describe, expect, it } from 'vitest';
import type { ChatEvent } from '../types.ts';
import type { BrowserEngine, EngineChatRequest, EngineChunk } from './engine.ts';
import { isOutOfMemory, runBrowserChat } from './run-browser-chat.ts';

const target = { mode: 'browser' as const, base_url: 'http://this-browser.invalid', params: { max_tokens: 512 } };
const request = { model: 'tiny.gguf', messages: [{ role: 'user' as const, content: 'Hi' }] };

function fakeEngine(chunks: EngineChunk[], opts: { fail?: Error; hold?: boolean } = {}) {
  const seen: EngineChatRequest[] = [];
  const engine: BrowserEngine = {
    listModels: async () => [],
    backend: () => ({ kind: 'wasm-single-thread', label: 'one thread', reason: '' }),
    async *chat(r) {
      seen.push(r);
      if (opts.fail) throw opts.fail;
      for (const c of chunks) yield c;
      if (opts.hold) await new Promise<void>((resolve) => r.signal.addEventListener('abort', () => resolve()));
    },
  };
  return { engine: () => Promise.resolve(engine), seen };
}

async function collect(stream: AsyncIterable<ChatEvent>, onEvent?: (e: ChatEvent) => void): Promise<ChatEvent[]> {
  const out: ChatEvent[] = [];
  for await (const e of stream) {
    out.push(e);
    onEvent?.(e);
  }
  return out;
}

const text = (t: string, finish: string | null = null): EngineChunk => ({
  choices: [{ delta: { content: t }, finish_reason: finish }],
});

describe('runBrowserChat', () => {
  it('streams deltas and finishes with the engine reason, usage and speed', async () => {
    let clock = 0;
    const { engine, seen } = fakeEngine([
      text('Hel'),
      text('lo'),
      {
        choices: [{ delta: {}, finish_reason: 'length' }],
        usage: { completion_tokens: 2 },
        timings: { predicted_per_second: 42 },
      },
    ]);
    const events = await collect(
      runBrowserChat(
        engine,
        target,
        { ...request, params: { max_tokens: 8, temperature: 0.2, stream: true } },
        {
          now: () => (clock += 10),
        },
      ),
    );
    expect(events.map((e) => e.type)).toEqual(['start', 'text-delta', 'text-delta', 'finish']);
    const finish = events.at(-1) as Extract<ChatEvent, { type: 'finish' }>;
    expect(finish.reason.unified).toBe('length');
    expect(finish.usage).toEqual({ completion_tokens: 2 });
    expect(finish.timings?.tokens_per_second).toBe(42);
    expect(finish.timings?.ttft_ms).toBeGreaterThan(0);
    // the chat's limit wins over the connection's; the stream flag is the runner's own
    expect(seen[0]?.params).toEqual({ max_tokens: 8, temperature: 0.2 });
  });

  it('Stop ends the turn at once as aborted, keeping the text, with a measured speed', async () => {
    const controller = new AbortController();
    let clock = 0;
    const { engine } = fakeEngine([text('a'), text('b'), text('c')], { hold: true });
    const events = await collect(
      runBrowserChat(engine, target, request, { signal: controller.signal, now: () => (clock += 100) }),
      (e) => {
        if (e.type === 'text-delta' && e.text === 'c') controller.abort();
      },
    );
    expect(events.filter((e) => e.type === 'text-delta').map((e) => (e as { text: string }).text)).toEqual([
      'a',
      'b',
      'c',
    ]);
    const finish = events.at(-1) as Extract<ChatEvent, { type: 'finish' }>;
    expect(finish.reason.unified).toBe('aborted');
    expect(finish.timings?.tokens_per_second).toBeGreaterThan(0);
    expect(events.some((e) => e.type === 'error')).toBe(false);
  });

  it('a failure to load becomes one error and a finish, never a throw; memory failures say so', async () => {
    const { engine } = fakeEngine([], { fail: new Error('RuntimeError: Aborted(OOM)') });
    const events = await collect(runBrowserChat(engine, target, request));
    expect(events.map((e) => e.type)).toEqual(['start', 'error', 'finish']);
    const error = events[1] as Extract<ChatEvent, { type: 'error' }>;
    expect(error.error.message).toMatch(/ran out of memory/);
    expect(error.error.message).toMatch(/chat is kept/);
    expect((events[2] as Extract<ChatEvent, { type: 'finish' }>).reason.unified).toBe('error');
  });

  it('a stream that ends without a finish reason is interrupted', async () => {
    const { engine } = fakeEngine([text('x')]);
    const events = await collect(runBrowserChat(engine, target, request));
    expect((events.at(-1) as Extract<ChatEvent, { type: 'finish' }>).reason.unified).toBe('interrupted');
  });

  it('tells memory errors apart', () => {
    expect(isOutOfMemory('RangeError: Array buffer allocation failed')).toBe(true);
    expect(isOutOfMemory('Cannot enlarge memory arrays')).toBe(true);
    expect(isOutOfMemory('invalid magic number')).toBe(false);
  });
});
