import { describe, expect, it } from 'vitest';
import type { ConnectionTarget } from '../adapter.ts';
import type { ChatRequest } from '../types.ts';
import { base64FromDataUrl, buildChatRequest } from './build-request.ts';
import { PARAM_SPECS } from '../../connections/param-specs.ts';

const ollama: ConnectionTarget = { mode: 'ollama', base_url: 'http://localhost:11434' };
const bodyOf = (built: { body?: string }) => JSON.parse(built.body ?? 'null') as Record<string, unknown>;

describe('ollama buildChatRequest', () => {
  it('one user turn: POST /api/generate, prompt as is, streaming, only Content-Type', () => {
    expect(
      buildChatRequest(ollama, { model: 'llama3.2', messages: [{ role: 'user', content: 'Why is the sky blue?' }] }),
    ).toEqual({
      method: 'POST',
      url: 'http://localhost:11434/api/generate',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ model: 'llama3.2', prompt: 'Why is the sky blue?', stream: true }),
      warnings: [],
    });
  });

  it('system messages joined into `system`; turns into the transcript; images without the data-URL prefix', () => {
    const request: ChatRequest = {
      model: 'llava',
      messages: [
        { role: 'system', content: 'Be brief.' },
        { role: 'user', content: 'Hi' },
        { role: 'assistant', content: 'Hello!' },
        { role: 'system', content: 'Answer in French.' },
        {
          role: 'user',
          content: [
            { type: 'text', text: 'What is this?' },
            { type: 'image_url', image_url: { url: 'data:image/png;base64,iVBORw0KGgo=' } },
            { type: 'text', text: 'Be specific.' },
          ],
        },
      ],
    };
    expect(bodyOf(buildChatRequest(ollama, request))).toEqual({
      model: 'llava',
      prompt: 'User: Hi\n\nAssistant: Hello!\n\nUser: What is this?\nBe specific.\n\nAssistant:',
      system: 'Be brief.\n\nAnswer in French.',
      images: ['iVBORw0KGgo='],
      stream: true,
    });
  });

  it('image links cannot be sent: dropped with a warning', () => {
    const built = buildChatRequest(ollama, {
      model: 'llava',
      messages: [
        {
          role: 'user',
          content: [
            { type: 'text', text: 'x' },
            { type: 'image_url', image_url: { url: 'https://example.com/cat.png' } },
          ],
        },
      ],
    });
    expect(bodyOf(built)).not.toHaveProperty('images');
    expect(built.warnings).toEqual([
      'Ollama takes only inline (data: URL, base64) images; 1 image given by link was not sent',
    ]);
  });

  it('maps params to options under Ollama names; stop always an array; json_object → format json', () => {
    const built = buildChatRequest(
      { ...ollama, params: { max_tokens: 64, temperature: 0.3, top_k: 20, stop: '\n\n', num_ctx: 8192 } },
      {
        model: 'llama3.2',
        messages: [{ role: 'user', content: 'Hi' }],
        params: {
          top_p: 0.9,
          min_p: 0.05,
          seed: 42,
          presence_penalty: 0.5,
          frequency_penalty: 0.25,
          repeat_penalty: 1.1,
          response_format: { type: 'json_object' },
        },
      },
    );
    expect(bodyOf(built)).toEqual({
      model: 'llama3.2',
      prompt: 'Hi',
      stream: true,
      format: 'json',
      options: {
        num_predict: 64,
        temperature: 0.3,
        top_k: 20,
        stop: ['\n\n'],
        num_ctx: 8192,
        top_p: 0.9,
        min_p: 0.05,
        seed: 42,
        presence_penalty: 0.5,
        frequency_penalty: 0.25,
        repeat_penalty: 1.1,
      },
    });
  });

  it('json_schema → format: the schema (nested OpenAI shape or bare)', () => {
    const schema = { type: 'object', properties: { age: { type: 'integer' } }, required: ['age'] };
    const nested = buildChatRequest(ollama, {
      model: 'm',
      messages: [],
      params: { response_format: { type: 'json_schema', json_schema: { name: 'p', schema } } },
    });
    expect(bodyOf(nested).format).toEqual(schema);
    const bare = buildChatRequest(ollama, {
      model: 'm',
      messages: [],
      params: { response_format: { type: 'json_schema', json_schema: schema } },
    });
    expect(bodyOf(bare).format).toEqual(schema);
  });

  it('text → no format; the settings form output (json_object, a schema from the editor) → format', () => {
    const text = buildChatRequest(ollama, { model: 'm', messages: [], params: { response_format: { type: 'text' } } });
    expect(bodyOf(text)).not.toHaveProperty('format');
    const json = buildChatRequest(ollama, {
      model: 'm',
      messages: [],
      params: { response_format: { type: 'json_object' } },
    });
    expect(bodyOf(json).format).toBe('json');
    expect(bodyOf(json)).not.toHaveProperty('response_format');
  });

  it('tools are not sent (with a warning); a tool reply in the history becomes a user turn, a call a plain answer', () => {
    const built = buildChatRequest(ollama, {
      model: 'm',
      messages: [
        { role: 'user', content: 'Weather?' },
        {
          role: 'assistant',
          content: '',
          tool_calls: [{ id: 'c1', type: 'function', function: { name: 'w', arguments: '{}' } }],
        },
        { role: 'tool', content: '3 C', tool_call_id: 'c1' },
      ],
      params: { tools: [{ type: 'function', function: { name: 'w' } }] },
    });
    expect(bodyOf(built)).not.toHaveProperty('tools');
    expect(bodyOf(built).prompt).toBe('User: Weather?\n\nAssistant: \n\nUser: Tool result: 3 C\n\nAssistant:');
    expect(built.warnings).toEqual(["`tools` is not supported by Ollama's /api/generate and was not sent"]);
  });

  it('stream:false; top-level fields stay top-level; unknown keys go to options; OpenAI-only keys are dropped with a warning', () => {
    const built = buildChatRequest(ollama, {
      model: 'qwen3',
      messages: [{ role: 'user', content: 'Hi' }],
      params: {
        stream: false,
        think: true,
        keep_alive: '10m',
        mirostat: 2,
        tools: [{ type: 'function', function: { name: 'f' } }],
        n: 2,
        stream_options: { include_usage: true },
      },
    });
    expect(bodyOf(built)).toEqual({
      model: 'qwen3',
      prompt: 'Hi',
      stream: false,
      think: true,
      keep_alive: '10m',
      options: { mirostat: 2 },
    });
    expect(built.warnings).toEqual([
      "`tools` is not supported by Ollama's /api/generate and was not sent",
      "`n` is not supported by Ollama's /api/generate and was not sent",
    ]);
  });

  it('max_completion_tokens wins over max_tokens', () => {
    const built = buildChatRequest(ollama, {
      model: 'm',
      messages: [],
      params: { max_completion_tokens: 10, max_tokens: 99 },
    });
    expect(bodyOf(built).options).toEqual({ num_predict: 10 });
  });

  it('Authorization only when a key is set (Ollama behind a proxy)', () => {
    expect(buildChatRequest({ ...ollama, api_key: 'proxy-key' }, { model: 'm', messages: [] }).headers).toEqual({
      'Content-Type': 'application/json',
      Authorization: 'Bearer proxy-key',
    });
  });
});

describe('base64FromDataUrl', () => {
  it.each([
    ['data:image/png;base64,AAAA', 'AAAA'],
    ['data:image/jpeg;name=a.jpg;base64,/9j/4AAQ', '/9j/4AAQ'],
    ['data:image/png,rawnotbase64', undefined],
    ['https://example.com/a.png', undefined],
    ['data:image/png;base64,', undefined],
  ])('%s', (url, expected) => {
    expect(base64FromDataUrl(url)).toBe(expected);
  });
});

describe('ollama buildChatRequest: Continue', () => {
  it('a transcript ending with the partial answer goes raw, the system prompt leading it', () => {
    const body = bodyOf(
      buildChatRequest(ollama, {
        model: 'llama3.2',
        messages: [
          { role: 'system', content: 'Be brief.' },
          { role: 'user', content: 'Count to five' },
          { role: 'assistant', content: 'One, two,' },
        ],
      }),
    );
    expect(body).toEqual({
      model: 'llama3.2',
      prompt: 'System: Be brief.\n\nUser: Count to five\n\nAssistant: One, two,',
      raw: true,
      stream: true,
    });
  });

  it('without a system prompt, and a normal turn is not raw', () => {
    const partial = bodyOf(
      buildChatRequest(ollama, {
        model: 'm',
        messages: [
          { role: 'user', content: 'Hi' },
          { role: 'assistant', content: 'Hel' },
        ],
      }),
    );
    expect(partial).toMatchObject({ prompt: 'User: Hi\n\nAssistant: Hel', raw: true });
    expect(partial).not.toHaveProperty('system');
    const normal = bodyOf(buildChatRequest(ollama, { model: 'm', messages: [{ role: 'user', content: 'Hi' }] }));
    expect(normal).not.toHaveProperty('raw');
  });

  it('agrees with the parameter catalogue: every parameter goes where the catalogue says', () => {
    const params = {
      temperature: 0.3,
      top_p: 0.8,
      top_k: 30,
      min_p: 0.05,
      repeat_penalty: 1.2,
      presence_penalty: 0.1,
      frequency_penalty: 0.2,
      max_tokens: 9,
      seed: 7,
      stop: ['##'],
    };
    const built = buildChatRequest(ollama, { model: 'm', messages: [{ role: 'user', content: 'Hi' }], params });
    const body = bodyOf(built);
    for (const spec of PARAM_SPECS) {
      const support = spec.modes.ollama;
      if (!support.sent) throw new Error(`${spec.key} should be sent`);
      const [, option] = support.wire.split('.');
      expect(body.options, spec.key).toHaveProperty(option ?? '');
    }
    expect(built.warnings).toEqual([]);
  });
});
