import { afterEach, describe, expect, it } from 'vitest';
import type { Connection } from '../connections/types.ts';
import {
  chatModels,
  choiceValue,
  offersChat,
  chosenOption,
  filterOptions,
  isChoice,
  lastChoice,
  optionIndex,
  optionValue,
  parseChoiceValue,
  pickerOptions,
  rememberChoice,
  selectedChoice,
  type ModelGroup,
} from './model-choices.ts';

const denied = () => {
  throw new DOMException('Access is denied for this document.', 'SecurityError');
};

describe('last model choice', () => {
  afterEach(() => {
    delete (globalThis as { localStorage?: unknown }).localStorage;
  });

  it('is remembered and read back', () => {
    const map = new Map<string, string>();
    const storage = {
      getItem: (k: string) => map.get(k) ?? null,
      setItem: (k: string, v: string) => void map.set(k, v),
    };
    expect(lastChoice(storage)).toBeUndefined();
    rememberChoice('["c","m"]', storage);
    expect(lastChoice(storage)).toBe('["c","m"]');
  });

  it('is simply not remembered where storage refuses (blocked site data, full quota)', () => {
    expect(lastChoice({ getItem: denied })).toBeUndefined();
    expect(() => rememberChoice('x', { setItem: denied })).not.toThrow();
  });

  it('survives a localStorage whose very access throws, as where site data is blocked by policy', () => {
    Object.defineProperty(globalThis, 'localStorage', { configurable: true, get: denied });
    expect(lastChoice()).toBeUndefined();
    expect(() => rememberChoice('x')).not.toThrow();
  });
});

const box = (id: string, name: string): Connection => ({
  id,
  name,
  mode: 'openai_compatible',
  base_url: 'http://localhost:8080/v1',
  enabled: true,
  created_at: 1,
  updated_at: 1,
});

describe('picker options', () => {
  const groups = [
    { connection: box('a', 'Box A'), models: [{ id: 'llama3.2:1b' }, { id: `gpt-4o${'\u3000'.repeat(3)}` }] },
    { connection: box('b', 'Other\u202E box'), models: [{ id: 'llama3.2:1b' }, { id: 'Qwen2.5' }] },
  ];

  it('lists every model of every group in order, labelled as shown, with its choice value', () => {
    const options = pickerOptions(groups);
    expect(options.map((o) => o.label)).toEqual([
      'llama3.2:1b — Box A',
      'gpt-4o⟨U+3000 ×3⟩ — Box A',
      'llama3.2:1b — Other⟨U+202E⟩ box',
      'Qwen2.5 — Other⟨U+202E⟩ box',
    ]);
    expect(options[2]).toMatchObject({ model: 'llama3.2:1b', server: 'Other⟨U+202E⟩ box' });
    expect(parseChoiceValue(optionValue(options[3]!))).toEqual({ connection_id: 'b', model_id: 'Qwen2.5' });
    expect(parseChoiceValue(optionValue(options[1]!))?.model_id).toBe(`gpt-4o${'\u3000'.repeat(3)}`);
  });

  it('filters by every word of the query, in the id or the server name, ignoring case', () => {
    const options = pickerOptions(groups);
    const labels = (q: string) => filterOptions(options, q).map((o) => o.label);
    expect(labels('')).toHaveLength(4);
    expect(labels('  ')).toHaveLength(4);
    expect(labels('LLAMA')).toEqual(['llama3.2:1b — Box A', 'llama3.2:1b — Other⟨U+202E⟩ box']);
    expect(labels('llama other')).toEqual(['llama3.2:1b — Other⟨U+202E⟩ box']);
    expect(labels('qwen box')).toEqual(['Qwen2.5 — Other⟨U+202E⟩ box']);
    // what is shown can be typed, markers included
    expect(labels('gpt-4o⟨U+3000')).toEqual(['gpt-4o⟨U+3000 ×3⟩ — Box A']);
    expect(labels('nothing')).toEqual([]);
  });

  it('finds the option of a choice value, in the list or built alone', () => {
    const options = pickerOptions(groups);
    expect(optionIndex(options, choiceValue('b', 'Qwen2.5'))).toBe(3);
    expect(optionIndex(options, choiceValue('c', 'Qwen2.5'))).toBe(-1);
    expect(optionIndex(options, undefined)).toBe(-1);
    expect(optionIndex(options, 'not json')).toBe(-1);
    expect(chosenOption(groups, choiceValue('b', 'llama3.2:1b'))).toEqual(options[2]);
    expect(chosenOption(groups, choiceValue('a', 'Qwen2.5'))).toBeUndefined();
    expect(chosenOption(groups, undefined)).toBeUndefined();
    expect(isChoice(options[3]!, choiceValue('b', 'Qwen2.5'))).toBe(true);
    expect(isChoice(options[3]!, choiceValue('a', 'Qwen2.5'))).toBe(false);
    expect(isChoice(options[3]!, undefined)).toBe(false);
  });

  it('handles 10,000 models', () => {
    const big = [{ connection: box('a', 'Big'), models: Array.from({ length: 10_000 }, (_, i) => ({ id: `m-${i}` })) }];
    const options = pickerOptions(big);
    expect(options).toHaveLength(10_000);
    expect(filterOptions(options, 'm-9999').map((o) => o.model)).toEqual(['m-9999']);
  });
});

function group(id: string, ...models: string[]): ModelGroup {
  const connection: Connection = {
    id,
    name: id,
    mode: 'openai_compatible',
    base_url: 'http://localhost:8080/v1',
    enabled: true,
    created_at: 1,
    updated_at: 1,
  };
  return { connection, models: models.map((m) => ({ id: m })) };
}

const groups = [group('a', 'a1', 'a2'), group('b', 'b1')];

describe('selectedChoice', () => {
  it("prefers this tab's pick while it is offered", () => {
    const picked = choiceValue('b', 'b1');
    expect(selectedChoice(groups, picked, { connection_id: 'a', model_id: 'a2' })).toBe(picked);
  });

  it("falls back to the chat's own model when nothing offered was picked", () => {
    const chats = choiceValue('a', 'a2');
    expect(selectedChoice(groups, undefined, { connection_id: 'a', model_id: 'a2' })).toBe(chats);
    expect(selectedChoice(groups, choiceValue('gone', 'x'), { connection_id: 'a', model_id: 'a2' })).toBe(chats);
    expect(selectedChoice(groups, 'not a choice', { connection_id: 'a', model_id: 'a2' })).toBe(chats);
  });

  it("uses the first offered model when the chat's model is gone (connection removed, model unlisted)", () => {
    const first = choiceValue('a', 'a1');
    expect(selectedChoice(groups, undefined, { connection_id: 'removed', model_id: 'a2' })).toBe(first);
    expect(selectedChoice(groups, undefined, { connection_id: 'b', model_id: 'unlisted' })).toBe(first);
    expect(selectedChoice(groups, undefined, undefined)).toBe(first);
  });

  it('skips a connection that lists no model, and has nothing to offer without models', () => {
    expect(selectedChoice([group('empty'), group('b', 'b1')], undefined, undefined)).toBe(choiceValue('b', 'b1'));
    expect(selectedChoice([], choiceValue('a', 'a1'), { connection_id: 'a', model_id: 'a1' })).toBeUndefined();
    expect(selectedChoice([group('empty')], undefined, undefined)).toBeUndefined();
  });
});

describe('chat models only', () => {
  const listed = [
    { id: 'llama3.2' },
    { id: 'Systran/faster-whisper-small' },
    { id: 'kokoro' },
    { id: 'nomic-embed-text', details: { capabilities: ['embedding'] } },
  ];

  it('offers only the chat models of a connection that set nothing', () => {
    expect(chatModels({}, listed).map((m) => m.id)).toEqual(['llama3.2']);
  });

  it('offers none of a connection set to text to speech only, and leaves it out of the picker', () => {
    expect(chatModels({ capabilities: ['speech'] }, listed)).toEqual([]);
    expect(offersChat({ capabilities: ['speech'] }, listed)).toBe(false);
    expect(offersChat({ capabilities: ['speech'] })).toBe(false);
  });

  it('leaves out a connection whose listed models are all of other kinds, but not one still loading', () => {
    expect(offersChat({}, [{ id: 'faster-whisper-small' }, { id: 'kokoro' }])).toBe(false);
    expect(offersChat({})).toBe(true);
    expect(offersChat({}, [])).toBe(true);
    expect(offersChat({ capabilities: ['chat', 'speech'] }, listed)).toBe(true);
  });
});
