import { describe, expect, it } from 'vitest';
import { modelDetailText, perMillion, tokenCount } from './model-detail-text.ts';

describe('model detail text', () => {
  it('Ollama: parameter size · quantisation · family, then a fetched context length', () => {
    const m = { id: 'llama3.2:1b', details: { family: 'llama', parameter_size: '1.2B', quantization_level: 'Q8_0' } };
    expect(modelDetailText(m)).toBe('1.2B · Q8_0 · llama');
    expect(modelDetailText(m, 131072)).toBe('1.2B · Q8_0 · llama · 128K context');
  });

  it('OpenRouter-style: context and prices per million tokens; free when both are zero', () => {
    const paid = {
      id: 'a',
      details: { context_length: 128000, price_prompt: 0.00000015, price_completion: 0.0000006 },
    };
    expect(modelDetailText(paid)).toBe('128K context · $0.15 in / $0.6 out per 1M');
    expect(modelDetailText({ id: 'b', details: { price_prompt: 0, price_completion: 0 } })).toBe('free');
    expect(modelDetailText({ id: 'c', details: { price_prompt: 0.00001 } })).toBe('$10 in per 1M');
  });

  it('a fetched context wins over the listed one; nothing reported is an empty line', () => {
    expect(modelDetailText({ id: 'x', details: { context_length: 4096 } }, 512)).toBe('512 context');
    expect(modelDetailText({ id: 'x' })).toBe('');
  });

  it('server strings are made visible and cut short', () => {
    const m = { id: 'x', details: { family: 'ev\u202Eil', quantization_level: 'Q'.repeat(60) } };
    expect(modelDetailText(m)).toBe(`${'Q'.repeat(23)}… · ev⟨U+202E⟩il`);
  });

  it('counts and prices', () => {
    expect([512, 2048, 8192, 32768, 128000, 1_048_576, 2_000_000].map(tokenCount)).toEqual([
      '512',
      '2K',
      '8K',
      '32K',
      '128K',
      '1M',
      '2M',
    ]);
    expect(perMillion(0.000002)).toBe('$2');
    expect(perMillion(0.0000000375)).toBe('$0.0375');
  });
});
