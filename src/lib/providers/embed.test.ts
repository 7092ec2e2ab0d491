import { describe, expect, it } from 'vitest';
import { embed } from './embed.ts';
import { fakeFetch } from './testing/fake-fetch.ts';
import type { ExchangeRecord } from './http.ts';

const json = (value: unknown, status = 200) =>
  new Response(JSON.stringify(value), { status, headers: { 'Content-Type': 'application/json' } });
const b64 = (values: number[]) => {
  const bytes = new Uint8Array(values.length * 4);
  const view = new DataView(bytes.buffer);
  values.forEach((v, i) => view.setFloat32(i * 4, v, true));
  return btoa(String.fromCharCode(...bytes));
};
const openai = { mode: 'openai_compatible' as const, base_url: 'http://127.0.0.1:9/v1', api_key: 'sk-secret' };

describe('embed', () => {
  it('asks OpenAI-style servers for base64 and decodes it, in index order', async () => {
    const fetch = fakeFetch(() =>
      json({
        object: 'list',
        data: [
          { object: 'embedding', index: 1, embedding: b64([0, 1]) },
          { object: 'embedding', index: 0, embedding: b64([0.5, -0.25]) },
        ],
        usage: { prompt_tokens: 2, total_tokens: 2 },
      }),
    );
    const log: ExchangeRecord[] = [];
    const result = await embed(
      { connection: openai, model: 'e', input: ['a', 'b'], dimensions: 2 },
      { fetch, onExchange: (r) => log.push(r) },
    );
    expect(fetch.calls[0]?.url).toBe('http://127.0.0.1:9/v1/embeddings');
    expect(JSON.parse(String(fetch.calls[0]?.init.body))).toEqual({
      model: 'e',
      input: ['a', 'b'],
      dimensions: 2,
      encoding_format: 'base64',
    });
    expect(result.vectors.map((v) => [...v])).toEqual([
      [0.5, -0.25],
      [0, 1],
    ]);
    expect(result).toMatchObject({ dimensions: 2, encoding: 'base64', usage: { prompt_tokens: 2 } });
    expect(JSON.stringify(log)).not.toContain('sk-secret');
    expect(fetch.calls[0]?.init.redirect).toBe('manual');
  });

  it('falls back to floats when the server refuses base64, and takes floats sent for a base64 ask', async () => {
    const fetch = fakeFetch(({ init }) =>
      String(init.body).includes('base64')
        ? json({ error: { message: 'only float' } }, 400)
        : json({ data: [{ index: 0, embedding: [1, 2, 3] }] }),
    );
    const result = await embed({ connection: openai, model: 'e', input: ['a'] }, { fetch });
    expect(fetch.calls).toHaveLength(2);
    expect(result).toMatchObject({ dimensions: 3, encoding: 'float' });
    const floats = fakeFetch(() => json({ data: [{ index: 0, embedding: [1, 2] }] }));
    expect((await embed({ connection: openai, model: 'e', input: ['a'] }, { fetch: floats })).encoding).toBe('base64');
  });

  it("uses Ollama's /api/embed without encoding_format", async () => {
    const fetch = fakeFetch(() => json({ model: 'm', embeddings: [[1, 0]], prompt_eval_count: 1 }));
    const result = await embed(
      { connection: { mode: 'ollama', base_url: 'http://127.0.0.1:11434' }, model: 'm', input: ['x'] },
      { fetch },
    );
    expect(fetch.calls[0]?.url).toBe('http://127.0.0.1:11434/api/embed');
    expect(JSON.parse(String(fetch.calls[0]?.init.body))).toEqual({ model: 'm', input: ['x'] });
    expect(result).toMatchObject({ dimensions: 2, usage: { prompt_tokens: 1 } });
  });

  it('throws ProviderError for a wrong count, ragged vectors, a missing key, or an HTTP error', async () => {
    const reply = (value: unknown, status = 200) =>
      embed({ connection: openai, model: 'e', input: ['a', 'b'] }, { fetch: fakeFetch(() => json(value, status)) });
    await expect(reply({ data: [{ index: 0, embedding: [1] }] })).rejects.toMatchObject({ kind: 'invalid-response' });
    await expect(
      reply({
        data: [
          { index: 0, embedding: [1] },
          { index: 1, embedding: [1, 2] },
        ],
      }),
    ).rejects.toMatchObject({
      kind: 'invalid-response',
    });
    await expect(reply({ error: { message: 'no such model' } }, 404)).rejects.toMatchObject({
      kind: 'http',
      message: 'no such model',
    });
    await expect(
      embed({ connection: { mode: 'openai', base_url: 'https://api.openai.com/v1' }, model: 'e', input: ['a'] }),
    ).rejects.toMatchObject({ code: 'missing-api-key' });
  });

  it("times out after the connection's embeddings timeout", async () => {
    const fetch = fakeFetch(() => new Promise<Response>(() => undefined));
    const connection = { ...openai, capability_timeouts_s: { embeddings: 0.01 } };
    await expect(embed({ connection, model: 'e', input: ['a'] }, { fetch })).rejects.toMatchObject({ kind: 'timeout' });
  });
});
