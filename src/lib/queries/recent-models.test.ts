import { describe, expect, it } from 'vitest';
import { recentChoices, rememberRecent } from './recent-models.ts';

function memory() {
  const data = new Map<string, string>();
  return { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v), data };
}

describe('recent models', () => {
  it('keeps the last five choices, newest first, each once', () => {
    const s = memory();
    for (const v of ['a', 'b', 'c', 'a', 'd', 'e', 'f']) rememberRecent(v, s);
    expect(recentChoices(s)).toEqual(['f', 'e', 'd', 'a', 'c']);
  });

  it('a list that cannot be read or parsed is empty; blocked storage never throws', () => {
    const s = memory();
    s.setItem('switchboard:recent-models', '{not json');
    expect(recentChoices(s)).toEqual([]);
    s.setItem('switchboard:recent-models', '["a", 3, "b"]');
    expect(recentChoices(s)).toEqual(['a', 'b']);
    const denied = () => {
      throw new DOMException('blocked', 'SecurityError');
    };
    expect(recentChoices({ getItem: denied })).toEqual([]);
    expect(() => rememberRecent('x', { setItem: denied })).not.toThrow();
    expect(recentChoices()).toEqual([]);
  });
});
