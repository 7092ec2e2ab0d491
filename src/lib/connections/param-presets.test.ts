import { describe, expect, it } from 'vitest';
import { fieldText, parseField, readFields, sliderPosition, textsFromParams, withParam } from './param-edit.ts';
import { resolveParams } from './resolve-params.ts';
import { paramSpec } from './param-specs.ts';
import type { ConnectionParams } from './types.ts';
import { BUILT_IN_PRESETS, applyPreset, parsePresets, presetFromParams, presetNameProblem } from './param-presets.ts';

describe('parseField', () => {
  it('reads numbers within range, blank as unset, and says what is wrong', () => {
    const temp = paramSpec('temperature');
    expect(parseField(temp, ' 0.7 ')).toEqual({ ok: true, value: 0.7 });
    expect(parseField(temp, '')).toEqual({ ok: true });
    expect(parseField(temp, '3')).toEqual({ ok: false, error: 'Temperature must be between 0 and 2' });
    expect(parseField(temp, 'hot')).toEqual({ ok: false, error: 'Temperature must be a number' });
    expect(parseField(paramSpec('max_tokens'), '1.5')).toEqual({
      ok: false,
      error: 'Max tokens must be a whole number',
    });
  });

  it('stop sequences: one per line, blank lines skipped, at most 4', () => {
    const stop = paramSpec('stop');
    expect(parseField(stop, '##\n\nEND')).toEqual({ ok: true, value: ['##', 'END'] });
    expect(parseField(stop, '\n')).toEqual({ ok: true });
    expect(parseField(stop, 'a\nb\nc\nd\ne').ok).toBe(false);
    expect(fieldText(['##', 'END'])).toBe('##\nEND');
  });
});

describe('withParam', () => {
  it('sets and clears one key; clearing the limit clears its other spellings', () => {
    expect(withParam({ temperature: 1 }, 'top_p', 0.5)).toEqual({ temperature: 1, top_p: 0.5 });
    expect(withParam({ temperature: 1, top_p: 0.5 }, 'top_p', undefined)).toEqual({ temperature: 1 });
    expect(withParam({ max_completion_tokens: 5, num_predict: 6 }, 'max_tokens', 7)).toEqual({ max_tokens: 7 });
  });
});

describe('presets', () => {
  it('three built in, with sampling values only', () => {
    expect(BUILT_IN_PRESETS.map((p) => p.name)).toEqual(['Precise', 'Balanced', 'Creative']);
  });

  it('applying replaces sampling parameters and keeps the limit, seed, stops and other keys', () => {
    const precise = BUILT_IN_PRESETS[0]!;
    const next = applyPreset({ temperature: 1.5, min_p: 0.1, max_tokens: 50, seed: 3, response_format: 'x' }, precise);
    expect(next).toEqual({ temperature: 0.2, top_p: 0.9, top_k: 20, max_tokens: 50, seed: 3, response_format: 'x' });
  });

  it('applying for official OpenAI leaves out what it does not send', () => {
    const next = applyPreset({}, BUILT_IN_PRESETS[1]!, 'openai');
    expect(next).toEqual({ temperature: 0.7, top_p: 0.95 });
  });

  it('a user preset holds the catalogue parameters a chat sets, and round-trips through storage', () => {
    const preset = presetFromParams(' Mine ', { temperature: 0.4, stop: ['##'], stream: false, top_k: 9999 });
    expect(preset).toEqual({ name: 'Mine', params: { temperature: 0.4, stop: ['##'] } });
    expect(parsePresets(JSON.stringify([preset]))).toEqual([preset]);
  });

  it('stored presets are not trusted', () => {
    expect(parsePresets('not json')).toEqual([]);
    expect(parsePresets('{"name":"x"}')).toEqual([]);
    expect(
      parsePresets(JSON.stringify([null, { name: '' }, { name: 'ok', params: { temperature: 9, top_p: 0.3 } }])),
    ).toEqual([{ name: 'ok', params: { top_p: 0.3 } }]);
  });

  it('names must be given and new', () => {
    expect(presetNameProblem('  ', [])).toBe('Give the preset a name');
    expect(presetNameProblem('precise', [])).toBe('A preset named "precise" already exists');
    expect(presetNameProblem('Mine', [{ name: 'mine', params: {} }])).toMatch(/already exists/);
    expect(presetNameProblem('Mine', [])).toBeUndefined();
  });
});

describe('the panel fields', () => {
  it('read back into params, keeping other keys; errors stay by their field and keep the saved value', () => {
    const base = { temperature: 0.5, response_format: { type: 'json_object' as const } };
    const texts = { ...textsFromParams(base), top_p: '0.9', temperature: '7', stop: 'END' };
    expect(textsFromParams(base).temperature).toBe('0.5');
    expect(readFields(base, texts)).toEqual({
      params: { temperature: 0.5, top_p: 0.9, stop: ['END'], response_format: { type: 'json_object' } },
      errors: { temperature: 'Temperature must be between 0 and 2' },
    });
    expect(readFields(base, { ...texts, temperature: '' }).params).not.toHaveProperty('temperature');
  });

  it('a slider sits at the value in force, else the named default, else the bottom', () => {
    const list = resolveParams({ top_p: 0.5 }, { mode: 'ollama' });
    const at = (key: string) => sliderPosition(list.find((p) => p.spec.key === key)!);
    expect(at('top_p')).toBe(0.5);
    expect(at('temperature')).toBe(0.8);
    expect(at('min_p')).toBe(0);
    expect(sliderPosition(resolveParams({}, { mode: 'openai_compatible' })[0]!)).toBe(0);
  });

  it('an unset answer limit means no limit: its slider sits at the top, a set one where it is', () => {
    const limit = (
      chat: ConnectionParams,
      connection?: { mode: 'ollama' | 'openai_compatible'; params?: ConnectionParams },
    ) => resolveParams(chat, connection).find((p) => p.spec.key === 'max_tokens')!;
    const top = paramSpec('max_tokens').max;
    expect(sliderPosition(limit({}, { mode: 'ollama' }))).toBe(top);
    expect(sliderPosition(limit({}, { mode: 'openai_compatible' }))).toBe(top);
    expect(sliderPosition(limit({}))).toBe(top);
    expect(sliderPosition(limit({ max_tokens: 256 }, { mode: 'ollama' }))).toBe(256);
    expect(sliderPosition(limit({}, { mode: 'ollama', params: { num_predict: 64 } }))).toBe(64);
  });
});
