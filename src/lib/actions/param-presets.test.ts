import { describe, expect, it } from 'vitest';
import { deletePreset, loadPresets, savePreset } from './param-presets.ts';

function memory() {
  const map = new Map<string, string>();
  const storage = { getItem: (k: string) => map.get(k) ?? null, setItem: (k: string, v: string) => void map.set(k, v) };
  return () => storage;
}

describe('user presets', () => {
  it('saves, lists and deletes by name', () => {
    const storage = memory();
    expect(loadPresets(storage)).toEqual([]);
    expect(savePreset('Mine', { temperature: 0.4, max_tokens: 99 }, storage)).toEqual({
      ok: true,
      presets: [{ name: 'Mine', params: { temperature: 0.4, max_tokens: 99 } }],
    });
    expect(loadPresets(storage)).toHaveLength(1);
    expect(savePreset('mine', { temperature: 1 }, storage)).toEqual({
      ok: false,
      error: 'A preset named "mine" already exists',
    });
    expect(deletePreset('Mine', storage)).toEqual({ ok: true, presets: [] });
    expect(loadPresets(storage)).toEqual([]);
  });

  it('refuses an empty preset and says when storage refuses', () => {
    expect(savePreset('Empty', {}, memory())).toEqual({ ok: false, error: expect.stringMatching(/at least one/) });
    const refusing = () => ({
      getItem: () => null,
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    });
    expect(savePreset('Mine', { temperature: 1 }, refusing)).toEqual({
      ok: false,
      error: 'This browser refused to store the preset',
    });
  });
});
