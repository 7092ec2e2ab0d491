import { describe, expect, it, vi } from 'vitest';
import { buildSpeechRequest, buildVoicesRequest, listVoices, parseVoices, speak } from './speech.ts';
import type { ExchangeRecord, FetchLike } from './http.ts';
import type { ProviderError } from './errors.ts';

const target = { mode: 'openai_compatible' as const, base_url: 'http://h:8880/v1/', api_key: 'sk-secret' };
const body = { model: 'kokoro', voice: 'af_heart', input: 'Hello.', format: 'wav' as const };

async function rejection(promise: Promise<unknown>): Promise<ProviderError> {
  try {
    await promise;
  } catch (error) {
    return error as ProviderError;
  }
  throw new Error('expected a rejection');
}

describe('speech requests', () => {
  it('POSTs the OpenAI body to {base}/audio/speech with the key; Ollama roots use /v1', () => {
    expect(buildSpeechRequest(target, body)).toEqual({
      method: 'POST',
      url: 'http://h:8880/v1/audio/speech',
      headers: { 'Content-Type': 'application/json', Authorization: 'Bearer sk-secret' },
      body: '{"model":"kokoro","voice":"af_heart","input":"Hello.","response_format":"wav"}',
    });
    expect(buildVoicesRequest({ mode: 'ollama', base_url: 'http://h:11434' })).toEqual({
      method: 'GET',
      url: 'http://h:11434/v1/audio/voices',
      headers: {},
    });
  });

  it('speak returns the audio as a Blob typed by the reply, and records the exchange redacted', async () => {
    const exchanges: ExchangeRecord[] = [];
    const fetch = vi.fn<FetchLike>(
      async () => new Response(new Uint8Array([1, 2, 3]), { headers: { 'Content-Type': 'audio/wav' } }),
    );
    const blob = await speak({ connection: target, ...body, fetch, onExchange: (x) => exchanges.push(x) });
    expect(blob.type).toBe('audio/wav');
    expect([...new Uint8Array(await blob.arrayBuffer())]).toEqual([1, 2, 3]);
    expect(fetch.mock.calls[0]?.[0]).toBe('http://h:8880/v1/audio/speech');
    expect(JSON.stringify(exchanges)).not.toContain('sk-secret');
  });

  it('speak turns a refusal into a ProviderError with the server message', async () => {
    const fetch: FetchLike = async () =>
      new Response('{"error":{"message":"Invalid API Key"}}', {
        status: 401,
        headers: { 'Content-Type': 'application/json' },
      });
    const error = await rejection(speak({ connection: target, ...body, fetch }));
    expect(error).toMatchObject({ name: 'ProviderError', kind: 'http', response: { status: 401 } });
    expect(error.message).toContain('Invalid API Key');
  });

  it('speak refuses an OpenAI connection without a key before sending anything', async () => {
    const fetch = vi.fn<FetchLike>();
    const error = await rejection(
      speak({ connection: { mode: 'openai', base_url: 'https://api.openai.com/v1' }, ...body, fetch }),
    );
    expect(error.code).toBe('missing-api-key');
    expect(fetch).not.toHaveBeenCalled();
  });

  it('speak stops when the signal aborts', async () => {
    const controller = new AbortController();
    controller.abort();
    const error = await rejection(speak({ connection: target, ...body, signal: controller.signal, fetch: vi.fn() }));
    expect(error.kind).toBe('aborted');
  });
});

describe('voices', () => {
  it('reads {voices}, {data} and bare lists of strings or objects, without repeats', () => {
    expect(parseVoices('{"voices":["a","b","a"]}')).toEqual(['a', 'b']);
    expect(parseVoices('[{"id":"x"},{"name":"y"},{"voice_id":"z"},3]')).toEqual(['x', 'y', 'z']);
    expect(parseVoices('{"data":[{"id":"q"}]}')).toEqual(['q']);
    expect(parseVoices('<html>')).toEqual([]);
    expect(parseVoices('{"voices":"a"}')).toEqual([]);
  });

  it('a server without the route has no voices; other failures throw', async () => {
    const notFound: FetchLike = async () => new Response('{"detail":"Not Found"}', { status: 404 });
    expect(await listVoices(target, { fetch: notFound })).toEqual([]);
    const ok: FetchLike = async () => new Response('{"voices":["af_heart"]}');
    expect(await listVoices(target, { fetch: ok })).toEqual(['af_heart']);
    const down: FetchLike = async () => {
      throw new TypeError('Failed to fetch');
    };
    expect((await rejection(listVoices(target, { fetch: down }))).kind).toBe('network');
  });
});
