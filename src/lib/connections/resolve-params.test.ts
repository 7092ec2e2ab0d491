import { describe, expect, it } from 'vitest';
import { serverDefault } from './param-defaults.ts';
import { PARAM_SPECS, paramSpec, unsentParams } from './param-specs.ts';
import { noLimit, readParam, resolveParams, sourceLine } from './resolve-params.ts';
import type { Connection, ConnectionParams } from './types.ts';

const byKey = (list: ReturnType<typeof resolveParams>, key: string) => list.find((p) => p.spec.key === key)!;

describe('parameter catalogue', () => {
  it('official OpenAI does not send top_k, min_p or repeat_penalty; OpenAI-compatible sends them with a caveat', () => {
    expect(unsentParams('openai').map((p) => p.key)).toEqual(['top_k', 'min_p', 'repeat_penalty']);
    expect(unsentParams('openai_compatible')).toEqual([]);
    expect(unsentParams('ollama')).toEqual([]);
    const minP = paramSpec('min_p').modes.openai_compatible;
    expect(minP.sent && minP.note).toMatch(/llama\.cpp, vLLM, LM Studio/);
  });

  it('every number parameter has a usable range', () => {
    for (const spec of PARAM_SPECS.filter((s) => s.kind === 'number')) {
      expect(spec.max, spec.key).toBeGreaterThan(spec.min);
      expect(spec.step, spec.key).toBeGreaterThan(0);
    }
  });

  it('max tokens goes as max_completion_tokens to OpenAI and num_predict to Ollama', () => {
    const spec = paramSpec('max_tokens');
    expect(spec.modes.openai).toEqual({ sent: true, wire: 'max_completion_tokens' });
    expect(spec.modes.ollama).toEqual({ sent: true, wire: 'options.num_predict' });
  });
});

describe('server defaults', () => {
  it('names Ollama and llama.cpp defaults; an unknown server has none', () => {
    expect(serverDefault({ mode: 'ollama' }, 'temperature')).toEqual({ server: 'Ollama', value: 0.8 });
    expect(serverDefault({ mode: 'openai_compatible', server_kind: 'llamacpp' }, 'temperature')).toEqual({
      server: 'llama.cpp',
      value: 0.8,
    });
    expect(serverDefault({ mode: 'openai_compatible', server_kind: 'other' }, 'temperature')).toBeUndefined();
    expect(serverDefault({ mode: 'openai_compatible' }, 'temperature')).toBeUndefined();
    expect(serverDefault(undefined, 'temperature')).toBeUndefined();
  });
});

describe('resolveParams', () => {
  const connection: Pick<Connection, 'mode' | 'server_kind' | 'params'> = {
    mode: 'ollama',
    params: { temperature: 0.7, max_completion_tokens: 300, stop: 'END' },
  };

  it('chat wins, then the connection, then the server default', () => {
    const list = resolveParams({ top_p: 0.5 }, connection);
    expect(byKey(list, 'top_p')).toMatchObject({ source: 'chat', value: 0.5 });
    expect(byKey(list, 'temperature')).toMatchObject({ source: 'connection', value: 0.7, inherited: 0.7 });
    expect(byKey(list, 'max_tokens')).toMatchObject({ source: 'connection', value: 300 });
    expect(byKey(list, 'stop')).toMatchObject({ source: 'connection', value: ['END'] });
    expect(byKey(list, 'top_k')).toMatchObject({ source: 'server default', serverDefault: { value: 40 } });
    expect(byKey(list, 'top_k').value).toBeUndefined();
  });

  it('a chat value over a connection one keeps the inherited value for Reset', () => {
    const temp = byKey(resolveParams({ temperature: 1.2 }, connection), 'temperature');
    expect(temp).toMatchObject({ source: 'chat', value: 1.2, inherited: 0.7 });
  });

  it('says how the connection mode treats each one', () => {
    const list = resolveParams({}, { mode: 'openai' });
    expect(byKey(list, 'top_k').support).toEqual({ sent: false, reason: expect.stringMatching(/not sent/) });
    expect(byKey(list, 'temperature').support).toEqual({ sent: true, wire: 'temperature' });
    expect(byKey(resolveParams({}, undefined), 'temperature').support).toBeUndefined();
  });

  it('source lines', () => {
    const list = resolveParams({ top_p: 0.5 }, connection);
    expect(sourceLine(byKey(list, 'top_p'), 'Box')).toBe('From this chat');
    expect(sourceLine(byKey(list, 'temperature'), 'Box')).toBe('From connection Box: 0.7');
    expect(sourceLine(byKey(list, 'stop'), 'Box')).toBe('From connection Box: "END"');
    expect(sourceLine(byKey(list, 'top_k'), 'Box')).toBe('Server default (Ollama: 40)');
    expect(sourceLine(byKey(resolveParams({}, { mode: 'openai_compatible' }), 'min_p'), 'Box')).toBe(
      "Server default (the server's own)",
    );
  });

  it('an unset answer limit says the server decides, named default or not', () => {
    const limit = (c: Parameters<typeof resolveParams>[1]) => byKey(resolveParams({}, c), 'max_tokens');
    expect(sourceLine(limit({ mode: 'ollama' }), 'Box')).toBe('No limit set: the server decides');
    expect(sourceLine(limit({ mode: 'openai_compatible' }), 'Box')).toBe('No limit set: the server decides');
    expect(noLimit(limit({ mode: 'ollama' }))).toBe(true);
    expect(noLimit(byKey(resolveParams({ max_tokens: 9 }, undefined), 'max_tokens'))).toBe(false);
    expect(noLimit(byKey(resolveParams({}, undefined), 'seed'))).toBe(false);
  });

  it('ignores values that are not numbers', () => {
    expect(readParam({ temperature: 'hot' } as unknown as ConnectionParams, 'temperature')).toBeUndefined();
    expect(readParam({ stop: [] }, 'stop')).toBeUndefined();
  });
});
