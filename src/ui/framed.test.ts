import { describe, expect, it } from 'vitest';
import { isFramed } from './framed.ts';

describe('isFramed', () => {
  it('is false for a top-level window and true inside a frame', () => {
    const top = { top: undefined as unknown, self: undefined as unknown };
    top.top = top;
    top.self = top;
    expect(isFramed(top)).toBe(false);
    const inner = { top, self: {} };
    inner.self = inner;
    expect(isFramed(inner)).toBe(true);
  });

  it('counts a window that refuses to tell as framed', () => {
    const refusing = {
      get top(): unknown {
        throw new DOMException('Blocked a frame', 'SecurityError');
      },
      self: {},
    };
    expect(isFramed(refusing)).toBe(true);
  });
});
