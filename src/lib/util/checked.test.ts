import { describe, expect, it } from 'vitest';
import { checked, Invalid, need } from './checked.ts';

describe('need and checked', () => {
  it('gives the value when every rule holds', () => {
    expect(checked(() => (need(true, 'never'), 42))).toEqual({ ok: true, value: 42 });
  });

  it('gives the first broken rule as the error', () => {
    const read = () => {
      need(1 > 2, 'first');
      need(false, 'second');
      return 0;
    };
    expect(checked(read)).toEqual({ ok: false, error: 'first' });
    expect(() => need(false, 'x')).toThrow(Invalid);
  });

  it('lets other errors through: they are bugs, not bad input', () => {
    expect(() =>
      checked(() => {
        throw new TypeError('bug');
      }),
    ).toThrow(TypeError);
  });
});
