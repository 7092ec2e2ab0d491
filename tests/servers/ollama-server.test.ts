// The Ollama test server: native routes, NDJSON stream shape, /v1 layer, CORS 403s and the Host guard.
import { describe, expect, it } from 'vitest';
import { startOllamaServer } from './ollama-server.ts';
import { OLLAMA_ALLOWED_HEADERS } from './ollama-cors.ts';
import { loopbackServer, ndjson, postJson, rawRequest, sseData } from './test-helpers.ts';

const server = loopbackServer(startOllamaServer);

const generate = (extra: Record<string, unknown> = {}, headers: Record<string, string> = {}): Promise<Response> =>
  postJson(`${server.url}/api/generate`, JSON.stringify({ model: 'llama3.2:1b', prompt: 'Hi', ...extra }), headers);

describe('native API', () => {
  it('answers the cheap probes: /, /api/version, unknown paths', async () => {
    const root = await fetch(server.url);
    expect(await root.text()).toBe('Ollama is running');
    expect(await (await fetch(`${server.url}/api/version`)).json()).toEqual({ version: '0.12.6' });
    const missing = await fetch(`${server.url}/nope`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).toBe('404 page not found');
  });

  it('/api/show tells the context length and capabilities of a model', async () => {
    server.behave({
      models: [
        { name: 'big:8b', family: 'llama', contextLength: 131072 },
        { name: 'emb', capabilities: ['embedding'] },
      ],
    });
    const show = (name: string) => postJson(`${server.url}/api/show`, JSON.stringify({ model: name }));
    expect(await (await show('big:8b')).json()).toMatchObject({
      model_info: { 'general.architecture': 'llama', 'llama.context_length': 131072 },
      capabilities: ['completion'],
    });
    expect(await (await show('emb')).json()).toMatchObject({ model_info: {}, capabilities: ['embedding'] });
    expect((await show('nope')).status).toBe(404);
  });

  it('lists models with details in /api/tags and in the /v1 layer', async () => {
    const tags = (await (await fetch(`${server.url}/api/tags`)).json()) as { models: Array<Record<string, unknown>> };
    expect(tags.models.map((m) => m['name'])).toEqual(['llama3.2:1b', 'qwen3:0.6b']);
    expect(tags.models[0]?.['details']).toMatchObject({
      format: 'gguf',
      family: 'llama',
      parameter_size: '1.2B',
      quantization_level: 'Q8_0',
    });
    expect(typeof tags.models[0]?.['digest']).toBe('string');
    const v1 = (await (await fetch(`${server.openaiBaseUrl}/models`)).json()) as {
      object: string;
      data: Array<{ id: string; owned_by: string }>;
    };
    expect(v1.object).toBe('list');
    expect(v1.data.map((m) => m.id)).toEqual(['llama3.2:1b', 'qwen3:0.6b']);
    server.behave({ models: ['mistral:7b', { name: 'tiny:1m', parameterSize: '1M', family: 'tiny' }] });
    expect(server.config.models.map((m) => m.name)).toEqual(['mistral:7b', 'tiny:1m']);
    const changed = (await (await fetch(`${server.url}/api/tags`)).json()) as {
      models: Array<{ details: { parameter_size: string } }>;
    };
    expect(changed.models[1]?.details.parameter_size).toBe('1M');
  });

  it('streams /api/generate as NDJSON by default, ending with done:true and the stats', async () => {
    const res = await generate();
    expect(res.headers.get('content-type')).toBe('application/x-ndjson');
    const lines = ndjson(await res.text()) as Array<Record<string, unknown>>;
    expect(lines.slice(0, -1).every((l) => l['done'] === false)).toBe(true);
    expect(lines.map((l) => l['response']).join('')).toBe('Hello from the Ollama test server.');
    const last = lines.at(-1)!;
    expect(last).toMatchObject({ done: true, done_reason: 'stop', eval_count: 6, prompt_eval_count: 1 });
    for (const key of ['total_duration', 'load_duration', 'prompt_eval_duration', 'eval_duration']) {
      expect(last[key]).toBeGreaterThan(1_000_000); // nanoseconds
    }
  });

  it('answers stream:false with one object, honours num_predict and streams thinking first', async () => {
    const one = (await (await generate({ stream: false, options: { num_predict: 2 } })).json()) as Record<
      string,
      unknown
    >;
    expect(one).toMatchObject({ response: 'Hello from', done: true, done_reason: 'length', eval_count: 2 });
    server.behave({ thinking: 'Let me see.' });
    const lines = ndjson(await (await generate()).text()) as Array<Record<string, unknown>>;
    expect(lines[0]).toMatchObject({ response: '', thinking: 'Let' });
    expect(lines.map((l) => l['thinking'] ?? '').join('')).toBe('Let me see.');
    const quiet = ndjson(await (await generate({ think: false })).text()) as Array<Record<string, unknown>>;
    expect(quiet.some((l) => 'thinking' in l)).toBe(false);
  });

  it('streams /api/chat messages and answers /v1/chat/completions with Ollama-shaped chunks', async () => {
    const chat = await postJson(
      `${server.url}/api/chat`,
      JSON.stringify({ model: 'qwen3:0.6b', messages: [{ role: 'user', content: 'Hi' }] }),
    );
    const lines = ndjson(await chat.text()) as Array<{ message: { content: string }; done: boolean }>;
    expect(lines.map((l) => l.message.content).join('')).toBe('Hello from the Ollama test server.');
    expect(lines.at(-1)?.done).toBe(true);
    const v1 = await postJson(
      `${server.openaiBaseUrl}/chat/completions`,
      JSON.stringify({ model: 'qwen3:0.6b', stream: true, messages: [{ role: 'user', content: 'Hi' }] }),
    );
    const events = sseData(await v1.text());
    expect(events.at(-1)).toBe('[DONE]');
    expect(server.lastRequest('/v1/chat/completions')?.validation?.valid).toBe(true);
  });

  it('gives Ollama errors: unknown model 404, missing model 400, empty prompt loads the model', async () => {
    const unknown = await generate({ model: 'x' });
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toEqual({ error: "model 'x' not found" });
    const missing = await postJson(`${server.url}/api/generate`, JSON.stringify({ prompt: 'Hi' }));
    expect(missing.status).toBe(400);
    expect(await missing.json()).toEqual({ error: 'model is required' });
    const load = (await (await generate({ prompt: '' })).json()) as Record<string, unknown>;
    expect(load).toMatchObject({ done: true, done_reason: 'load' });
    const v1 = await postJson(
      `${server.openaiBaseUrl}/chat/completions`,
      JSON.stringify({ model: 'x', messages: [{ role: 'user', content: 'Hi' }] }),
    );
    expect(v1.status).toBe(404);
    expect(((await v1.json()) as { error: { message: string } }).error.message).toContain('not found');
  });
});

describe('CORS (Ollama rules)', () => {
  const preflight = (origin: string, extra: Record<string, string> = {}): Promise<Response> =>
    fetch(`${server.url}/api/generate`, {
      method: 'OPTIONS',
      headers: {
        Origin: origin,
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'content-type',
        ...extra,
      },
    });

  it('allows loopback origins on any port, echoing the origin', async () => {
    for (const origin of [
      'http://localhost:4173',
      'http://127.0.0.1:8080',
      'https://localhost',
      'http://0.0.0.0:3000',
    ]) {
      const res = await fetch(`${server.url}/api/tags`, { headers: { Origin: origin } });
      expect(res.status).toBe(200);
      expect(res.headers.get('access-control-allow-origin')).toBe(origin);
    }
  });

  it('answers other origins with 403, an empty body and no CORS headers, preflight or not', async () => {
    for (const res of [
      await fetch(`${server.url}/api/tags`, { headers: { Origin: 'http://app.test:4173' } }),
      await preflight('https://example.github.io'),
    ]) {
      expect(res.status).toBe(403);
      expect(await res.text()).toBe('');
      expect(res.headers.get('access-control-allow-origin')).toBeNull();
    }
    const posted = await generate({}, { Origin: 'http://app.test:4173' });
    expect(posted.status).toBe(403);
    expect(server.lastRequest('/api/generate')?.origin).toBe('http://app.test:4173');
  });

  it('answers allowed preflights with 204 and only the fixed header list', async () => {
    const res = await preflight('http://localhost:4173', { 'Access-Control-Request-Headers': 'x-custom' });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe('http://localhost:4173');
    expect(res.headers.get('access-control-allow-headers')).toBe(OLLAMA_ALLOWED_HEADERS.join(','));
    expect(res.headers.get('access-control-allow-headers')).not.toContain('x-custom');
    expect(res.headers.get('access-control-max-age')).toBe('43200');
    server.behave({ allowedHeaders: ['Content-Type'] });
    expect((await preflight('http://localhost:4173')).headers.get('access-control-allow-headers')).toBe('Content-Type');
  });

  it('adds OLLAMA_ORIGINS entries, with one wildcard or * for all', async () => {
    server.behave({ origins: ['http://app.test:4173'] });
    expect((await fetch(`${server.url}/api/tags`, { headers: { Origin: 'http://app.test:4173' } })).status).toBe(200);
    expect((await fetch(`${server.url}/api/tags`, { headers: { Origin: 'http://app.test:9999' } })).status).toBe(403);
    server.behave({ origins: ['https://*.example.com'] });
    expect((await fetch(`${server.url}/api/tags`, { headers: { Origin: 'https://chat.example.com' } })).status).toBe(
      200,
    );
    server.behave({ origins: ['*'] });
    const all = await fetch(`${server.url}/api/tags`, { headers: { Origin: 'https://anything.example' } });
    expect(all.headers.get('access-control-allow-origin')).toBe('*');
  });

  it('guards the Host header: names outside localhost/.local/.internal get 403 after CORS headers', async () => {
    const lan = await rawRequest(`${server.url}/api/tags`, {
      headers: { Host: `lan.test:${server.port}`, Origin: 'http://localhost:4173' },
    });
    expect(lan.status).toBe(403);
    expect(lan.body).toBe('');
    expect(lan.headers['access-control-allow-origin']).toBe('http://localhost:4173');
    const pre = await rawRequest(`${server.url}/api/tags`, {
      method: 'OPTIONS',
      headers: {
        Host: `lan.test:${server.port}`,
        Origin: 'http://localhost:4173',
        'Access-Control-Request-Method': 'GET',
      },
    });
    expect(pre.status).toBe(204);
    for (const host of ['localhost', 'box.local', 'ollama.internal', '192.168.1.20']) {
      expect((await rawRequest(`${server.url}/api/tags`, { headers: { Host: `${host}:${server.port}` } })).status).toBe(
        200,
      );
    }
    server.behave({ hostCheck: false });
    expect((await rawRequest(`${server.url}/api/tags`, { headers: { Host: `lan.test:${server.port}` } })).status).toBe(
      200,
    );
  });

  it('supports the cors switches and a 401 that may lack CORS headers', async () => {
    server.behave({ cors: 'none' });
    const none = await fetch(`${server.url}/api/tags`, { headers: { Origin: 'http://app.test' } });
    expect(none.status).toBe(200);
    expect(none.headers.get('access-control-allow-origin')).toBeNull();
    server.behave({ cors: 'reject-preflight' });
    expect((await preflight('http://localhost:4173')).status).toBe(403);
    server.behave({ cors: 'normal', requireKey: 'k' });
    const denied = await fetch(`${server.url}/api/tags`, { headers: { Origin: 'http://localhost:4173' } });
    expect(denied.status).toBe(401);
    expect(await denied.json()).toEqual({ error: 'unauthorized' });
    expect(denied.headers.get('access-control-allow-origin')).toBe('http://localhost:4173');
    server.behave({ keyErrorCors: false });
    const bare = await fetch(`${server.url}/api/tags`, { headers: { Origin: 'http://localhost:4173' } });
    expect(bare.headers.get('access-control-allow-origin')).toBeNull();
    expect((await fetch(`${server.url}/api/tags`, { headers: { Authorization: 'Bearer k' } })).status).toBe(200);
  });
});
