import { describe, expect, it } from 'vitest';
import {
  invalidResponseFixes,
  noModelsFixes,
  ollamaInOpenAiModeFixes,
  streamInterruptedFixes,
  timeoutFixes,
  webUiFixes,
  wrongModeFixes,
} from './answers.ts';

describe('fixes for replies that are no usable answer', () => {
  it('points a web page at the API, naming the usual port', () => {
    expect(webUiFixes('lmstudio', 'http://h:8080')[0]?.text).toMatch(/http:\/\/h:8080 returned a web page.*port 1234/);
  });

  it('suggests the mode the server answered in', () => {
    expect(wrongModeFixes('ollama', 'http://h:11434')[0]?.text).toContain('http://h:11434/v1');
    expect(wrongModeFixes('openai', 'http://h:1/v1')[0]?.title).toBe(
      'Switch this connection to OpenAI-compatible mode',
    );
  });

  it("checks Ollama's version only when /v1 was already tried", () => {
    expect(ollamaInOpenAiModeFixes('http://h:11434', false)[1]?.title).toContain('http://h:11434/v1');
    expect(ollamaInOpenAiModeFixes('http://h:11434', true)[1]?.commands?.[0]?.command).toBe(
      'curl -s "http://h:11434/api/version"',
    );
  });

  it('tells a silent start from a stream that stopped', () => {
    expect(timeoutFixes('vllm', 'request').map((f) => f.title)).toEqual([
      'Retry: the first request may load the model',
      'Check the network path',
    ]);
    expect(timeoutFixes('vllm', 'stream')[0]?.title).toBe('The server stopped sending');
    expect(streamInterruptedFixes(undefined)[0]?.text).toContain('not CORS or a wrong URL');
    expect(invalidResponseFixes()).toHaveLength(1);
  });

  it('gives Ollama a pull command when it has no models', () => {
    expect(noModelsFixes('ollama')[0]?.commands?.[0]?.command).toBe('ollama pull llama3.2');
    expect(noModelsFixes('vllm')[0]?.title).toBe('Load a model on the server, or type its id');
  });
});
