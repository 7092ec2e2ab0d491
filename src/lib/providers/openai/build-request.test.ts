import { describe, expect, it } from 'vitest';
import { isProviderError } from '../errors.ts';
import type { ConnectionTarget } from '../adapter.ts';
import type { ChatRequest } from '../types.ts';
import { buildChatRequest } from './build-request.ts';
import { PARAM_SPECS, unsentParams } from '../../connections/param-specs.ts';

const compatible: ConnectionTarget = { mode: 'openai_compatible', base_url: 'http://localhost:1234/v1' };
const hello: ChatRequest = { model: 'qwen', messages: [{ role: 'user', content: 'Hi' }] };
const bodyOf = (built: { body?: string }) => JSON.parse(built.body ?? 'null') as Record<string, unknown>;

describe('openai buildChatRequest', () => {
  it('openai_compatible, no key: POST /chat/completions, only Content-Type, streaming with include_usage', () => {
    expect(buildChatRequest(compatible, hello)).toEqual({
      method: 'POST',
      url: 'http://localhost:1234/v1/chat/completions',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        model: 'qwen',
        messages: [{ role: 'user', content: 'Hi' }],
        stream: true,
        stream_options: { include_usage: true },
      }),
      warnings: [],
    });
  });

  it('adds Authorization only when a key is set, trimming pasted whitespace', () => {
    expect(buildChatRequest({ ...compatible, api_key: '  sk-local\n' }, hello).headers).toEqual({
      'Content-Type': 'application/json',
      Authorization: 'Bearer sk-local',
    });
    expect(buildChatRequest({ ...compatible, api_key: '   ' }, hello).headers).toEqual({
      'Content-Type': 'application/json',
    });
  });

  it('merges connection params under chat params, passes extra keys and max_tokens through unaltered', () => {
    const built = buildChatRequest(
      { ...compatible, params: { temperature: 0.2, max_tokens: 100, min_p: 0.05, top_k: 40 } },
      { ...hello, params: { temperature: 0.9, top_k: undefined, repeat_penalty: 1.1 } },
    );
    expect(bodyOf(built)).toEqual({
      model: 'qwen',
      messages: [{ role: 'user', content: 'Hi' }],
      temperature: 0.9,
      max_tokens: 100,
      min_p: 0.05,
      top_k: 40,
      repeat_penalty: 1.1,
      stream: true,
      stream_options: { include_usage: true },
    });
  });

  it('stream:false sends stream false once and no stream_options', () => {
    const built = buildChatRequest(
      { ...compatible, params: { stream: false } },
      { ...hello, params: { stream_options: { include_usage: true } } },
    );
    const body = bodyOf(built);
    expect(body.stream).toBe(false);
    expect(body).not.toHaveProperty('stream_options');
    expect(built.body?.match(/"stream"/g)).toHaveLength(1);
  });

  it('user stream_options keys win; stream_options null sends none', () => {
    expect(
      bodyOf(buildChatRequest(compatible, { ...hello, params: { stream_options: { include_usage: false, x: 1 } } }))
        .stream_options,
    ).toEqual({
      include_usage: false,
      x: 1,
    });
    expect(bodyOf(buildChatRequest(compatible, { ...hello, params: { stream_options: null } }))).not.toHaveProperty(
      'stream_options',
    );
  });

  it('mode openai sends max_completion_tokens instead of max_tokens', () => {
    const built = buildChatRequest(
      { mode: 'openai', base_url: 'https://api.openai.com/v1', api_key: 'sk-test', params: { max_tokens: 256 } },
      hello,
    );
    expect(bodyOf(built)).toEqual({
      model: 'qwen',
      messages: [{ role: 'user', content: 'Hi' }],
      max_completion_tokens: 256,
      stream: true,
      stream_options: { include_usage: true },
    });
    expect(built.headers.Authorization).toBe('Bearer sk-test');
  });

  it('mode openai without a key throws a missing-api-key ProviderError whose record has no secrets', () => {
    let thrown: unknown;
    try {
      buildChatRequest({ mode: 'openai', base_url: 'https://api.openai.com/v1' }, hello);
    } catch (error) {
      thrown = error;
    }
    expect(isProviderError(thrown)).toBe(true);
    if (!isProviderError(thrown)) return;
    expect(thrown).toMatchObject({ kind: 'http', code: 'missing-api-key', phase: 'request', retryable: false });
    expect(thrown.response).toBeUndefined();
    expect(thrown.request.url).toBe('https://api.openai.com/v1/chat/completions');
  });

  it('keeps image parts and response_format as given; request model and messages win over params', () => {
    const messages: ChatRequest['messages'] = [
      { role: 'system', content: 'Be brief.' },
      {
        role: 'user',
        content: [
          { type: 'text', text: 'What is this?' },
          { type: 'image_url', image_url: { url: 'data:image/png;base64,AAAA' } },
        ],
      },
    ];
    const body = bodyOf(
      buildChatRequest(compatible, {
        model: 'llava',
        messages,
        params: { model: 'other', response_format: { type: 'json_object' } },
      }),
    );
    expect(body.model).toBe('llava');
    expect(body.messages).toEqual(messages);
    expect(body.response_format).toEqual({ type: 'json_object' });
  });

  it('tolerates a trailing slash on base_url', () => {
    expect(buildChatRequest({ ...compatible, base_url: 'http://h:8080/' }, hello).url).toBe(
      'http://h:8080/chat/completions',
    );
  });
});

describe('openai buildChatRequest: Continue', () => {
  it('sends the partial answer as the last message (assistant prefill), nothing else added', () => {
    const messages: ChatRequest['messages'] = [
      { role: 'user', content: 'Count to five' },
      { role: 'assistant', content: 'One, two,' },
    ];
    expect(bodyOf(buildChatRequest(compatible, { model: 'qwen', messages }))).toEqual({
      model: 'qwen',
      messages,
      stream: true,
      stream_options: { include_usage: true },
    });
  });

  it("official OpenAI: the catalogue's unsent parameters (top_k, min_p, repeat_penalty) are dropped with a warning", () => {
    const built = buildChatRequest(
      {
        mode: 'openai',
        base_url: 'https://api.openai.com/v1',
        api_key: 'sk-test',
        params: { top_k: 40, temperature: 0.5 },
      },
      { ...hello, params: { min_p: 0.1, repeat_penalty: 1.1, top_p: 0.9 } },
    );
    const body = bodyOf(built);
    expect(body).toMatchObject({ temperature: 0.5, top_p: 0.9 });
    for (const key of unsentParams('openai').map((p) => p.key)) expect(body).not.toHaveProperty(key);
    expect(built.warnings).toEqual([
      expect.stringContaining('`top_k`'),
      expect.stringContaining('`min_p`'),
      expect.stringContaining('`repeat_penalty`'),
    ]);
  });

  it('OpenAI-compatible: every catalogue parameter goes under its wire name', () => {
    const params = { temperature: 0.3, top_p: 0.8, top_k: 30, min_p: 0.05, repeat_penalty: 1.2, seed: 7, stop: ['##'] };
    const body = bodyOf(buildChatRequest(compatible, { ...hello, params: { ...params, max_tokens: 9 } }));
    for (const spec of PARAM_SPECS) {
      const support = spec.modes.openai_compatible;
      if (!support.sent) throw new Error(`${spec.key} should be sent`);
      if (spec.key in params || spec.key === 'max_tokens') expect(body).toHaveProperty(support.wire);
    }
  });
});
