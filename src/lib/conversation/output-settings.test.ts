import { describe, expect, it } from 'vitest';
import {
  formatKind,
  readResponseFormat,
  readToolDefinitions,
  schemaOf,
  schemaText,
  toolsText,
  withOutput,
} from './output-settings.ts';
import { SCHEMA_EXAMPLES, TOOLS_EXAMPLE } from './schema-examples.ts';

const schema = { type: 'object', properties: { a: { type: 'string' } } };

describe('readResponseFormat', () => {
  it('text sends nothing, JSON sends json_object', () => {
    expect(readResponseFormat('text', 'ignored')).toEqual({ ok: true, value: undefined });
    expect(readResponseFormat('json', '')).toEqual({ ok: true, value: { type: 'json_object' } });
  });

  it('a bare schema is wrapped with a name; an OpenAI-shaped one is kept', () => {
    expect(readResponseFormat('schema', JSON.stringify(schema))).toEqual({
      ok: true,
      value: { type: 'json_schema', json_schema: { name: 'answer', schema } },
    });
    const nested = { name: 'thing', schema, strict: true };
    expect(readResponseFormat('schema', JSON.stringify(nested))).toEqual({
      ok: true,
      value: { type: 'json_schema', json_schema: nested },
    });
  });

  it('refuses an empty, broken or wrong-shaped schema with a reason', () => {
    expect(readResponseFormat('schema', ' ')).toMatchObject({ ok: false });
    expect(readResponseFormat('schema', '{"type":')).toMatchObject({ ok: false, error: /not valid JSON/ });
    expect(readResponseFormat('schema', '[1]')).toMatchObject({ ok: false, error: /must be a JSON object/ });
    expect(readResponseFormat('schema', '{"type":"thing"}')).toMatchObject({ ok: false, error: /"type" must be/ });
    expect(readResponseFormat('schema', '{"required":"a"}')).toMatchObject({ ok: false, error: /"required"/ });
    expect(readResponseFormat('schema', JSON.stringify({ name: 'a b', schema }))).toMatchObject({ ok: false });
  });

  it('every example is accepted', () => {
    for (const example of SCHEMA_EXAMPLES) {
      expect(readResponseFormat('schema', JSON.stringify(example.schema)).ok).toBe(true);
    }
  });

  it('reads back: kind, schema and editor text', () => {
    const stored = { type: 'json_schema' as const, json_schema: { name: 'answer', schema } };
    expect(formatKind(stored)).toBe('schema');
    expect(formatKind({ type: 'json_object' })).toBe('json');
    expect(formatKind(undefined)).toBe('text');
    expect(schemaOf(stored)).toEqual(schema);
    expect(schemaOf({ type: 'json_schema', json_schema: schema })).toEqual(schema);
    expect(JSON.parse(schemaText(stored))).toEqual(schema);
  });
});

describe('readToolDefinitions', () => {
  it('empty means none; the example is accepted', () => {
    expect(readToolDefinitions('')).toEqual({ ok: true, value: undefined });
    expect(readToolDefinitions(TOOLS_EXAMPLE)).toMatchObject({
      ok: true,
      value: [{ function: { name: 'get_weather' } }],
    });
  });

  it.each([
    ['{', /not valid JSON/],
    ['{"type":"function"}', /must be a JSON list/],
    ['[{"type":"tool","function":{"name":"a"}}]', /Tool 1 needs "type": "function"/],
    ['[{"type":"function"}]', /Tool 1 needs a "function" object/],
    ['[{"type":"function","function":{"name":"bad name"}}]', /function.name/],
    ['[{"type":"function","function":{"name":"a","parameters":[]}}]', /parameters/],
    ['[{"type":"function","function":{"name":"a","description":3}}]', /description/],
    ['[{"type":"function","function":{"name":"a"}},{"type":"function","function":{"name":"a"}}]', /used twice/],
  ])('refuses %s', (text, error) => {
    expect(readToolDefinitions(text)).toMatchObject({ ok: false, error });
  });

  it('toolsText shows stored tools, empty for none', () => {
    expect(toolsText(undefined)).toBe('');
    expect(JSON.parse(toolsText([{ type: 'function', function: { name: 'f' } }]))).toHaveLength(1);
  });
});

describe('withOutput', () => {
  it('sets and clears the output settings, keeping the other params', () => {
    const tools = [{ type: 'function' as const, function: { name: 'f' } }];
    expect(withOutput({ temperature: 1 }, { response_format: { type: 'json_object' }, tools })).toEqual({
      temperature: 1,
      response_format: { type: 'json_object' },
      tools,
    });
    expect(withOutput({ temperature: 1, tools }, { response_format: undefined, tools: undefined })).toEqual({
      temperature: 1,
    });
    expect(withOutput({ tools }, { response_format: undefined, tools: undefined })).toBeUndefined();
  });
});
