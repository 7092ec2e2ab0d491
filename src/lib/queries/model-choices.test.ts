import { afterEach, describe, expect, it } from 'vitest';
import { lastChoice, rememberChoice } from './model-choices.ts';

const denied = () => {
  throw new DOMException('Access is denied for this document.', 'SecurityError');
};

describe('last model choice', () => {
  afterEach(() => {
    delete (globalThis as { localStorage?: unknown }).localStorage;
  });

  it('is remembered and read back', () => {
    const map = new Map<string, string>();
    const storage = {
      getItem: (k: string) => map.get(k) ?? null,
      setItem: (k: string, v: string) => void map.set(k, v),
    };
    expect(lastChoice(storage)).toBeUndefined();
    rememberChoice('["c","m"]', storage);
    expect(lastChoice(storage)).toBe('["c","m"]');
  });

  it('is simply not remembered where storage refuses (blocked site data, full quota)', () => {
    expect(lastChoice({ getItem: denied })).toBeUndefined();
    expect(() => rememberChoice('x', { setItem: denied })).not.toThrow();
  });

  it('survives a localStorage whose very access throws, as where site data is blocked by policy', () => {
    Object.defineProperty(globalThis, 'localStorage', { configurable: true, get: denied });
    expect(lastChoice()).toBeUndefined();
    expect(() => rememberChoice('x')).not.toThrow();
  });
});
