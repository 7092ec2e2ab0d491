import { describe, expect, it } from 'vitest';
import { decodeFloat32Base64 } from './float32-base64.ts';

describe('decodeFloat32Base64', () => {
  it('reads little-endian float32 values', () => {
    // 1.0 = 00 00 80 3F, -2.0 = 00 00 00 C0, 0.5 = 00 00 00 3F (little-endian)
    const text = btoa(String.fromCharCode(0, 0, 0x80, 0x3f, 0, 0, 0, 0xc0, 0, 0, 0, 0x3f));
    expect([...(decodeFloat32Base64(text) ?? [])]).toEqual([1, -2, 0.5]);
  });

  it('keeps float32 precision (0.1 is not exactly 0.1)', () => {
    const text = btoa(String.fromCharCode(0xcd, 0xcc, 0xcc, 0x3d));
    expect(decodeFloat32Base64(text)?.[0]).toBe(Math.fround(0.1));
  });

  it('refuses text that is not base64 or not whole float32 values', () => {
    expect(decodeFloat32Base64('not base64!')).toBeUndefined();
    expect(decodeFloat32Base64(btoa('abc'))).toBeUndefined();
    expect(decodeFloat32Base64('')).toEqual(new Float32Array(0));
  });
});
