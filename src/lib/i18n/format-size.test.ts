import { describe, expect, it } from 'vitest';
import { formatSize } from './format-size.ts';

describe('formatSize', () => {
  it('writes English as the app always has (storage-usage.ts formatBytes)', () => {
    const cases: [number, string][] = [
      [0, '0 B'],
      [512, '512 B'],
      [1000, '1 kB'],
      [1536, '1.54 kB'],
      [12_345, '12.3 kB'],
      [999_999, '1000 kB'],
      [1_500_000, '1.5 MB'],
      [45_000_000, '45 MB'],
      [7.2e9, '7.2 GB'],
      [3e15, '3 PB'],
    ];
    for (const [bytes, text] of cases) expect(formatSize(bytes, 'en')).toBe(text);
  });

  it('writes the number and the unit the language’s way', () => {
    expect(formatSize(1_500_000, 'de')).toBe('1,5 MB');
    expect(formatSize(1_500_000, 'fr')).toMatch(/^1,5\s?Mo$/);
  });
});
