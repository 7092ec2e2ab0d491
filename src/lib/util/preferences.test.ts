import { afterEach, describe, expect, it } from 'vitest';
import { readPreference, writePreference } from './preferences.ts';

const denied = (): never => {
  throw new DOMException('Access is denied for this document.', 'SecurityError');
};

describe('preferences', () => {
  afterEach(() => {
    delete (globalThis as { localStorage?: unknown }).localStorage;
  });

  it('reads back what was written', () => {
    const map = new Map<string, string>();
    const storage = () => ({
      getItem: (k: string) => map.get(k) ?? null,
      setItem: (k: string, v: string) => void map.set(k, v),
    });
    expect(readPreference('k', storage)).toBeUndefined();
    expect(writePreference('k', 'v', storage)).toBe(true);
    expect(readPreference('k', storage)).toBe('v');
  });

  it('never throws: blocked, full or missing storage reads as unset and writes nothing', () => {
    expect(readPreference('k', denied)).toBeUndefined();
    expect(writePreference('k', 'v', denied)).toBe(false);
    expect(readPreference('k', () => ({ getItem: denied }))).toBeUndefined();
    expect(writePreference('k', 'v', () => ({ setItem: denied }))).toBe(false);
    expect(readPreference('k', () => undefined)).toBeUndefined();
    expect(writePreference('k', 'v', () => undefined)).toBe(false);
  });

  it('by default uses globalThis.localStorage, even one whose access throws', () => {
    expect(readPreference('k')).toBeUndefined(); // node: none
    Object.defineProperty(globalThis, 'localStorage', { configurable: true, get: denied });
    expect(readPreference('k')).toBeUndefined();
    expect(writePreference('k', 'v')).toBe(false);
  });
});
