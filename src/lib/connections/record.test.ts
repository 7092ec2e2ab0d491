import { describe, expect, it } from 'vitest';
import { checkConnection, MAX_TIMEOUT_S } from './record.ts';

const good = {
  id: 'c1',
  name: 'Box',
  mode: 'openai_compatible',
  base_url: 'http://localhost:8080/v1',
  api_key: 'sk-1',
  params: { max_tokens: 5 },
  enabled: true,
  server_kind: 'llamacpp',
  model_ids: ['a'],
  model_filter: 'q',
  first_token_timeout_s: 600,
  idle_timeout_s: 0,
  created_at: 1,
  updated_at: 2,
};

const errorOf = (change: Record<string, unknown>) => {
  const result = checkConnection({ ...good, ...change }, 'connections[0]');
  return result.ok ? 'accepted' : result.error;
};

describe('checkConnection', () => {
  it('accepts a full record as it is, without its schema_version', () => {
    expect(checkConnection({ ...good, schema_version: 1 }, 'x')).toEqual({ ok: true, value: good });
  });

  it('keeps fields it does not know (a newer build may have added them)', () => {
    const result = checkConnection({ ...good, colour: 'teal' }, 'x');
    expect(result.ok && result.value).toMatchObject({ colour: 'teal' });
  });

  it.each([
    [{ id: '' }, 'connections[0] has no "id".'],
    [{ id: 7 }, 'connections[0] has no "id".'],
    [{ name: 5 }, 'connections[0].name must be text.'],
    [{ name: '  ' }, 'connections[0].name is empty.'],
    [{ mode: 'anthropic' }, 'connections[0].mode must be one of openai, ollama, openai_compatible, browser.'],
    [{ enabled: 'true' }, 'connections[0].enabled must be true or false.'],
    [{ enabled: undefined }, 'connections[0].enabled must be true or false.'],
    [{ created_at: undefined }, 'connections[0] needs "created_at" and "updated_at" times (numbers).'],
    [{ updated_at: '2' }, 'connections[0] needs "created_at" and "updated_at" times (numbers).'],
    [{ api_key: 42 }, 'connections[0].api_key must be text.'],
    [{ params: [] }, 'connections[0].params must be an object.'],
    [{ params: null }, 'connections[0].params must be an object.'],
    [{ server_kind: 3 }, 'connections[0].server_kind must be text.'],
    [{ model_ids: ['a', 1] }, 'connections[0].model_ids must be a list of text.'],
    [{ model_ids: 'a' }, 'connections[0].model_ids must be a list of text.'],
    [{ model_filter: false }, 'connections[0].model_filter must be text.'],
  ])('refuses %j', (change, error) => expect(errorOf(change)).toBe(error));

  it('refuses anything that is not an object', () => {
    for (const raw of [null, 'x', 3, []]) {
      expect(checkConnection(raw, 'The entry')).toEqual({ ok: false, error: 'The entry is not an object.' });
    }
  });

  it.each([
    'localhost:8080/v1',
    '/v1',
    'javascript:alert(1)',
    'ftp://h/v1',
    'http://u:p@localhost:8080/v1',
    'http://localhost:8080/v1?key=abc',
    'http://localhost:8080/v1#frag',
    'http://exa$mple.com/v1',
    42,
  ])('refuses the base URL %j', (base_url) => {
    expect(errorOf({ base_url })).toMatch(/^connections\[0\]\.base_url must be an http:\/\/ or https:\/\/ address/);
  });

  it.each([
    'http://localhost:11434',
    'https://openrouter.ai/api/v1',
    'http://[::1]:8080/v1',
    'http://192.168.1.5:1234',
  ])('accepts the base URL %s', (base_url) => expect(errorOf({ base_url })).toBe('accepted'));

  it('reads a blank key or filter as none', () => {
    const result = checkConnection({ ...good, api_key: '', model_filter: '' }, 'x');
    expect(result.ok && result.value).not.toHaveProperty('api_key');
    expect(result.ok && result.value).not.toHaveProperty('model_filter');
  });

  it('drops a nonsense timeout, so the default applies, and keeps a sensible one', () => {
    for (const bad of [-1, '9', Number.NaN, MAX_TIMEOUT_S + 1, null]) {
      const result = checkConnection({ ...good, first_token_timeout_s: bad, idle_timeout_s: bad }, 'x');
      expect(result.ok && result.value).not.toHaveProperty('first_token_timeout_s');
      expect(result.ok && result.value).not.toHaveProperty('idle_timeout_s');
    }
    const kept = checkConnection({ ...good, first_token_timeout_s: MAX_TIMEOUT_S, idle_timeout_s: 0 }, 'x');
    expect(kept.ok && [kept.value.first_token_timeout_s, kept.value.idle_timeout_s]).toEqual([MAX_TIMEOUT_S, 0]);
  });
});

describe('checkConnection: the base URL as the browser reaches it', () => {
  it.each([
    ['http://\u0435xample.com/v1', 'http://xn--xample-2of.com/v1'],
    ['http://LOCALHOST:8080/v1/', 'http://localhost:8080/v1'],
    ['http://localhost:1337', 'http://localhost:1337'],
  ])('stores %s as %s', (base_url, stored) => {
    const result = checkConnection({ ...good, base_url }, 'x');
    expect(result.ok && result.value.base_url).toBe(stored);
  });

  it('keeps no typed address, which may hold a password or a query key', () => {
    const result = checkConnection({ ...good, typed_base_url: 'http://u:pw-SECRET@h/v1?api_key=sk-SECRET' }, 'x');
    expect(result.ok).toBe(true);
    expect(JSON.stringify(result)).not.toContain('SECRET');
  });
});
