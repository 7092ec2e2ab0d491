import { describe, expect, it } from 'vitest';
import {
  chatEndpoint,
  isOllamaVersionPath,
  modelsEndpoint,
  OLLAMA_ENDPOINT_PATHS,
  ollamaVersionEndpoint,
  OPENAI_ENDPOINT_PATHS,
  stripEndpointPath,
} from './endpoints.ts';

describe('endpoints', () => {
  it.each([
    ['http://h:1/v1', 'openai', 'http://h:1/v1/chat/completions', 'http://h:1/v1/models'],
    ['http://h:1/v1/', 'openai_compatible', 'http://h:1/v1/chat/completions', 'http://h:1/v1/models'],
    ['http://h:1', 'ollama', 'http://h:1/api/generate', 'http://h:1/api/tags'],
    ['http://h:1//', 'ollama', 'http://h:1/api/generate', 'http://h:1/api/tags'],
  ] as const)('%s (%s): chat at %s, models at %s', (base, mode, chat, models) => {
    expect(chatEndpoint(base, mode)).toBe(chat);
    expect(modelsEndpoint(base, mode)).toBe(models);
  });

  it("finds Ollama's version at the server root", () => {
    expect(ollamaVersionEndpoint('http://h:11434')).toBe('http://h:11434/api/version');
    expect(ollamaVersionEndpoint('http://h:11434/')).toBe('http://h:11434/api/version');
    expect(isOllamaVersionPath('/api/version')).toBe(true);
    expect(isOllamaVersionPath('/api/tags')).toBe(false);
  });

  it('counts the endpoints Switchboard calls among those a pasted URL may end with', () => {
    for (const mode of ['openai', 'ollama'] as const) {
      const paths = mode === 'ollama' ? OLLAMA_ENDPOINT_PATHS : OPENAI_ENDPOINT_PATHS;
      for (const url of [chatEndpoint('http://h/x', mode), modelsEndpoint('http://h/x', mode)]) {
        expect(stripEndpointPath(new URL(url).pathname, paths)).toBe('/x');
      }
    }
  });

  it('strips one pasted endpoint, in any case, and leaves other paths alone', () => {
    expect(stripEndpointPath('/v1/Chat/Completions', OPENAI_ENDPOINT_PATHS)).toBe('/v1');
    expect(stripEndpointPath('/v1/completions', OPENAI_ENDPOINT_PATHS)).toBe('/v1');
    expect(stripEndpointPath('/ollama/api', OLLAMA_ENDPOINT_PATHS)).toBe('/ollama');
    expect(stripEndpointPath('/v1', OPENAI_ENDPOINT_PATHS)).toBe('/v1');
  });
});
