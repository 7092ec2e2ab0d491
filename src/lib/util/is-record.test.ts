import { describe, expect, it } from 'vitest';
import { isRecord } from './is-record.ts';

describe('isRecord', () => {
  it('accepts plain objects, however they were made', () => {
    expect(isRecord({})).toBe(true);
    expect(isRecord({ a: 1 })).toBe(true);
    expect(isRecord(JSON.parse('{"__proto__": 1}'))).toBe(true);
    expect(isRecord(Object.create(null))).toBe(true);
  });

  it.each([null, undefined, [], [1], 'x', 0, true, () => 1])('rejects %j', (value) => {
    expect(isRecord(value)).toBe(false);
  });
});
