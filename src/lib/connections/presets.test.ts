import { describe, expect, it } from 'vitest';
import { normalizeBaseUrl } from './normalize-base-url.ts';
import { PRESETS, SCAN_PORTS, presetFor } from './presets.ts';

describe('presets', () => {
  it('cover every kind the form offers, once', () => {
    const kinds = PRESETS.map((p) => p.kind);
    expect(new Set(kinds).size).toBe(kinds.length);
    expect(kinds).toEqual(
      expect.arrayContaining([
        'ollama',
        'lmstudio',
        'llamacpp',
        'vllm',
        'localai',
        'jan',
        'koboldcpp',
        'textgen',
        'litellm',
        'osaurus',
        'openai',
        'openrouter',
        'other',
      ]),
    );
  });

  it.each(PRESETS.map((p) => [p.label, p] as const))(
    '%s has a base URL that normalises to itself first',
    (_label, preset) => {
      const result = normalizeBaseUrl(preset.base_url, preset.mode);
      expect(result.ok && result.candidates[0]).toBe(preset.base_url);
    },
  );

  it('match the documented default ports', () => {
    expect(presetFor('ollama')).toMatchObject({ mode: 'ollama', port: 11434 });
    expect(presetFor('lmstudio').port).toBe(1234);
    expect(presetFor('vllm').port).toBe(8000);
    expect(presetFor('koboldcpp').port).toBe(5001);
    expect(presetFor('textgen').port).toBe(5000);
    expect(presetFor('litellm').port).toBe(4000);
    expect(presetFor('openai')).toMatchObject({ mode: 'openai', base_url: 'https://api.openai.com/v1' });
    expect(presetFor(undefined).kind).toBe('other');
    expect(SCAN_PORTS.map((p) => p.port)).toEqual([11434, 1234, 8080, 9931, 8000, 1337, 5001, 5000, 4000]);
  });
});
