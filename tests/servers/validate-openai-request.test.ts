// What the extracted CreateChatCompletionRequest schema accepts and rejects.
import { describe, expect, it } from 'vitest';
import { knownChatRequestKeys, validateChatCompletionRequest as validate } from './validate-openai-request.ts';

const good = {
  model: 'gpt-4o-mini',
  messages: [
    { role: 'system', content: 'Be terse.' },
    { role: 'user', content: 'Hi' },
  ],
};

describe('validateChatCompletionRequest', () => {
  it('accepts a plain request and the fields the app sends', () => {
    expect(validate(good)).toEqual({ valid: true, errors: [], unknownKeys: [] });
    const full = {
      ...good,
      stream: true,
      stream_options: { include_usage: true },
      max_tokens: 256,
      max_completion_tokens: null,
      temperature: 0.7,
      stop: ['\n\n'],
      seed: 42,
      response_format: {
        type: 'json_schema',
        json_schema: { name: 'answer', schema: { type: 'object' }, strict: true },
      },
      messages: [
        {
          role: 'user',
          content: [
            { type: 'text', text: 'What is this?' },
            { type: 'image_url', image_url: { url: 'data:image/png;base64,AAAA', detail: 'auto' } },
          ],
        },
        { role: 'assistant', content: 'A cat.' },
      ],
    };
    expect(validate(full)).toEqual({ valid: true, errors: [], unknownKeys: [] });
  });

  it('rejects missing messages or model, empty messages, unknown roles and wrong types', () => {
    const { messages: _m, ...noMessages } = good;
    expect(validate(noMessages).errors).toContain(
      `(root) must have required property 'messages' {"missingProperty":"messages"}`,
    );
    const { model: _model, ...noModel } = good;
    expect(validate(noModel).valid).toBe(false);
    expect(validate({ ...good, messages: [] }).valid).toBe(false);
    expect(validate({ ...good, messages: [{ role: 'robot', content: 'x' }] }).valid).toBe(false);
    expect(validate({ ...good, stream: 'yes' }).valid).toBe(false);
    expect(validate({ ...good, temperature: 3 }).valid).toBe(false);
    expect(validate({ ...good, stop: ['a', 'b', 'c', 'd', 'e'] }).valid).toBe(false);
    expect(validate('not an object').valid).toBe(false);
  });

  it('lets the bare schema accept unknown top-level keys, but rejects them by default', () => {
    // The schema sets no additionalProperties on the request object.
    const extra = { ...good, top_k: 40, cache_prompt: true };
    expect(validate(extra, { allowUnknownKeys: true })).toEqual({
      valid: true,
      errors: [],
      unknownKeys: ['top_k', 'cache_prompt'],
    });
    const strict = validate(extra);
    expect(strict.valid).toBe(false);
    expect(strict.errors).toEqual([
      '(root) has a key the spec does not declare: top_k',
      '(root) has a key the spec does not declare: cache_prompt',
    ]);
  });

  it('knows the keys declared through allOf, including inherited ones', () => {
    for (const key of [
      'messages',
      'model',
      'temperature',
      'top_p',
      'user',
      'stream',
      'max_tokens',
      'max_completion_tokens',
    ]) {
      expect(knownChatRequestKeys.has(key)).toBe(true);
    }
  });

  it('accepts extra keys inside messages (no additionalProperties there either)', () => {
    expect(validate({ ...good, messages: [{ role: 'assistant', content: 'x', reasoning_content: 'hm' }] }).valid).toBe(
      true,
    );
  });
});
