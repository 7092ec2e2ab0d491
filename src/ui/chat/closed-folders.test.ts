import { describe, expect, it } from 'vitest';
import { parseClosedFolders, readClosedFolders, saveClosedFolders } from './closed-folders.ts';

describe('closed folders', () => {
  it('round-trip through a preference', () => {
    const map = new Map<string, string>();
    const storage = () => ({
      getItem: (k: string) => map.get(k) ?? null,
      setItem: (k: string, v: string) => void map.set(k, v),
    });
    saveClosedFolders(new Set(['Work', 'Home']), storage);
    expect([...readClosedFolders(storage)]).toEqual(['Work', 'Home']);
  });

  it('read as none closed when the value is unreadable', () => {
    expect(parseClosedFolders('{')).toEqual(new Set());
    expect(parseClosedFolders('{"a":1}')).toEqual(new Set());
    expect(parseClosedFolders('["a", 3]')).toEqual(new Set(['a']));
    expect(parseClosedFolders(undefined)).toEqual(new Set());
  });
});
