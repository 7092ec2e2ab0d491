import { describe, expect, it } from 'vitest';
import { isDataCloneError, plainCopy } from './plain-copy.ts';

describe('plainCopy', () => {
  it('copies nested objects and arrays out of proxies, so structured clone accepts them', () => {
    const inner = new Proxy({ list: new Proxy([1, { a: 'x' }], {}) }, {});
    const wrapped = new Proxy({ n: 1, s: 's', none: null, inner }, {});
    expect(() => structuredClone(wrapped)).toThrow();
    const copy = plainCopy(wrapped);
    expect(structuredClone(copy)).toEqual({ n: 1, s: 's', none: null, inner: { list: [1, { a: 'x' }] } });
    expect(Array.isArray(copy.inner.list)).toBe(true);
  });

  it('passes primitives through', () => {
    expect(plainCopy(3)).toBe(3);
    expect(plainCopy(undefined)).toBeUndefined();
  });
});

describe('isDataCloneError', () => {
  it('recognises what structured clone throws for a proxy', () => {
    let thrown: unknown;
    try {
      structuredClone(new Proxy({}, {}));
    } catch (error) {
      thrown = error;
    }
    expect(isDataCloneError(thrown)).toBe(true);
    expect(isDataCloneError(new Error('x'))).toBe(false);
    expect(isDataCloneError(null)).toBe(false);
  });
});
