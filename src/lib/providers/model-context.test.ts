import { describe, expect, it } from 'vitest';
import { fixtureText } from './testing/parser-harness.ts';
import { buildPropsRequest, buildShowRequest, parsePropsContext, parseShowContext } from './model-context.ts';

const openaiDir = new URL('./openai/__fixtures__/', import.meta.url);
const ollamaDir = new URL('./ollama/__fixtures__/', import.meta.url);

describe('model context length', () => {
  it('llama-server: GET /props at the server root, with the key only when there is one', () => {
    expect(buildPropsRequest({ mode: 'openai_compatible', base_url: 'http://h:8080/v1/' })).toEqual({
      method: 'GET',
      url: 'http://h:8080/props',
      headers: {},
    });
    expect(buildPropsRequest({ mode: 'openai_compatible', base_url: 'http://h:8080', api_key: 'k' })).toEqual({
      method: 'GET',
      url: 'http://h:8080/props',
      headers: { Authorization: 'Bearer k' },
    });
  });

  it('llama-server: reads default_generation_settings.n_ctx from the recorded /props', () => {
    expect(parsePropsContext(fixtureText(openaiDir, 'llama-server-props.json'))).toBe(512);
    expect(parsePropsContext('{"n_ctx": 4096}')).toBe(4096);
    expect(parsePropsContext('{"default_generation_settings":{"n_ctx":"big"}}')).toBeUndefined();
    expect(parsePropsContext('<html>')).toBeUndefined();
  });

  it('Ollama: POST /api/show {model}', () => {
    expect(buildShowRequest({ mode: 'ollama', base_url: 'http://h:11434' }, 'llama3.2:1b')).toEqual({
      method: 'POST',
      url: 'http://h:11434/api/show',
      headers: { 'Content-Type': 'application/json' },
      body: '{"model":"llama3.2:1b"}',
    });
  });

  it('Ollama: model_info["<architecture>.context_length"]', () => {
    expect(parseShowContext(fixtureText(ollamaDir, 'show.json'))).toBe(131072);
    expect(parseShowContext('{"model_info":{"llama.context_length":8192}}')).toBeUndefined();
    expect(
      parseShowContext('{"model_info":{"general.architecture":"qwen3","qwen3.context_length":-1}}'),
    ).toBeUndefined();
    expect(parseShowContext('null')).toBeUndefined();
  });
});
