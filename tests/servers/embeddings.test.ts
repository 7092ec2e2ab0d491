// The test servers' embedding routes: OpenAI's /v1/embeddings (schema-validated, floats and base64,
// dimensions, known vectors, misbehaviour) and Ollama's /api/embed.
import { describe, expect, it } from 'vitest';
import { startOpenAIServer } from './openai-server.ts';
import { startOllamaServer } from './ollama-server.ts';
import { batchSizes, float32Base64, hashVector, vectorFor, defaultEmbeddingBehaviour } from './embedding-vectors.ts';
import { loopbackServer, postJson } from './test-helpers.ts';

const openai = loopbackServer(() => startOpenAIServer({ embeddings: { cat: [1, 0, 0], dog: [0.6, 0.8, 0] } }));
const ollama = loopbackServer(() => startOllamaServer({ models: ['llama3.2:1b', 'nomic-embed-text:latest'] }));

const embed = (body: unknown, headers: Record<string, string> = {}) =>
  postJson(`${openai.baseUrl}/embeddings`, JSON.stringify(body), headers);

interface Reply {
  object: string;
  model: string;
  data: Array<{ object: string; index: number; embedding: number[] | string }>;
  usage: { prompt_tokens: number; total_tokens: number };
}

describe('vectors', () => {
  it('are deterministic unit vectors, cut and renormalised by dimensions', () => {
    const v = hashVector('hello', 16);
    expect(v).toEqual(hashVector('hello', 16));
    expect(v).not.toEqual(hashVector('hellp', 16));
    expect(Math.hypot(...v)).toBeCloseTo(1, 10);
    const cut = vectorFor('hello', defaultEmbeddingBehaviour, 4);
    expect(cut).toHaveLength(4);
    expect(Math.hypot(...cut)).toBeCloseTo(1, 10);
  });

  it('base64 is little-endian float32', () => {
    expect(float32Base64([1, -2])).toBe(Buffer.from([0, 0, 0x80, 0x3f, 0, 0, 0, 0xc0]).toString('base64'));
  });
});

describe('POST /v1/embeddings', () => {
  it('answers CreateEmbeddingResponse with the known vectors and records a valid request', async () => {
    const res = await embed({ model: 'text-embedding-3-small', input: ['cat', 'dog', 'other words'] });
    expect(res.status).toBe(200);
    const reply = (await res.json()) as Reply;
    expect(reply).toMatchObject({ object: 'list', model: 'text-embedding-3-small', usage: { prompt_tokens: 4 } });
    expect(reply.data.map((d) => [d.object, d.index])).toEqual([
      ['embedding', 0],
      ['embedding', 1],
      ['embedding', 2],
    ]);
    expect(reply.data[0]?.embedding).toEqual([1, 0, 0]);
    expect(reply.data[2]?.embedding).toHaveLength(16);
    expect(openai.lastRequest('/v1/embeddings')?.validation).toMatchObject({ valid: true });
    expect(batchSizes(openai.requestsTo('/v1/embeddings'))).toEqual([3]);
  });

  it('flags a request outside the schema (unknown key, empty input array)', async () => {
    await embed({ model: 'm', input: 'x', temperature: 1 });
    expect(openai.lastRequest()?.validation).toMatchObject({ valid: false, unknownKeys: ['temperature'] });
    expect((await embed({ model: 'm', input: [] })).status).toBe(400);
  });

  it('answers base64 float32 when asked, floats when told to ignore it, 400 when told to reject it', async () => {
    const b64 = (await (await embed({ model: 'm', input: 'dog', encoding_format: 'base64' })).json()) as Reply;
    expect(b64.data[0]?.embedding).toBe(float32Base64([0.6, 0.8, 0]));
    openai.behave({ base64: 'ignore' });
    const floats = (await (await embed({ model: 'm', input: 'dog', encoding_format: 'base64' })).json()) as Reply;
    expect(floats.data[0]?.embedding).toEqual([0.6, 0.8, 0]);
    openai.behave({ base64: 'reject' });
    const refused = await embed({ model: 'm', input: 'dog', encoding_format: 'base64' });
    expect(refused.status).toBe(400);
  });

  it('cuts to dimensions; refuses a chat-only model; keeps the misbehaviour switches', async () => {
    const cut = (await (await embed({ model: 'm', input: 'dog', dimensions: 1 })).json()) as Reply;
    expect(cut.data[0]?.embedding).toEqual([1]);
    openai.behave({ chatOnlyModels: ['test-model'] });
    const wrongKind = await embed({ model: 'test-model', input: 'x' });
    expect(wrongKind.status).toBe(400);
    expect(await wrongKind.text()).toContain('does not support embeddings');
    openai.behave({ requireKey: 'k' });
    expect((await embed({ model: 'm', input: 'x' })).status).toBe(401);
    expect((await embed({ model: 'm', input: 'x' }, { Authorization: 'Bearer k' })).status).toBe(200);
    openai.behave({ status: { code: 404 } });
    expect((await embed({ model: 'm', input: 'x' }, { Authorization: 'Bearer k' })).status).toBe(404);
  });

  it('never answers a request holding hangOnText, until the client goes', async () => {
    openai.behave({ hangOnText: 'stall' });
    const controller = new AbortController();
    const pending = fetch(`${openai.baseUrl}/embeddings`, {
      method: 'POST',
      body: JSON.stringify({ model: 'm', input: ['a', 'stall'] }),
      signal: controller.signal,
    });
    await openai.waitForRequest('/v1/embeddings', 'POST');
    controller.abort();
    await expect(pending).rejects.toThrow();
  });
});

describe('POST /api/embed (Ollama)', () => {
  const post = (body: unknown) => postJson(`${ollama.url}/api/embed`, JSON.stringify(body));

  it('answers {model, embeddings} for a string or an array', async () => {
    const one = (await (await post({ model: 'nomic-embed-text', input: 'hi' })).json()) as {
      model: string;
      embeddings: number[][];
    };
    expect(one.model).toBe('nomic-embed-text:latest');
    expect(one.embeddings).toEqual([hashVector('hi', 16)]);
    const two = (await (await post({ model: 'nomic-embed-text', input: ['a', 'b'], dimensions: 4 })).json()) as {
      embeddings: number[][];
    };
    expect(two.embeddings.map((e) => e.length)).toEqual([4, 4]);
  });

  it('404 for an unknown model, 400 for a chat-only one', async () => {
    expect((await post({ model: 'nope', input: 'x' })).status).toBe(404);
    ollama.behave({ chatOnlyModels: ['llama3.2:1b'] });
    const res = await post({ model: 'llama3.2:1b', input: 'x' });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ error: '"llama3.2:1b" does not support embeddings' });
  });
});
