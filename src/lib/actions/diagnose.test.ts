import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Connection } from '../connections/types.ts';
import { httpChrome } from '../diagnostics/test-fixtures.ts';
import { connectionFacts, realHeaders, testConnection, tinyChatRequest } from './diagnose.ts';

const base: Connection = {
  id: 'c1',
  name: 'Box',
  mode: 'openai_compatible',
  base_url: 'http://localhost:8080/v1',
  enabled: true,
  created_at: 1,
  updated_at: 1,
};

describe('API key facts follow the requests (a blank key sends no Authorization)', () => {
  it.each([
    [undefined, false],
    ['', false],
    ['   ', false],
    ['\n\t ', false],
    ['sk-x', true],
    [' sk-x\n', true],
  ])('api_key %j → has_api_key and Authorization in the probe headers: %s', (api_key, expected) => {
    const c = api_key === undefined ? base : { ...base, api_key };
    expect(connectionFacts(c).has_api_key).toBe(expected);
    expect('Authorization' in realHeaders(c)).toBe(expected);
    expect(realHeaders(c)['Content-Type']).toBe('application/json');
  });

  it('never puts the key itself in the probe headers', () => {
    expect(JSON.stringify(realHeaders({ api_key: 'sk-secret' }))).not.toContain('sk-secret');
  });
});

describe('tinyChatRequest', () => {
  it.each([
    ['openai', 16],
    ['openai_compatible', 1],
    ['ollama', 1],
  ] as const)('%s → max_tokens %i with the given model', (mode, limit) => {
    expect(tinyChatRequest({ mode }, 'gpt-5-mini')).toEqual({
      model: 'gpt-5-mini',
      messages: [{ role: 'user', content: 'Say OK.' }],
      params: { max_tokens: limit },
    });
  });
});

describe('testConnection', () => {
  afterEach(() => vi.unstubAllGlobals());

  /** A server that allows CORS, lists an embedding model first, and answers any chat. */
  function stubServer() {
    const calls: { url: string; init: RequestInit }[] = [];
    const cors = { 'Access-Control-Allow-Origin': '*', 'Content-Type': 'application/json' };
    vi.stubGlobal('fetch', async (url: string, init: RequestInit = {}) => {
      calls.push({ url, init });
      if (url.endsWith('/models'))
        return new Response(
          JSON.stringify({ object: 'list', data: [{ id: 'text-embedding-3-small' }, { id: 'gpt-5-mini' }] }),
          { headers: cors },
        );
      if (url.endsWith('/chat/completions')) {
        const sse = 'data: {"choices":[{"delta":{"content":"OK"},"finish_reason":"stop"}]}\n\ndata: [DONE]\n\n';
        return new Response(sse, { headers: { ...cors, 'Content-Type': 'text/event-stream' } });
      }
      return new Response('', { headers: cors });
    });
    return calls;
  }

  it('chats with the model the caller passes, with 16 tokens in openai mode', async () => {
    const calls = stubServer();
    const c: Connection = {
      ...base,
      mode: 'openai',
      base_url: 'https://api.openai.com/v1',
      api_key: 'sk-test',
      params: { max_completion_tokens: 4000 },
    };
    const result = await testConnection(c, httpChrome(), { chat: true, model: 'gpt-5-mini' });
    expect(result.steps.find((s) => s.id === 'chat')?.status).toBe('pass');
    const chat = calls.find((call) => call.url.endsWith('/chat/completions'));
    const body = JSON.parse(String(chat?.init.body));
    expect(body.model).toBe('gpt-5-mini');
    expect(body.max_completion_tokens).toBe(16);
    expect(body).not.toHaveProperty('max_tokens');
  });

  it('a whitespace-only key: the preflight probe asks for no Authorization header', async () => {
    const calls = stubServer();
    await testConnection({ ...base, api_key: '  ' }, httpChrome(), { chat: false });
    const probed = calls.filter((call) => call.init.headers !== undefined);
    expect(probed.length).toBeGreaterThan(0);
    for (const call of probed)
      expect(Object.keys(call.init.headers as Record<string, string>).map((h) => h.toLowerCase())).not.toContain(
        'authorization',
      );
  });
});

describe('the preflight probe for a file upload', () => {
  it('asks only for Authorization: multipart/form-data needs no preflight', () => {
    const upload = {
      method: 'POST',
      url: 'http://localhost:8000/v1/audio/transcriptions',
      headers: { 'content-type': 'multipart/form-data; boundary=x', authorization: '[redacted]' },
    };
    expect(realHeaders({ api_key: 'sk-secret' }, upload)).toEqual({ Authorization: 'Bearer switchboard-probe' });
    expect(realHeaders({}, upload)).toEqual({});
    expect(realHeaders({}, { ...upload, headers: { 'content-type': 'application/json' } })).toEqual({
      'Content-Type': 'application/json',
    });
  });
});
