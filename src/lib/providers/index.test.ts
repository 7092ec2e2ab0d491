import { describe, expect, it } from 'vitest';
import { collect } from '../protocol/testing/chunks.ts';
import { isProviderError, type ProviderError } from './errors.ts';
import type { ExchangeRecord } from './http.ts';
import { adapterFor, listModels, resolveBaseUrl, streamChat } from './index.ts';
import { chatEndpoint, modelsEndpoint } from '../connections/endpoints.ts';
import { bodyStream, fakeFetch, hangingFetch } from './testing/fake-fetch.ts';
import { fixtureBytes, fixtureText } from './testing/parser-harness.ts';
import type { ConnectionTarget } from './index.ts';
import type { ChatEvent, ChatRequest } from './types.ts';

const openaiDir = new URL('./openai/__fixtures__/', import.meta.url);
const ollamaDir = new URL('./ollama/__fixtures__/', import.meta.url);
const llama: ConnectionTarget = {
  mode: 'openai_compatible',
  base_url: 'http://127.0.0.1:8080/v1',
  api_key: 'sk-local-secret',
};
const ollama: ConnectionTarget = { mode: 'ollama', base_url: 'http://localhost:11434' };
const hello: ChatRequest = { model: 'tiny', messages: [{ role: 'user', content: 'Hello there' }] };
const sse = { 'Content-Type': 'text/event-stream' };

/** A clock that advances 10 ms per reading. */
function ticking(): () => number {
  let t = 0;
  return () => (t += 10);
}

const types = (events: ChatEvent[]) => events.map((e) => e.type);
const finishOf = (events: ChatEvent[]) => {
  const last = events[events.length - 1];
  if (last?.type !== 'finish') throw new Error(`last event is ${last?.type}`);
  return last;
};
const errorOf = (events: ChatEvent[]): ProviderError => {
  const found = events.find((e) => e.type === 'error');
  if (found?.type !== 'error') throw new Error('no error event');
  return found.error;
};

describe('streamChat', () => {
  it('llama-server stream: start (redacted), deltas, finish with measured and server timings', async () => {
    const exchanges: ExchangeRecord[] = [];
    const fetch = fakeFetch(() => new Response(fixtureBytes(openaiDir, 'llama-server-stream.sse'), { headers: sse }));
    const events = await collect(
      streamChat(llama, hello, { fetch, now: ticking(), onExchange: (r) => exchanges.push(r) }),
    );
    const start = events[0];
    expect(start).toMatchObject({
      type: 'start',
      model: 'tiny',
      warnings: [],
      request: { url: 'http://127.0.0.1:8080/v1/chat/completions' },
    });
    expect(start?.type === 'start' && start.request.headers.Authorization).toBe('Bearer [redacted]');
    expect(fetch.calls[0]?.init.headers).toMatchObject({ Authorization: 'Bearer sk-local-secret' });
    expect(types(events).filter((t) => t === 'text-delta')).toHaveLength(16);
    const finish = finishOf(events);
    expect(finish.reason).toEqual({ unified: 'length', raw: 'length' });
    expect(finish.timings?.tokens_per_second).toBe(1813.3462282398452);
    expect(finish.timings?.ttft_ms).toBeGreaterThan(0);
    expect(finish.timings?.total_ms).toBeGreaterThan(finish.timings?.ttft_ms ?? Infinity);
    expect(JSON.stringify(events)).not.toContain('sk-local-secret');
    expect(exchanges).toHaveLength(1);
    expect(JSON.stringify(exchanges)).not.toContain('sk-local-secret');
  });

  it('measures ttft and total with the injected clock, and estimates tokens/s when the server gives none', async () => {
    // clock readings: turn start=10, exchange start=20, first delta=30, end=40
    const body = [
      'data: {"choices":[{"delta":{"content":"a"}}]}\n\n',
      'data: {"choices":[{"delta":{"content":"b"}}]}\n\n',
      'data: {"choices":[{"delta":{},"finish_reason":"stop"}],"usage":{"prompt_tokens":3,"completion_tokens":5,"total_tokens":8}}\n\n',
      'data: [DONE]\n\n',
    ];
    const fetch = fakeFetch(() => new Response(bodyStream(body), { headers: sse }));
    const finish = finishOf(await collect(streamChat(llama, hello, { fetch, now: ticking() })));
    expect(finish.usage).toEqual({ prompt_tokens: 3, completion_tokens: 5, total_tokens: 8 });
    expect(finish.timings).toEqual({
      ttft_ms: 20,
      total_ms: 30,
      tokens_per_second: 4 / 0.01,
      tokens_per_second_estimated: true,
    });
  });

  it('Ollama: NDJSON from /api/generate with server token speeds', async () => {
    const fetch = fakeFetch(
      () =>
        new Response(fixtureBytes(ollamaDir, 'generate-stream.ndjson'), {
          headers: { 'Content-Type': 'application/x-ndjson' },
        }),
    );
    const events = await collect(
      streamChat(
        ollama,
        { model: 'llama3.2', messages: [{ role: 'user', content: 'Why is the sky blue?' }] },
        { fetch },
      ),
    );
    expect(fetch.calls[0]?.url).toBe('http://localhost:11434/api/generate');
    expect(types(events)).toEqual([
      'start',
      'text-delta',
      'text-delta',
      'text-delta',
      'text-delta',
      'text-delta',
      'finish',
    ]);
    expect(finishOf(events).timings?.tokens_per_second).toBeCloseTo(61.19, 1);
  });

  it('request warnings appear on start', async () => {
    const fetch = fakeFetch(() => new Response(fixtureBytes(ollamaDir, 'generate-stream.ndjson')));
    const request: ChatRequest = {
      model: 'llava',
      messages: [{ role: 'user', content: [{ type: 'image_url', image_url: { url: 'https://x/y.png' } }] }],
    };
    const events = await collect(streamChat(ollama, request, { fetch }));
    expect(events[0]?.type === 'start' && events[0].warnings).toHaveLength(1);
  });

  it('user abort mid-stream: keeps the deltas, finishes "aborted", no error event', async () => {
    const controller = new AbortController();
    const fetch = fakeFetch(
      () =>
        new Response(bodyStream(['data: {"choices":[{"delta":{"content":"partial"}}]}\n\n'], 'hang'), { headers: sse }),
    );
    const events: ChatEvent[] = [];
    for await (const event of streamChat(llama, hello, { fetch, signal: controller.signal })) {
      events.push(event);
      if (event.type === 'text-delta') controller.abort();
    }
    expect(types(events)).toEqual(['start', 'text-delta', 'finish']);
    expect(finishOf(events).reason).toEqual({ unified: 'aborted' });
  });

  it('abort before the response: only finish "aborted"', async () => {
    const controller = new AbortController();
    const iterator = streamChat(llama, hello, { fetch: hangingFetch(), signal: controller.signal });
    const pending = collect(iterator);
    controller.abort();
    expect(await pending).toEqual([{ type: 'finish', reason: { unified: 'aborted' }, timings: expect.any(Object) }]);
  });

  it('the connection breaks mid-stream (reader.read rejects): error kind network phase stream, then finish "error"', async () => {
    const fetch = fakeFetch(
      () =>
        new Response(bodyStream(['data: {"choices":[{"delta":{"content":"half"}}]}\n\n'], 'error'), { headers: sse }),
    );
    const events = await collect(streamChat(llama, hello, { fetch }));
    expect(types(events)).toEqual(['start', 'text-delta', 'error', 'finish']);
    expect(errorOf(events)).toMatchObject({
      kind: 'network',
      phase: 'stream',
      response: { status: 200 },
      cause: 'TypeError: network error',
    });
    expect(finishOf(events).reason.unified).toBe('error');
  });

  it('timeout before headers: error kind timeout, finish "timeout", no start', async () => {
    const events = await collect(streamChat(llama, hello, { fetch: hangingFetch(), timeoutMs: 15 }));
    expect(types(events)).toEqual(['error', 'finish']);
    expect(errorOf(events).kind).toBe('timeout');
    expect(finishOf(events).reason.unified).toBe('timeout');
  });

  it('HTTP 401 before the body: error kind http with the server message, no start', async () => {
    const fetch = fakeFetch(
      () =>
        new Response(fixtureText(openaiDir, 'error-llama-server-401-invalid-key.json'), {
          status: 401,
          statusText: 'Unauthorized',
        }),
    );
    const events = await collect(streamChat(llama, hello, { fetch }));
    expect(types(events)).toEqual(['error', 'finish']);
    expect(errorOf(events)).toMatchObject({
      kind: 'http',
      serverMessage: 'Invalid API Key',
      response: { status: 401 },
    });
  });

  it('network failure before headers: error kind network, finish "error"', async () => {
    const fetch = fakeFetch(() => Promise.reject(new TypeError('Failed to fetch')));
    const events = await collect(streamChat(llama, hello, { fetch }));
    expect(errorOf(events)).toMatchObject({ kind: 'network', phase: 'request' });
    expect(finishOf(events).reason.unified).toBe('error');
  });

  it('mode openai without a key: missing-api-key error, nothing sent', async () => {
    const fetch = fakeFetch(() => new Response('never'));
    const events = await collect(
      streamChat({ mode: 'openai', base_url: 'https://api.openai.com/v1' }, hello, { fetch }),
    );
    expect(types(events)).toEqual(['error', 'finish']);
    expect(errorOf(events).code).toBe('missing-api-key');
    expect(fetch.calls).toHaveLength(0);
  });

  it('stream:false reads one JSON reply', async () => {
    const fetch = fakeFetch(
      () =>
        new Response(fixtureText(openaiDir, 'llama-server-nonstream-stop.json'), {
          headers: { 'Content-Type': 'application/json' },
        }),
    );
    const events = await collect(streamChat({ ...llama, params: { stream: false } }, hello, { fetch }));
    expect(JSON.parse(String(fetch.calls[0]?.init.body)).stream).toBe(false);
    expect(types(events)).toEqual(['start', 'text-delta', 'finish']);
    expect(finishOf(events).usage?.completion_tokens).toBe(2);
  });

  it('a server that ignores stream:true and answers application/json is still read', async () => {
    const fetch = fakeFetch(
      () =>
        new Response(fixtureText(openaiDir, 'koboldcpp-nonstream.json'), {
          headers: { 'Content-Type': 'application/json' },
        }),
    );
    const events = await collect(streamChat(llama, hello, { fetch }));
    expect(types(events)).toEqual(['start', 'text-delta', 'finish']);
    expect(finishOf(events).reason.unified).toBe('length');
  });

  it('leaving the loop early cancels the body', async () => {
    let cancelled = false;
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('data: {"choices":[{"delta":{"content":"x"}}]}\n\n'));
      },
      cancel() {
        cancelled = true;
      },
    });
    const fetch = fakeFetch(() => new Response(body, { headers: sse }));
    for await (const event of streamChat(llama, hello, { fetch })) {
      if (event.type === 'text-delta') break;
    }
    expect(cancelled).toBe(true);
  });
});

describe('listModels', () => {
  it('OpenAI-compatible: GET {base}/models with the key', async () => {
    const fetch = fakeFetch(() => new Response(fixtureText(openaiDir, 'llama-server-models.json')));
    expect(await listModels(llama, { fetch })).toEqual([
      { id: 'tiny.gguf', owned_by: 'llamacpp', details: { context_length: 512 } },
    ]);
    expect(fetch.calls[0]?.url).toBe('http://127.0.0.1:8080/v1/models');
    expect(fetch.calls[0]?.init.headers).toEqual({ Authorization: 'Bearer sk-local-secret' });
  });

  it('Ollama: GET {base}/api/tags', async () => {
    const fetch = fakeFetch(() => new Response(fixtureText(ollamaDir, 'tags.json')));
    expect((await listModels(ollama, { fetch })).map((m) => m.id)).toEqual(['codellama:13b', 'llama3:latest']);
    expect(fetch.calls[0]?.url).toBe('http://localhost:11434/api/tags');
  });

  it('throws ProviderError: http, invalid-response, missing key', async () => {
    await expect(
      listModels(llama, { fetch: fakeFetch(() => new Response('{"error":"nope"}', { status: 500 })) }),
    ).rejects.toMatchObject({ kind: 'http' });
    await expect(listModels(llama, { fetch: fakeFetch(() => new Response('<html></html>')) })).rejects.toMatchObject({
      kind: 'invalid-response',
    });
    await expect(listModels({ mode: 'openai', base_url: 'https://api.openai.com/v1' })).rejects.toMatchObject({
      code: 'missing-api-key',
    });
  });
});

describe('resolveBaseUrl', () => {
  const routes = (table: Record<string, () => Response | Promise<Response>>) =>
    fakeFetch(({ url }) => {
      const handler = table[url];
      if (!handler) throw new TypeError('Failed to fetch');
      return handler();
    });
  const models = () => new Response(fixtureText(openaiDir, 'koboldcpp-models.json'));
  const notFound = () => new Response('Not Found', { status: 404 });

  it('returns the first candidate that lists models', async () => {
    const fetch = routes({ 'http://h:5001/v1/models': models, 'http://h:5001/models': notFound });
    expect(
      await resolveBaseUrl(['http://h:5001/v1', 'http://h:5001'], 'openai_compatible', undefined, { fetch }),
    ).toEqual({
      base_url: 'http://h:5001/v1',
      models: [{ id: 'koboldcpp/tiny', owned_by: 'koboldcpp' }],
    });
    const rootOnly = routes({ 'http://h:5001/v1/models': notFound, 'http://h:5001/models': models });
    expect(
      (await resolveBaseUrl(['http://h:5001/v1', 'http://h:5001'], 'openai_compatible', undefined, { fetch: rootOnly }))
        .base_url,
    ).toBe('http://h:5001');
  });

  async function failure(
    fetch: ReturnType<typeof routes>,
    candidates = ['http://h/v1', 'http://h'],
  ): Promise<ProviderError> {
    try {
      await resolveBaseUrl(candidates, 'openai_compatible', 'k', { fetch });
    } catch (error) {
      if (isProviderError(error)) return error;
      throw error;
    }
    throw new Error('expected a failure');
  }

  it('prefers a server that answered over a network error', async () => {
    const error = await failure(routes({ 'http://h/models': notFound }));
    expect(error).toMatchObject({ kind: 'http', response: { status: 404 } });
  });

  it('prefers an auth refusal over a 404, and a wrong format over a 404', async () => {
    const auth = await failure(
      routes({
        'http://h/v1/models': notFound,
        'http://h/models': () => new Response('{"error":"Invalid API Key"}', { status: 401 }),
      }),
    );
    expect(auth.response?.status).toBe(401);
    const format = await failure(
      routes({ 'http://h/v1/models': () => new Response('<html>app</html>'), 'http://h/models': notFound }),
    );
    expect(format.kind).toBe('invalid-response');
  });

  it('all network errors: throws the first', async () => {
    const error = await failure(routes({}));
    expect(error).toMatchObject({ kind: 'network', request: { url: 'http://h/v1/models' } });
  });

  it('a user abort stops at once', async () => {
    const fetch = routes({ 'http://h/models': models });
    await expect(
      resolveBaseUrl(['http://h/v1', 'http://h'], 'openai_compatible', undefined, {
        fetch,
        signal: AbortSignal.abort(),
      }),
    ).rejects.toMatchObject({ kind: 'aborted' });
    expect(fetch.calls).toHaveLength(0);
  });
});

describe('what the connection card shows is what is sent', () => {
  it.each([
    ['openai_compatible', 'http://127.0.0.1:8080/v1'],
    ['openai', 'https://api.example.com/v1/'],
    ['ollama', 'http://localhost:11434'],
    ['ollama', 'http://localhost:11434/'],
  ] as const)('%s at %s', (mode, base_url) => {
    const target: ConnectionTarget = { mode, base_url, api_key: 'k' };
    const adapter = adapterFor(mode);
    expect(adapter.buildChatRequest(target, hello).url).toBe(chatEndpoint(base_url, mode));
    expect(adapter.buildListModelsRequest(target).url).toBe(modelsEndpoint(base_url, mode));
    expect(chatEndpoint(base_url, mode)).not.toMatch(/[^:]\/\//);
  });
});
