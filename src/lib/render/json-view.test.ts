import { describe, expect, it } from 'vitest';
import { entriesOf, summary } from './json-view.ts';

describe('json view helpers', () => {
  it('tree helpers: entries and one-line summaries', () => {
    expect(entriesOf({ a: 1, b: [2] })).toEqual([
      { key: 'a', value: 1 },
      { key: 'b', value: [2] },
    ]);
    expect(entriesOf(['x'])).toEqual([{ key: '0', value: 'x' }]);
    expect(summary([1, 2])).toBe('[ 2 items ]');
    expect(summary({ a: 1 })).toBe('{ 1 key }');
    expect(summary('<b>')).toBe('"<b>"');
    expect(summary(null)).toBe('null');
  });
});
