import { describe, expect, it } from 'vitest';
import { isProviderError } from '../errors.ts';
import { fixtureText, testContext } from '../testing/parser-harness.ts';
import { buildListModelsRequest, parseModelList } from './list-models.ts';

const dir = new URL('./__fixtures__/', import.meta.url);
const openaiDir = new URL('../openai/__fixtures__/', import.meta.url);
const parse = (text: string) => parseModelList(text, testContext());

describe('ollama list models', () => {
  it('GET {base}/api/tags, no headers without a key', () => {
    expect(buildListModelsRequest({ mode: 'ollama', base_url: 'http://localhost:11434' })).toEqual({
      method: 'GET',
      url: 'http://localhost:11434/api/tags',
      headers: {},
    });
  });

  it('the docs example, with details', () => {
    expect(parse(fixtureText(dir, 'tags.json'))).toEqual([
      {
        id: 'codellama:13b',
        details: { family: 'llama', parameter_size: '13B', quantization_level: 'Q4_0', format: 'gguf' },
      },
      {
        id: 'llama3:latest',
        details: { family: 'llama', parameter_size: '7B', quantization_level: 'Q4_0', format: 'gguf' },
      },
    ]);
  });

  it('keeps the first of repeated names', () => {
    const text = JSON.stringify({
      models: [{ name: 'a:1', details: { family: 'x' } }, { model: 'b:2' }, { name: 'a:1', details: { family: 'y' } }],
    });
    expect(parse(text)).toEqual([{ id: 'a:1', details: { family: 'x' } }, { id: 'b:2' }]);
  });

  it("KoboldCpp's recorded imitation of /api/tags", () => {
    expect(parse(fixtureText(dir, 'koboldcpp-api-tags.json'))).toEqual([
      {
        id: 'koboldcpp',
        details: { family: 'koboldcpp', parameter_size: '128M', quantization_level: 'Q4_0', format: 'gguf' },
      },
    ]);
  });

  it.each([
    ['an OpenAI model list', fixtureText(openaiDir, 'koboldcpp-models.json'), 'OpenAI-compatible'],
    ['HTML', '<html><body>Ollama is running</body></html>', 'not JSON'],
    ['other JSON', '{"version":"0.5.1"}', 'no `models` array'],
  ])('%s → invalid-response', (_name, text, fragment) => {
    let error: unknown;
    try {
      parse(text);
    } catch (e) {
      error = e;
    }
    expect(isProviderError(error) && error.kind).toBe('invalid-response');
    expect(isProviderError(error) && error.message).toContain(fragment);
  });

  it('keeps capabilities where the server lists them', () => {
    const text = JSON.stringify({
      models: [
        { name: 'nomic-embed-text:latest', details: { family: 'nomic-bert' }, capabilities: ['embedding'] },
        { name: 'llama3.2:1b', details: { family: 'llama' }, capabilities: ['completion', 'tools', 7] },
      ],
    });
    expect(parseModelList(text, testContext())).toEqual([
      { id: 'nomic-embed-text:latest', details: { family: 'nomic-bert', capabilities: ['embedding'] } },
      { id: 'llama3.2:1b', details: { family: 'llama', capabilities: ['completion', 'tools'] } },
    ]);
  });
});
