import { describe, expect, it } from 'vitest';
import { isProviderError } from '../errors.ts';
import { fixtureText, testContext } from '../testing/parser-harness.ts';
import { buildListModelsRequest, parseModelList } from './list-models.ts';

const dir = new URL('./__fixtures__/', import.meta.url);
const ollamaDir = new URL('../ollama/__fixtures__/', import.meta.url);
const parse = (text: string) => parseModelList(text, testContext());

function thrownBy(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw');
}

describe('openai list models', () => {
  it('GET {base}/models with no Content-Type, and Authorization only with a key', () => {
    expect(buildListModelsRequest({ mode: 'openai_compatible', base_url: 'http://h:1234/v1' })).toEqual({
      method: 'GET',
      url: 'http://h:1234/v1/models',
      headers: {},
    });
    expect(
      buildListModelsRequest({ mode: 'openai', base_url: 'https://api.openai.com/v1', api_key: 'k' }).headers,
    ).toEqual({ Authorization: 'Bearer k' });
  });

  it('llama-server: reads `data` and ignores the extra `models` array; meta.n_ctx → context_length', () => {
    expect(parse(fixtureText(dir, 'llama-server-models.json'))).toEqual([
      { id: 'tiny.gguf', owned_by: 'llamacpp', details: { context_length: 512 } },
    ]);
  });

  it('keeps the first of repeated ids', () => {
    const text = JSON.stringify({
      object: 'list',
      data: [{ id: 'm1', owned_by: 'a' }, { id: 'm2' }, { id: 'm1', owned_by: 'b' }, { id: 'm2' }],
    });
    expect(parse(text)).toEqual([{ id: 'm1', owned_by: 'a' }, { id: 'm2' }]);
    expect(parse(JSON.stringify([{ id: 'x' }, { id: 'x' }]))).toEqual([{ id: 'x' }]);
  });

  it('KoboldCpp', () => {
    expect(parse(fixtureText(dir, 'koboldcpp-models.json'))).toEqual([{ id: 'koboldcpp/tiny', owned_by: 'koboldcpp' }]);
  });

  it('a bare array, an empty list, and entries without an id', () => {
    expect(parse('[{"id":"a"},{"name":"no-id"},5]')).toEqual([{ id: 'a' }]);
    expect(parse('{"object":"list","data":[]}')).toEqual([]);
  });

  it.each([
    ['an HTML page', '<!doctype html><html><body>Open WebUI</body></html>', 'not JSON'],
    ["Ollama's /api/tags shape", fixtureText(ollamaDir, 'tags.json'), 'Ollama'],
    ['some other JSON', '{"status":"ok"}', 'no `data` array'],
  ])('%s → invalid-response with the body attached', (_name, text, fragment) => {
    const error = thrownBy(() => parse(text));
    expect(isProviderError(error)).toBe(true);
    if (!isProviderError(error)) return;
    expect(error.kind).toBe('invalid-response');
    expect(error.message).toContain(fragment);
    expect(error.response?.body).toBe(text);
    expect(error.response?.status).toBe(200);
  });

  it('OpenRouter-style: context_length, per-token pricing strings, output modalities; odd numbers dropped', () => {
    expect(parse(fixtureText(dir, 'openrouter-models.json'))).toEqual([
      {
        id: 'openai/gpt-4o-mini',
        details: {
          context_length: 128000,
          price_prompt: 0.00000015,
          price_completion: 0.0000006,
          output_modalities: ['text'],
        },
      },
      {
        id: 'meta-llama/llama-3.2-3b-instruct:free',
        details: { context_length: 131072, price_prompt: 0, price_completion: 0, output_modalities: ['text'] },
      },
      {
        id: 'openai/text-embedding-3-small',
        details: {
          context_length: 8192,
          price_prompt: 0.00000002,
          price_completion: 0,
          output_modalities: ['embeddings'],
        },
      },
      { id: 'weird/bad-price' },
    ]);
  });

  it('LM Studio /api/v0 style: type and max_context_length', () => {
    expect(parse(fixtureText(dir, 'lmstudio-api-v0-models.json'))).toEqual([
      { id: 'qwen2.5-7b-instruct', details: { context_length: 32768, type: 'llm' } },
      { id: 'text-embedding-nomic-embed-text-v1.5', details: { context_length: 2048, type: 'embeddings' } },
    ]);
  });
});
