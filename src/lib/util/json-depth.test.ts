import { describe, expect, it } from 'vitest';
import { deeperThan, MAX_JSON_DEPTH, parseJsonBounded } from './json-depth.ts';

const nested = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);

describe('deeperThan', () => {
  it('counts objects and lists as levels, not the values in them', () => {
    expect(deeperThan(1, 0)).toBe(false);
    expect(deeperThan({ a: [1] }, 2)).toBe(false);
    expect(deeperThan({ a: [{}] }, 2)).toBe(true);
  });
});

describe('parseJsonBounded', () => {
  it('reads ordinary JSON', () => expect(parseJsonBounded('{"a":[1]}')).toEqual({ ok: true, value: { a: [1] } }));
  it('tells not-JSON from too deep', () => {
    expect(parseJsonBounded('{')).toEqual({ ok: false, tooDeep: false });
    expect(parseJsonBounded(nested(100_000))).toEqual({ ok: false, tooDeep: true });
    expect(parseJsonBounded(nested(MAX_JSON_DEPTH))).toMatchObject({ ok: true });
    expect(parseJsonBounded(nested(MAX_JSON_DEPTH + 1))).toEqual({ ok: false, tooDeep: true });
  });
});
