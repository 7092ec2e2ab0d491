import { describe, expect, it } from 'vitest';
import {
  effectiveSettings,
  emptyOverrideTexts,
  overrideSummary,
  overrideTexts,
  readOverrideTexts,
} from './overrides.ts';

const shared = { system_prompt: 'Be kind', params: { temperature: 0.7, top_p: 0.9, max_tokens: 500 } };

describe('effectiveSettings: the chat settings with a column’s overrides', () => {
  it('the override wins, key by key; what it does not set is inherited', () => {
    expect(effectiveSettings(shared, { system_prompt: 'Be brief', params: { temperature: 0.2 } })).toEqual({
      system_prompt: 'Be brief',
      params: { temperature: 0.2, top_p: 0.9, max_tokens: 500 },
    });
  });
  it('empty means inherit: a blank system prompt, undefined values and no params', () => {
    expect(effectiveSettings(shared, { system_prompt: '  ', params: { temperature: undefined } })).toEqual(shared);
    expect(effectiveSettings(shared, {})).toEqual(shared);
  });
  it('no shared settings: the column’s own, or nothing at all', () => {
    expect(effectiveSettings({}, {})).toEqual({});
    expect(effectiveSettings({ system_prompt: '' }, { params: { top_p: 0.5 } })).toEqual({ params: { top_p: 0.5 } });
  });
  it('the answer limit is one setting whatever its key: the column’s replaces the chat’s', () => {
    expect(effectiveSettings({ params: { max_completion_tokens: 900 } }, { params: { max_tokens: 50 } })).toEqual({
      params: { max_tokens: 50 },
    });
  });
});

describe('readOverrideTexts: the chat panel’s validation', () => {
  it('blank fields set nothing', () => {
    expect(readOverrideTexts(emptyOverrideTexts())).toEqual({ settings: {}, errors: {} });
  });
  it('reads numbers and the system prompt', () => {
    const texts = { system_prompt: 'Answer in French', temperature: '0.2', top_p: ' 0.95 ', max_tokens: '128' };
    expect(readOverrideTexts(texts)).toEqual({
      settings: { system_prompt: 'Answer in French', params: { temperature: 0.2, top_p: 0.95, max_tokens: 128 } },
      errors: {},
    });
  });
  it('out of range, not a number and not whole are errors, per field', () => {
    const { settings, errors } = readOverrideTexts({
      system_prompt: '',
      temperature: '3',
      top_p: 'much',
      max_tokens: '1.5',
    });
    expect(settings).toEqual({});
    expect(errors).toEqual({
      temperature: 'Temperature must be between 0 and 2',
      top_p: 'Top P must be a number',
      max_tokens: 'Max tokens must be a whole number',
    });
  });
  it('round-trips through the form texts', () => {
    const settings = { system_prompt: 'x', params: { temperature: 1.5, max_tokens: 10 } };
    expect(readOverrideTexts(overrideTexts(settings)).settings).toEqual(settings);
  });
});

describe('overrideSummary', () => {
  it('names each override for the column’s header', () => {
    expect(overrideSummary({ system_prompt: 'x', params: { temperature: 0.2, max_tokens: 64 } })).toEqual([
      'temperature 0.2',
      'max tokens 64',
      'own system prompt',
    ]);
    expect(overrideSummary({})).toEqual([]);
  });
});
