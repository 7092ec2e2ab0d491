// The OpenAI-compatible test server: routes, llama-server stream shape, CORS, keys, errors, recording.
import { describe, expect, it } from 'vitest';
import { startOpenAIServer } from './openai-server.ts';
import { chatBody, loopbackServer, postJson, rawRequest, sseData, startForTest } from './test-helpers.ts';

const ORIGIN = 'http://localhost:4173';
const server = loopbackServer(startOpenAIServer);

type Chunk = {
  choices: Array<{ delta: Record<string, unknown>; finish_reason: string | null }>;
  usage?: unknown;
  timings?: unknown;
};

describe('routes', () => {
  it('lists the configured models in OpenAI shape', async () => {
    const res = await fetch(`${server.baseUrl}/models`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { object: string; data: Array<{ id: string; object: string }> };
    expect(body.object).toBe('list');
    expect(body.data.map((m) => m.id)).toEqual(['test-model', 'other-model']);
    expect(body.data[0]?.object).toBe('model');
  });

  it('lists extra model fields and serves llama-server /props when configured', async () => {
    expect((await fetch(`${server.url}/props`)).status).toBe(404);
    const s = await startForTest(
      startOpenAIServer({
        models: ['a', 'b'],
        modelFields: { b: { context_length: 8192, pricing: { prompt: '0.000001', completion: '0.000002' } } },
        propsContext: 4096,
      }),
    );
    const body = (await (await fetch(`${s.baseUrl}/models`)).json()) as { data: Array<Record<string, unknown>> };
    expect(body.data[0]).not.toHaveProperty('context_length');
    expect(body.data[1]).toMatchObject({ id: 'b', context_length: 8192, pricing: { prompt: '0.000001' } });
    expect(await (await fetch(`${s.url}/props`)).json()).toMatchObject({
      default_generation_settings: { n_ctx: 4096 },
    });
  });

  it('streams like llama-server: role chunk with content null, word chunks, timings, [DONE]', async () => {
    const res = await postJson(`${server.baseUrl}/chat/completions`, chatBody({ stream: true }));
    expect(res.headers.get('content-type')).toBe('text/event-stream');
    const events = sseData(await res.text());
    expect(events.at(-1)).toBe('[DONE]');
    const chunks = events.slice(0, -1) as Chunk[];
    expect(chunks[0]?.choices[0]?.delta).toEqual({ role: 'assistant', content: null });
    const text = chunks.map((c) => c.choices[0]?.delta['content'] ?? '').join('');
    expect(text).toBe('Hello from the OpenAI-compatible test server.');
    expect(chunks.filter((c) => typeof c.choices[0]?.delta['content'] === 'string').length).toBeGreaterThan(3);
    const last = chunks.at(-1)!;
    expect(last.choices[0]?.finish_reason).toBe('stop');
    expect(last.timings).toBeDefined();
    expect(chunks.some((c) => c.usage !== undefined)).toBe(false);
  });

  it('adds a usage chunk with choices [] only when include_usage is asked for', async () => {
    const res = await postJson(
      `${server.baseUrl}/chat/completions`,
      chatBody({ stream: true, stream_options: { include_usage: true } }),
    );
    const chunks = sseData(await res.text()).slice(0, -1) as Chunk[];
    const usage = chunks.at(-1)!;
    expect(usage.choices).toEqual([]);
    expect(usage.usage).toMatchObject({
      prompt_tokens: expect.any(Number),
      completion_tokens: 6,
      total_tokens: expect.any(Number),
    });
    expect(chunks.at(-2)?.choices[0]?.finish_reason).toBe('stop');
  });

  it('streams reasoning before the text, in the configured field', async () => {
    server.behave({ reasoning: 'Thinking it over.', reply: 'Done.' });
    let chunks = sseData(
      await (await postJson(`${server.baseUrl}/chat/completions`, chatBody({ stream: true }))).text(),
    ).slice(0, -1) as Chunk[];
    const deltas = chunks.map((c) => c.choices[0]?.delta ?? {});
    expect(deltas.map((d) => d['reasoning_content'] ?? '').join('')).toBe('Thinking it over.');
    const firstText = deltas.findIndex((d) => typeof d['content'] === 'string');
    const lastReasoning = deltas.findLastIndex((d) => d['reasoning_content'] !== undefined);
    expect(lastReasoning).toBeLessThan(firstText);
    server.behave({ reasoningField: 'reasoning' });
    chunks = sseData(
      await (await postJson(`${server.baseUrl}/chat/completions`, chatBody({ stream: true }))).text(),
    ).slice(0, -1) as Chunk[];
    expect(chunks.map((c) => c.choices[0]?.delta['reasoning'] ?? '').join('')).toBe('Thinking it over.');
  });

  it('answers non-stream requests with one chat.completion, cut to max_tokens with finish_reason length', async () => {
    const res = await postJson(`${server.baseUrl}/chat/completions`, chatBody({ max_tokens: 2 }));
    const body = (await res.json()) as {
      object: string;
      choices: Array<{ message: { content: string }; finish_reason: string }>;
      usage: { completion_tokens: number };
    };
    expect(body.object).toBe('chat.completion');
    expect(body.choices[0]?.message.content).toBe('Hello from');
    expect(body.choices[0]?.finish_reason).toBe('length');
    expect(body.usage.completion_tokens).toBe(2);
  });

  it('keeps llama-server errors: missing messages 400, malformed JSON 500, unknown path 404, /health public', async () => {
    const missing = await postJson(`${server.baseUrl}/chat/completions`, JSON.stringify({ max_tokens: 8 }));
    expect(missing.status).toBe(400);
    expect(await missing.json()).toEqual({
      error: { code: 400, message: "'messages' is required", type: 'invalid_request_error' },
    });
    const malformed = await postJson(`${server.baseUrl}/chat/completions`, '{"messages":[');
    expect(malformed.status).toBe(500);
    const unknown = await fetch(`${server.url}/api/tags`);
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toEqual({ error: { message: 'File Not Found', type: 'not_found_error', code: 404 } });
    server.behave({ requireKey: 'k' });
    expect((await fetch(`${server.url}/health`)).status).toBe(200);
  });

  it('ignores unknown model names by default and 404s them when asked to', async () => {
    const ignored = await postJson(`${server.baseUrl}/chat/completions`, chatBody({ model: 'nope' }));
    expect(ignored.status).toBe(200);
    expect(((await ignored.json()) as { model: string }).model).toBe('test-model');
    server.behave({ unknownModel: '404' });
    const res = await postJson(`${server.baseUrl}/chat/completions`, chatBody({ model: 'nope' }));
    expect(res.status).toBe(404);
    const body = (await res.json()) as { error: { message: string; type: string; code: string } };
    expect(body.error).toMatchObject({ type: 'invalid_request_error', code: 'model_not_found' });
    expect(body.error.message).toContain('nope');
  });

  it('serves root paths only with rootPath (Osaurus style), both with rootAliases', async () => {
    const root = await startForTest(startOpenAIServer({ rootPath: true }));
    expect(root.baseUrl).toBe(root.url);
    expect((await fetch(`${root.url}/models`)).status).toBe(200);
    expect((await postJson(`${root.url}/chat/completions`, chatBody())).status).toBe(200);
    expect((await fetch(`${root.url}/v1/models`)).status).toBe(404);
    expect((await postJson(`${root.url}/v1/chat/completions`, chatBody())).status).toBe(404);
    expect((await fetch(`${server.url}/models`)).status).toBe(404);
    server.behave({ rootAliases: true });
    expect((await fetch(`${server.url}/models`)).status).toBe(200);
    expect((await fetch(`${server.url}/v1/models`)).status).toBe(200);
  });
});

describe('CORS', () => {
  it('echoes Origin on responses (empty without one) and allows any header on preflight', async () => {
    const res = await fetch(`${server.baseUrl}/models`, { headers: { Origin: ORIGIN } });
    expect(res.headers.get('access-control-allow-origin')).toBe(ORIGIN);
    const bare = await rawRequest(`${server.baseUrl}/models`);
    expect(bare.headers['access-control-allow-origin']).toBe('');
    const pre = await fetch(`${server.baseUrl}/chat/completions`, {
      method: 'OPTIONS',
      headers: {
        Origin: ORIGIN,
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'authorization,content-type',
      },
    });
    expect(pre.status).toBe(200);
    expect(pre.headers.get('access-control-allow-origin')).toBe(ORIGIN);
    expect(pre.headers.get('access-control-allow-headers')).toBe('*');
    expect(pre.headers.get('access-control-allow-methods')).toBe('GET, POST, DELETE, OPTIONS');
    expect(server.preflights('/v1/chat/completions')).toHaveLength(1);
  });

  it('can send no CORS headers, reject preflights, narrow the allowed headers, or answer with *', async () => {
    const preflight = (): Promise<Response> =>
      fetch(`${server.baseUrl}/chat/completions`, {
        method: 'OPTIONS',
        headers: {
          Origin: ORIGIN,
          'Access-Control-Request-Method': 'POST',
          'Access-Control-Request-Headers': 'authorization',
        },
      });
    server.behave({ cors: 'none' });
    expect(
      (await fetch(`${server.baseUrl}/models`, { headers: { Origin: ORIGIN } })).headers.get(
        'access-control-allow-origin',
      ),
    ).toBeNull();
    expect((await preflight()).headers.get('access-control-allow-origin')).toBeNull();
    server.behave({ cors: 'reject-preflight' });
    const rejected = await preflight();
    expect(rejected.status).toBe(405);
    expect(rejected.headers.get('access-control-allow-origin')).toBeNull();
    server.behave({ cors: 'normal', allowedHeaders: ['Content-Type'] });
    expect((await preflight()).headers.get('access-control-allow-headers')).toBe('Content-Type');
    server.behave({ cors: 'star', allowedHeaders: undefined });
    const star = await preflight();
    expect(star.headers.get('access-control-allow-origin')).toBe('*');
    expect(star.headers.get('access-control-allow-headers')).toBe('authorization');
  });
});

describe('API keys', () => {
  it('answers 401 like llama-server, with CORS headers by default and without when asked', async () => {
    server.behave({ requireKey: 'sk-good' });
    const none = await postJson(`${server.baseUrl}/chat/completions`, chatBody(), { Origin: ORIGIN });
    expect(none.status).toBe(401);
    expect(await none.json()).toEqual({
      error: { message: 'Invalid API Key', type: 'authentication_error', code: 401 },
    });
    expect(none.headers.get('access-control-allow-origin')).toBe(ORIGIN);
    const wrong = await fetch(`${server.baseUrl}/models`, { headers: { Authorization: 'Bearer sk-bad' } });
    expect(wrong.status).toBe(401);
    const good = await fetch(`${server.baseUrl}/models`, { headers: { Authorization: 'Bearer sk-good' } });
    expect(good.status).toBe(200);
    expect((await fetch(`${server.baseUrl}/models`, { headers: { 'X-Api-Key': 'sk-good' } })).status).toBe(200);
    server.behave({ keyErrorCors: false });
    const bare = await fetch(`${server.baseUrl}/models`, { headers: { Origin: ORIGIN } });
    expect(bare.status).toBe(401);
    expect(bare.headers.get('access-control-allow-origin')).toBeNull();
    const pre = await fetch(`${server.baseUrl}/models`, {
      method: 'OPTIONS',
      headers: { Origin: ORIGIN, 'Access-Control-Request-Method': 'GET' },
    });
    expect(pre.status).toBe(200);
  });
});

describe('recording and validation', () => {
  it('records method, path, headers, raw and parsed body, origin and time', async () => {
    const before = Date.now();
    await postJson(`${server.baseUrl}/chat/completions?x=1`, chatBody({ temperature: 0.5 }), {
      Origin: ORIGIN,
      Authorization: 'Bearer sk-1',
    });
    const req = server.lastRequest('/v1/chat/completions');
    expect(req).toMatchObject({
      method: 'POST',
      path: '/v1/chat/completions',
      url: '/v1/chat/completions?x=1',
      origin: ORIGIN,
    });
    expect(req?.headers['authorization']).toBe('Bearer sk-1');
    expect(req?.json).toMatchObject({ model: 'test-model', temperature: 0.5 });
    expect(req?.rawBody).toBe(chatBody({ temperature: 0.5 }));
    expect(req?.time).toBeGreaterThanOrEqual(before);
    expect(server.lastRequest('/v1/models')).toBeUndefined();
    expect(await server.waitForRequest('/v1/chat/completions', 'POST')).toBe(req);
  });

  it('waitForRequest resolves with the first matching request already recorded, not the latest', async () => {
    await postJson(`${server.baseUrl}/chat/completions`, chatBody({ temperature: 0.1 }), { Origin: ORIGIN });
    await postJson(`${server.baseUrl}/chat/completions`, chatBody({ temperature: 0.9 }), { Origin: ORIGIN });
    const first = await server.waitForRequest('/v1/chat/completions', 'POST');
    expect(first.json).toMatchObject({ temperature: 0.1 });
  });

  it('validates chat bodies against the OpenAI schema and records the verdict', async () => {
    await postJson(`${server.baseUrl}/chat/completions`, chatBody({ max_completion_tokens: 16 }));
    expect(server.lastRequest('/v1/chat/completions')?.validation).toEqual({
      valid: true,
      errors: [],
      unknownKeys: [],
    });
    await postJson(
      `${server.baseUrl}/chat/completions`,
      JSON.stringify({ model: 'm', messages: [{ role: 'user', content: 'hi' }], temperature: 'hot', top_k: 4 }),
    );
    const verdict = server.lastRequest('/v1/chat/completions')?.validation;
    expect(verdict?.valid).toBe(false);
    expect(verdict?.unknownKeys).toEqual(['top_k']);
    expect(verdict?.errors.some((e) => e.startsWith('/temperature'))).toBe(true);
    server.behave({ validation: 'schema' });
    await postJson(
      `${server.baseUrl}/chat/completions`,
      JSON.stringify({ model: 'm', messages: [{ role: 'user', content: 'hi' }], top_k: 4 }),
    );
    expect(server.lastRequest('/v1/chat/completions')?.validation?.valid).toBe(true);
  });
});
