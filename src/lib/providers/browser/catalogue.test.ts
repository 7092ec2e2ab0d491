import { describe, expect, it } from 'vitest';
import { CATALOGUE } from './catalogue.ts';
import { refusalFor } from './fit-check.ts';

describe('the model catalogue', () => {
  it('lists small instruct GGUFs from huggingface.co, each with size, licence, RAM and a description', () => {
    expect(CATALOGUE.length).toBeGreaterThanOrEqual(4);
    for (const m of CATALOGUE) {
      const url = new URL(m.url);
      expect(url.protocol).toBe('https:');
      expect(url.hostname).toBe('huggingface.co');
      expect(url.pathname).toMatch(/\/resolve\/main\/[^/]+\.gguf$/i);
      expect(m.id).toMatch(/\.gguf$/);
      expect(m.size).toBeGreaterThan(0);
      expect(m.licence).not.toBe('');
      expect(m.ram_gb).toBeGreaterThan(0);
      expect(m.description.length).toBeGreaterThan(10);
      // each one fits a laptop with 8 GB
      expect(refusalFor(m.size, { deviceMemoryGiB: 8 })).toBeUndefined();
    }
    expect(new Set(CATALOGUE.map((m) => m.id)).size).toBe(CATALOGUE.length);
  });
});
