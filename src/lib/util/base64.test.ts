import { describe, expect, it } from 'vitest';
import { base64ToBytes, bytesToBase64 } from './base64.ts';

describe('base64', () => {
  it('round-trips every byte value, across chunk boundaries', () => {
    const bytes = new Uint8Array(70_000).map((_, i) => (i * 7) % 256);
    const text = bytesToBase64(bytes);
    expect(text).toBe(Buffer.from(bytes).toString('base64'));
    const back = base64ToBytes(text);
    // Buffer.equals, not toEqual: a deep compare of 70,000 elements took seconds on a busy machine
    expect(back && Buffer.from(back).equals(Buffer.from(bytes))).toBe(true);
  });

  it('refuses text that is not base64', () => {
    expect(base64ToBytes('not base64!')).toBeUndefined();
  });
});
