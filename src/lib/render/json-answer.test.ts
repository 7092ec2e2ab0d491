import { describe, expect, it } from 'vitest';
import { isJsonDocument, readJsonAnswer } from './json-answer.ts';
import { checkAgainstSchema } from './json-schema-check.ts';
import { SCHEMA_EXAMPLES } from '../conversation/schema-examples.ts';

const person = SCHEMA_EXAMPLES[0]!.schema;

describe('readJsonAnswer', () => {
  it('parses an answer, fenced or not, and pretty prints it', () => {
    expect(readJsonAnswer(' {"a":[1,2]} ')).toEqual({
      ok: true,
      value: { a: [1, 2] },
      pretty: '{\n  "a": [\n    1,\n    2\n  ]\n}',
      tree: true,
    });
    expect(readJsonAnswer('```json\n{"a":1}\n```')).toMatchObject({ ok: true, value: { a: 1 } });
  });

  it('says why text is not JSON; a scalar is JSON but gets no tree', () => {
    expect(readJsonAnswer('{"a":')).toMatchObject({ ok: false });
    expect(readJsonAnswer('42')).toMatchObject({ ok: true, tree: false });
  });

  it('a huge or deep document is shown as text, not as a tree', () => {
    expect(readJsonAnswer(JSON.stringify(Array.from({ length: 3000 }, (_, i) => i)))).toMatchObject({
      ok: true,
      tree: false,
    });
    expect(readJsonAnswer('['.repeat(40) + ']'.repeat(40))).toMatchObject({ ok: true, tree: false });
  });

  it('isJsonDocument: only a whole object or list', () => {
    expect(isJsonDocument('{"a": 1}')).toBe(true);
    expect(isJsonDocument('```json\n[1]\n```')).toBe(false);
    expect(isJsonDocument('Here: {"a": 1}')).toBe(false);
    expect(isJsonDocument('42')).toBe(false);
    expect(isJsonDocument('{"a": 1')).toBe(false);
  });
});

describe('checkAgainstSchema', () => {
  it('a matching value passes', async () => {
    expect(await checkAgainstSchema({ name: 'Ada', age: 36 }, person)).toEqual({ ok: true });
  });

  it('names the first failing place, under the wrapper errors', async () => {
    expect(await checkAgainstSchema({ name: 'Ada', age: -1 }, person)).toEqual({
      ok: false,
      path: '/age',
      message: '-1 is less than 0.',
    });
    expect(await checkAgainstSchema({ age: 3 }, person)).toEqual({
      ok: false,
      path: '(top level)',
      message: 'Instance does not have required property "name".',
    });
    expect(await checkAgainstSchema({ name: 'a', age: 1, extra: true }, person)).toEqual({
      ok: false,
      path: '/extra',
      message: 'This is not allowed here.',
    });
    expect(await checkAgainstSchema({ steps: ['a', 2] }, SCHEMA_EXAMPLES[1]!.schema)).toMatchObject({
      ok: false,
      path: '/steps/1',
    });
  });

  it('a schema the validator cannot use is reported, not thrown', async () => {
    expect(await checkAgainstSchema('x', { type: 'string', pattern: '(' })).toMatchObject({
      ok: false,
      path: '(schema)',
    });
  });
});
