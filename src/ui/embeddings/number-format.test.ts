import { describe, expect, it } from 'vitest';
import { score } from './heatmap.ts';
import { embedNumbers } from './number-format.ts';

describe('embedNumbers', () => {
  it('writes English as the page always has', () => {
    const en = embedNumbers('en');
    expect(en.count(1000)).toBe('1000');
    for (const s of [0.12345, 1, -0.5, 0.9996]) expect(en.score(s)).toBe(score(s));
    expect(en.ms(1234.4)).toBe('1234 ms');
  });

  it('writes decimals the language’s way', () => {
    expect(embedNumbers('de').score(0.5)).toBe('0,500');
    expect(embedNumbers('fr').count(1000)).toBe('1000');
  });
});
