import { describe, expect, it } from 'vitest';
import { newDraft, pickPreset, uniqueName } from './draft.ts';

const named = (...names: string[]) => names.map((name) => ({ name }));

describe('uniqueName', () => {
  it('keeps a free name, else numbers it from 2, comparing without case', () => {
    expect(uniqueName('Ollama', [])).toBe('Ollama');
    expect(uniqueName('Ollama', named('ollama'))).toBe('Ollama 2');
    expect(uniqueName('Ollama', named('Ollama', 'OLLAMA 2', 'Ollama 4'))).toBe('Ollama 3');
  });
});

describe('newDraft', () => {
  it('starts as an enabled Ollama connection on its default address, every other field empty', () => {
    expect(newDraft(named('Ollama'))).toEqual({
      name: 'Ollama 2',
      mode: 'ollama',
      server_kind: 'ollama',
      base_url: 'http://localhost:11434',
      api_key: '',
      max_tokens: '',
      temperature: '',
      top_p: '',
      top_k: '',
      min_p: '',
      repeat_penalty: '',
      seed: '',
      stop: '',
      stream: 'default',
      extra_params: '',
      model_ids: '',
      model_filter: '',
      first_token_timeout_s: '',
      idle_timeout_s: '',
      capabilities: [],
      timeout_embeddings_s: '',
      timeout_transcription_s: '',
      timeout_speech_s: '',
      enabled: true,
    });
  });

  it('takes another server kind', () => {
    expect(newDraft([], 'vllm')).toMatchObject({
      name: 'vLLM',
      mode: 'openai_compatible',
      server_kind: 'vllm',
      base_url: 'http://localhost:8000/v1',
    });
  });
});

describe('pickPreset', () => {
  it("replaces mode and base URL, and a default name with the new server's", () => {
    const draft = { ...newDraft(named('LM Studio')), api_key: 'sk-kept' };
    expect(pickPreset(draft, 'lmstudio', named('LM Studio'))).toEqual({
      ...draft,
      name: 'LM Studio 2',
      mode: 'openai_compatible',
      server_kind: 'lmstudio',
      base_url: 'http://localhost:1234/v1',
    });
  });

  it('treats an empty name or a numbered default as a default', () => {
    expect(pickPreset({ ...newDraft([]), name: '' }, 'jan', []).name).toBe('Jan');
    expect(pickPreset({ ...newDraft([]), name: 'Ollama 3' }, 'jan', []).name).toBe('Jan');
  });

  it('keeps a name the user typed', () => {
    const draft = { ...newDraft([]), name: 'My box' };
    expect(pickPreset(draft, 'openai', []).name).toBe('My box');
  });

  it('leaves the draft it was given alone', () => {
    const draft = newDraft([]);
    const before = { ...draft };
    pickPreset(draft, 'openai', []);
    expect(draft).toEqual(before);
  });
});

describe('presets of speech servers', () => {
  it('Speaches and Kokoro-FastAPI start with their capabilities ticked, on their ports', () => {
    expect(newDraft([], 'speaches')).toMatchObject({
      base_url: 'http://localhost:8000/v1',
      capabilities: ['transcription', 'speech'],
    });
    expect(newDraft([], 'kokoro')).toMatchObject({ base_url: 'http://localhost:8880/v1', capabilities: ['speech'] });
  });

  it("another preset replaces the previous preset's capabilities, but keeps a choice made by hand", () => {
    const speaches = newDraft([], 'speaches');
    expect(pickPreset(speaches, 'kokoro', []).capabilities).toEqual(['speech']);
    expect(pickPreset(speaches, 'ollama', []).capabilities).toEqual([]);
    const byHand = { ...speaches, capabilities: ['chat' as const] };
    expect(pickPreset(byHand, 'kokoro', []).capabilities).toEqual(['chat']);
  });
});
