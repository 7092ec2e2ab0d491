import { describe, expect, it } from 'vitest';
import type { Connection } from './types.ts';
import { parseField } from './param-edit.ts';
import { paramSpec } from './param-specs.ts';
import { draftFromConnection, FORM_NUMBER_PARAMS, validateDraft, type ConnectionDraft } from './validate.ts';

const blank: ConnectionDraft = {
  name: 'Local',
  mode: 'openai_compatible',
  server_kind: 'llamacpp',
  base_url: 'http://localhost:8080/v1',
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
};

const existing: Connection = {
  id: 'a',
  name: 'My Ollama',
  mode: 'ollama',
  base_url: 'http://localhost:11434',
  enabled: true,
  created_at: 1,
  updated_at: 1,
};

function errorsOf(draft: Partial<ConnectionDraft>, others: Connection[] = [existing], editingId?: string) {
  const result = validateDraft({ ...blank, ...draft }, others, editingId);
  return result.ok ? {} : result.errors;
}

describe('validateDraft', () => {
  it('accepts a plain draft and gives candidates', () => {
    const result = validateDraft(blank, [existing]);
    expect(result).toEqual({
      ok: true,
      value: {
        name: 'Local',
        mode: 'openai_compatible',
        server_kind: 'llamacpp',
        candidates: ['http://localhost:8080/v1', 'http://localhost:8080'],
        typed_base_url: 'http://localhost:8080/v1',
        enabled: true,
      },
    });
  });

  it.each<[Partial<ConnectionDraft>, keyof ConnectionDraft, string]>([
    [{ name: '  ' }, 'name', 'Give the connection a name'],
    [{ name: 'my ollama' }, 'name', 'already exists'],
    [{ base_url: 'not a url at all' }, 'base_url', 'not a valid URL'],
    [{ base_url: 'file:///etc/passwd' }, 'base_url', 'Only http:// and https://'],
    [{ name: 'x', mode: 'ollama', base_url: 'http://localhost:11434/' }, 'base_url', 'already added as "My Ollama"'],
    [{ extra_params: '{"keep_alive": ' }, 'extra_params', 'not valid JSON'],
    [{ extra_params: '[1,2]' }, 'extra_params', 'must be a JSON object'],
    [{ max_tokens: 'many' }, 'max_tokens', 'must be a number'],
    [{ max_tokens: '1.5' }, 'max_tokens', 'whole number'],
    [{ max_tokens: '0' }, 'max_tokens', 'between'],
    [{ temperature: '3' }, 'temperature', 'between 0 and 2'],
    [{ top_p: '-0.1' }, 'top_p', 'between 0 and 1'],
  ])('rejects %j', (draft, field, message) => {
    expect(errorsOf(draft)[field]).toContain(message);
  });

  it('reports every error at once', () => {
    expect(Object.keys(errorsOf({ name: '', base_url: 'ftp://x', extra_params: '{' })).sort()).toEqual([
      'base_url',
      'extra_params',
      'name',
    ]);
  });

  it('lets a connection keep its own name when edited', () => {
    expect(
      errorsOf({ name: 'My Ollama', mode: 'ollama', base_url: 'http://localhost:11434' }, [existing], 'a'),
    ).toEqual({});
  });

  it('allows the same server twice with different keys', () => {
    expect(errorsOf({ name: 'x', mode: 'ollama', base_url: 'http://localhost:11434', api_key: 'k2' })).toEqual({});
  });

  it('collects params, extra keys and manual ids', () => {
    const result = validateDraft(
      {
        ...blank,
        max_tokens: '256',
        temperature: '0.2',
        seed: '7',
        stop: '###\n</s>',
        stream: 'off',
        extra_params: '{"keep_alive":"10m","top_k":5}',
        model_ids: 'a, b\nc\na',
        model_filter: 'gpt-',
        api_key: ' sk-1 ',
      },
      [],
    );
    expect(result.ok && result.value).toMatchObject({
      api_key: 'sk-1',
      params: {
        keep_alive: '10m',
        top_k: 5,
        max_tokens: 256,
        temperature: 0.2,
        seed: 7,
        stop: ['###', '</s>'],
        stream: false,
      },
      model_ids: ['a', 'b', 'c'],
      model_filter: 'gpt-',
    });
  });

  it('takes timeouts in seconds (0 = no limit) and refuses anything else', () => {
    const result = validateDraft({ ...blank, first_token_timeout_s: '600', idle_timeout_s: '0' }, []);
    expect(result.ok && [result.value.first_token_timeout_s, result.value.idle_timeout_s]).toEqual([600, 0]);
    const plain = validateDraft(blank, []);
    expect(plain.ok && 'idle_timeout_s' in plain.value).toBe(false);
    expect(errorsOf({ idle_timeout_s: '-1', first_token_timeout_s: 'soon' })).toMatchObject({
      idle_timeout_s: expect.stringContaining('seconds'),
      first_token_timeout_s: expect.stringContaining('seconds'),
    });
    const draft = draftFromConnection({ ...existing, idle_timeout_s: 2, first_token_timeout_s: 30 });
    expect([draft.idle_timeout_s, draft.first_token_timeout_s]).toEqual(['2', '30']);
  });

  it("checks numbers against the chat panel's catalogue: same ranges, same messages", () => {
    expect(FORM_NUMBER_PARAMS).toEqual([
      'max_tokens',
      'temperature',
      'top_p',
      'top_k',
      'min_p',
      'repeat_penalty',
      'seed',
    ]);
    expect(errorsOf({ top_k: '1001' }).top_k).toBe('Top K must be between 0 and 1000');
    expect(errorsOf({ top_k: '1000' })).toEqual({});
    for (const key of FORM_NUMBER_PARAMS) {
      const spec = paramSpec(key);
      for (const text of [String(spec.max + 1), String(spec.min - 1), 'x', String(spec.max), '0.5']) {
        const chat = parseField(spec, text);
        expect(errorsOf({ [key]: text })[key], `${key} ${text}`).toBe(chat.ok ? undefined : chat.error);
      }
    }
  });

  it('takes Min P and Repeat penalty, and gives them back to the form', () => {
    const result = validateDraft({ ...blank, min_p: '0.05', repeat_penalty: '1.1' }, []);
    expect(result.ok && result.value.params).toEqual({ min_p: 0.05, repeat_penalty: 1.1 });
    expect(errorsOf({ min_p: '2', repeat_penalty: '-1' })).toEqual({
      min_p: 'Min P must be between 0 and 1',
      repeat_penalty: 'Repeat penalty must be between 0 and 2',
    });
    const draft = draftFromConnection({ ...existing, params: { min_p: 0.1, repeat_penalty: 1.2 } });
    expect(draft).toMatchObject({ min_p: '0.1', repeat_penalty: '1.2', extra_params: '' });
  });

  it('round-trips a connection through the form', () => {
    const c: Connection = {
      ...existing,
      params: { max_tokens: 64, stop: ['x'], stream: true, keep_alive: '1m' },
      model_ids: ['m1'],
      model_filter: 'llama',
      api_key: 'k',
    };
    const draft = draftFromConnection(c);
    expect(draft).toMatchObject({ max_tokens: '64', stop: 'x', stream: 'on', model_ids: 'm1', api_key: 'k' });
    expect(JSON.parse(draft.extra_params)).toEqual({ keep_alive: '1m' });
    const again = validateDraft(draft, [c], c.id);
    expect(again.ok && again.value.params).toEqual(c.params);
  });
});

describe('validateDraft: no secret in the base URL', () => {
  it.each([
    ['http://user:password@127.0.0.1:8080/v1', 'user name or password'],
    ['http://user@127.0.0.1:8080/v1', 'user name or password'],
    ['127.0.0.1:8080/v1?api_key=sk-123', 'query'],
    ['http://127.0.0.1:8080/v1#sk-123', 'query'],
  ])('refuses %s, saying why', (base_url, message) => {
    const result = validateDraft({ ...blank, base_url }, []);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.base_url).toContain(message);
  });

  it('keeps no secret in what it hands on', () => {
    const result = validateDraft({ ...blank, base_url: ' http://127.0.0.1:8080/v1/ ' }, []);
    expect(result.ok && result.value.typed_base_url).toBe('http://127.0.0.1:8080/v1/');
  });
});

describe('capabilities in the form', () => {
  it('saves the ticked capabilities in a fixed order, and none when nothing is ticked', () => {
    const ticked = validateDraft({ ...blank, capabilities: ['speech', 'transcription'] }, []);
    expect(ticked.ok && ticked.value.capabilities).toEqual(['transcription', 'speech']);
    const none = validateDraft(blank, []);
    expect(none.ok && 'capabilities' in none.value).toBe(false);
  });

  it('saves the timeouts typed per capability, blank = the default, and refuses nonsense', () => {
    const result = validateDraft({ ...blank, timeout_transcription_s: '900', timeout_speech_s: '0' }, []);
    expect(result.ok && result.value.capability_timeouts_s).toEqual({ transcription: 900, speech: 0 });
    expect(errorsOf({ timeout_embeddings_s: '-1' }).timeout_embeddings_s).toMatch(/Embeddings timeout must be/);
    expect(errorsOf({ timeout_speech_s: 'soon' }).timeout_speech_s).toMatch(/Text to speech timeout/);
  });

  it('reads a stored connection back into the form, and round-trips', () => {
    const stored: Connection = {
      ...existing,
      capabilities: ['transcription'],
      capability_timeouts_s: { transcription: 1200 },
    };
    const draft = draftFromConnection(stored);
    expect(draft.capabilities).toEqual(['transcription']);
    expect(draft.timeout_transcription_s).toBe('1200');
    expect(draft.timeout_embeddings_s).toBe('');
    const again = validateDraft(draft, [stored], stored.id);
    expect(again.ok && again.value.capabilities).toEqual(['transcription']);
    expect(again.ok && again.value.capability_timeouts_s).toEqual({ transcription: 1200 });
  });
});
